import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatGrouped } from '../../src/report/grouped.js';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

describe('digits grouped by threes', () => {
  test.prop([fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.constantFrom(0, -0, 999, 1000, -1000, 2 ** 53, 1e21, 123456.785))])(
    'are what Intl writes',
    (n) => {
      expect(formatGrouped(n)).toBe(intl.format(n));
    },
  );

  it('as toLocaleString writes a whole number', () => {
    for (const n of [100, 1234, -98765, 82000000000, Number.MAX_SAFE_INTEGER]) expect(formatGrouped(n)).toBe(n.toLocaleString('en-US'));
  });
});
