import { describe, expect, it } from 'vitest';
import { gateArrays } from '../../src/compare/gates.js';
import type { ClaimTable } from '../../src/compare/table.js';

// A table with only what the gates read: measure, broad measure, unit and period ids per claim (-1: none).
const table = (rows: Array<[number, number, number]>): ClaimTable => {
  const col = (k: number) => Int32Array.from(rows.map((r) => r[k] as number));
  return {
    gate: { measure: col(0), broad: Int32Array.from(rows.map(() => -1)), unit: col(1), period: col(2) },
    periodStart: new Float64Array(rows.length),
    periodEnd: new Float64Array(rows.length),
  } as unknown as ClaimTable;
};

describe('gate profiles', () => {
  it('are equal exactly when measure, unit and period are, however many units and periods a run has', () => {
    // Ids past 4,098 collided in an earlier fixed-radix profile: (unit 4099, period 0) met (unit 0, period 1).
    const rows: Array<[number, number, number]> = [[0, 4099, 0], [0, 0, 1], [1, 5000, 7], [0, 5000, 7], [1, 5000, 7], [-1, -1, -1], [-1, -1, 0]];
    const { profile } = gateArrays(table(rows));
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows.length; j++) {
        const same = rows[i]?.join() === rows[j]?.join();
        expect(profile(i) === profile(j), `${rows[i]?.join()} vs ${rows[j]?.join()}`).toBe(same);
      }
    }
  });
});
