// Claim → its value in US dollars, for the CSV's value_usd column.
// For now only dollar amounts are known; the integrator wires this to the comparator's rate table
// (the rate for the claim's currency in the claim's period year) when that lands.
import type { Claim } from '../extract/schema.js';

export function usdValue(claim: Claim): number | null {
  return claim.kind === 'money' && claim.unit === 'USD' ? claim.value : null;
}
