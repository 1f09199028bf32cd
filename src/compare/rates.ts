// Exchange rates: (currency, year, user overrides) → units per US dollar, from the built-in table.
// The user's overrides (the CLI's `--rates FILE`) are validated here with zod: they cross a boundary.
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR, tableRate } from './rates-data.js';

export const RateOverridesSchema = z
  .record(
    z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as "EUR"'),
    z.record(z.string().regex(/^\d{4}$/, 'a four-digit year'), z.number().positive().finite()),
  )
  .describe('Units of each currency per US dollar, by year: { "INR": { "2022": 78.6 } }');
export type RateOverrides = z.infer<typeof RateOverridesSchema>;

/** Validates parsed JSON into rate overrides; problems are returned, not thrown (a bad file is the user's input). */
export function parseRateOverrides(input: unknown): { value: RateOverrides | null; problems: string[] } {
  const result = RateOverridesSchema.safeParse(input);
  if (result.success) return { value: result.data, problems: [] };
  return {
    value: null,
    problems: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
  };
}

export interface RateLookup {
  /** Units of `currency` per US dollar for `year` (nearest covered year when outside), null when unknown. */
  rate(currency: string, year: number): { unitsPerUSD: number; year: number } | null;
}

export function makeRates(overrides: RateOverrides = {}): RateLookup {
  const cache = new Map<string, { unitsPerUSD: number; year: number } | null>();
  const lookup = (currency: string, year: number): { unitsPerUSD: number; year: number } | null => {
    if (currency === 'USD') return { unitsPerUSD: 1, year };
    const own = overrides[currency];
    const exact = own?.[String(year)] ?? tableRate(currency, year);
    if (exact !== null) return { unitsPerUSD: exact, year };
    // Nearest year: the user's years and the table's years compete on distance; ties go to the earlier year.
    const years: number[] = own ? Object.keys(own).map(Number) : [];
    if (tableRate(currency, FIRST_YEAR) !== null) years.push(FIRST_YEAR, LAST_YEAR);
    let best: number | null = null;
    for (const y of years) {
      if (best === null || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y < best)) best = y;
    }
    if (best === null) return null;
    const value = own?.[String(best)] ?? tableRate(currency, best);
    return value === null ? null : { unitsPerUSD: value, year: best };
  };
  return {
    rate(currency, year) {
      const key = `${currency}:${year}`;
      let hit = cache.get(key);
      if (hit === undefined) {
        hit = lookup(currency, year);
        cache.set(key, hit);
      }
      return hit;
    },
  };
}
