import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { write: (s: string) => void chunks.push(s), isTTY } };
}

describe('progress line', () => {
  it('stays silent for the first second, then draws files and MB/s, throttled, and erases itself', () => {
    let t = 0;
    const { chunks, stream: s } = stream(true);
    const p = progressLine(s, { env: {}, now: () => t });
    t = 500;
    p.update(10, 1024 * 1024, 100);
    expect(chunks).toEqual([]);
    t = 2000;
    p.update(50, 4 * 1024 * 1024, 100);
    t = 2050;
    p.update(51, 4 * 1024 * 1024, 100);
    expect(chunks).toEqual(['\r\x1b[Kclaimcheck: 50/100 files · 2.0 MB/s']);
    t = 2200;
    p.update(1500, 8 * 1024 * 1024);
    expect(chunks[1]).toBe('\r\x1b[Kclaimcheck: 1,500 files · 3.6 MB/s');
    p.done();
    expect(chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing when the run ends within the first second', () => {
    let t = 0;
    const { chunks, stream: s } = stream(true);
    const p = progressLine(s, { env: {}, now: () => t });
    t = 900;
    p.update(5, 100);
    p.done();
    expect(chunks).toEqual([]);
  });

  it.each([
    ['a pipe', false, {}],
    ['CI', true, { CI: 'true' }],
    ['CI=1', true, { CI: '1' }],
  ])('is never shown in %s', (_name, isTTY, env) => {
    let t = 0;
    const { chunks, stream: s } = stream(isTTY);
    const p = progressLine(s, { env, now: () => t });
    t = 5000;
    p.update(5, 100);
    p.done();
    expect(chunks).toEqual([]);
  });
});
