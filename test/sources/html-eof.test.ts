import { expect, it } from 'vitest';
import { parseHtml } from '../../src/sources/formats/html.js';

it('maps a tag cut off by the end of the file to its own characters', () => {
  for (const origin of ['<p', 'a <b', '<p>x</p><di']) {
    const parsed = parseHtml(origin, 'cut.html', []);
    const offsets = parsed.offsets ?? new Uint32Array(0);
    for (let i = 0; i < parsed.text.length; i++) {
      const ch = parsed.text[i] ?? '';
      if (ch.trim() !== '') expect(origin[offsets[i] ?? 0]).toBe(ch);
    }
  }
});
