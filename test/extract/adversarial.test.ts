import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/extract/scan.js';

// Pathological inputs of 200 KB: the scanner must stay linear (these finish in milliseconds) and
// must not invent figures from separator soup. Counts, not timings, so the test is not flaky.
const SIZE = 200_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

describe('adversarial input', () => {
  it.each([
    ['digits and commas', fill('1234567890,')],
    ['dollar signs', fill('$')],
    ['1,1,1', fill('1,')],
    ['one long line of words', fill('about the million ')],
    ['dashes between digits', fill('1-')],
    ['dots between digits', fill('1.')],
    ['unbroken digits', fill('9')],
    ['number words', fill('one two three ')],
    ['articles', fill('a ')],
    ['stacked scales', fill('one million ')],
    ['hundreds and ands', fill('one hundred and ')],
    ['ranges without end', fill('5 to ')],
    ['letters glued to digits', fill('a1')],
    ['one long word', `5 ${'x'.repeat(SIZE)}`],
    ['currency codes', fill('USD ')],
    ['spaces', fill(' ')],
    ['lone surrogates', fill('\ud800')],
  ])('%s', (_name, text) => {
    const figures = scanFigures(text);
    expect(Array.isArray(figures)).toBe(true);
    for (const f of figures) expect(Number.isFinite(f.value)).toBe(true);
  });

  it('reads a 15-digit run as one figure and a longer run as none', () => {
    expect(scanFigures('123456789012345 units')).toHaveLength(1);
    expect(scanFigures(fill('9'))).toHaveLength(0);
  });

  it('finds nothing in separator soup', () => {
    expect(scanFigures(fill('1,'))).toHaveLength(0);
    expect(scanFigures(fill('$'))).toHaveLength(0);
  });

  it('finds every figure in a long line of repeated claims', () => {
    expect(scanFigures(fill('Sales hit $5m. ')).length).toBe(Math.floor(SIZE / 15));
  });
});
