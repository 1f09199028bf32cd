import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseHtml } from '../../src/sources/formats/html.js';
import { parseMarkdown } from '../../src/sources/formats/markdown.js';
import { parseText } from '../../src/sources/formats/text.js';
import { decode } from '../../src/sources/read.js';

const markupy = fc.string({
  unit: fc.constantFrom('a', ' ', '\n', '\r', '$', '5', '<', '>', '/', '!', '-', '[', ']', '(', ')', '*', '_', '`', '#', '&', ';', '"', '=', 'p', 'b', 'amp', '<p>', '</p>', '<!--', '-->', '---', 'title: x', '<script>', 'é', '😀'),
  maxLength: 80,
});

describe('parsers never throw and keep positions', () => {
  test.prop([markupy])('markdown and text blank in place', (s) => {
    expect(parseMarkdown(s, 'p.md', []).text).toHaveLength(s.length);
    expect(parseText(s, 'p.txt', []).text).toHaveLength(s.length);
  });

  test.prop([markupy])('html offsets are increasing, in the file, and point at the same char or an entity', (s) => {
    const a = parseHtml(s, 'p.html', []);
    const offsets = a.offsets ?? new Uint32Array(1);
    expect(offsets.length).toBe(a.text.length + 1);
    for (let i = 0; i < a.text.length; i++) {
      const at = offsets[i] ?? 0;
      expect(at).toBeLessThan(s.length);
      if (i > 0) expect(at).toBeGreaterThanOrEqual(offsets[i - 1] ?? 0);
      const ch = a.text[i] ?? '';
      if (!/\s/.test(ch)) expect(s[at] === ch || s[at] === '&').toBe(true);
    }
    for (const span of a.suppressed) expect(span.end).toBeLessThanOrEqual(s.length);
  });

  test.prop([fc.uint8Array({ maxLength: 64 })])('decode never throws', (bytes) => {
    const r = decode(bytes, 'x');
    expect(r.value === null ? r.problems.length : 0).toBe(r.value === null ? 1 : 0);
  });
});

describe('hostile input stays fast', () => {
  const hostile = ['['.repeat(50000), `<!--${'`'.repeat(50000)}`, '```\n'.repeat(20000), '](\n'.repeat(20000), '<a '.repeat(20000),
    `* *${' '.repeat(50000)}x`, `|${' '.repeat(50000)}x`, `---${' '.repeat(50000)}x`, `${'-'.repeat(50000)} x`, '_a'.repeat(30000)];
  test.each(hostile.map((s) => [JSON.stringify(s.slice(0, 8)), s]))('markdown %s', (_name, s) => {
    const t = performance.now();
    parseMarkdown(s, 'h.md', []);
    expect(performance.now() - t).toBeLessThan(1000);
  });
  test.each(hostile.map((s) => [JSON.stringify(s.slice(0, 8)), s]))('html %s', (_name, s) => {
    const t = performance.now();
    parseHtml(s, 'h.html', []);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
