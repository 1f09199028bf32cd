// Claim → its value in US dollars, for the CSV's value_usd column: the annual average rate of the claim's
// period year (else its document's publication year, else the table's latest year), the user's --rates first.
import { makeRates, type RateLookup, type RateOverrides } from '../compare/rates.js';
import { LAST_YEAR } from '../compare/rates-data.js';
import type { Claim } from '../extract/schema.js';

export type UsdConverter = (claim: Claim, published: string | null) => number | null;

export function usdConverter(overrides: RateOverrides = {}): UsdConverter {
  const rates: RateLookup = makeRates(overrides);
  return (claim, published) => {
    if (claim.kind !== 'money') return null;
    if (claim.unit === 'USD') return claim.value;
    const year = Number((claim.period?.start ?? published ?? String(LAST_YEAR)).slice(0, 4));
    const rate = rates.rate(claim.unit, year);
    // Rounded to the cent: the rate is an annual average, so more digits would only pretend to precision.
    return rate === null ? null : Math.round((claim.value / rate.unitsPerUSD) * 100) / 100;
  };
}
