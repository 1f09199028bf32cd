import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cliTable, drawTable } from '../../src/report/grid.js';

// Plain cells (drawn directly) and a few that are not (drawn by cli-table3): words, runs of spaces, line
// breaks, no-break spaces, long words that get cut, empty cells.
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\n', '\u00a0', '', 'é', 'x'.repeat(40), '–', '€', '…', 'Ж', '\u2028', '\u200b', '\u1680', '\u0301', 'ᾯ'),
  fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', ',', '-', '(', ')', ' ', 'ß', 'ǅ'), maxLength: 12 }),
);
const cell = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('terminal tables drawn directly', () => {
  test.prop([fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(fc.integer({ min: 4, max: 30 }), { minLength: n, maxLength: n }), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 4 }), fc.array(cell, { minLength: n, maxLength: n })))], { numRuns: 500 })(
    'are what cli-table3 draws',
    ([widths, rows, head]) => {
      expect(drawTable(head, rows, widths)).toBe(cliTable(head, rows, widths));
    },
  );

  it('leave anything else to cli-table3: colour, wide characters, tabs', () => {
    for (const odd of ['\u001b[1mSource\u001b[22m', '東京', '🙂', 'a\tb', '❤\ufe0f', '\u2003']) {
      expect(drawTable([odd, 'b'], [['c', odd]], [10, 10])).toBe(cliTable([odd, 'b'], [['c', odd]], [10, 10]));
    }
  });
});
