// The Finding and Summary records: the compare stage's output, defined once. The JSON contract is generated from them.
import { z } from 'zod';

export const FindingKind = z.enum(['conflict', 'conversion', 'agreement']);
export type FindingKind = z.infer<typeof FindingKind>;

/** Finding codes are frozen once released: new diagnoses get new codes. */
export const FindingCode = z.enum([
  'scale-slip', // same leading digits, x1,000 or x1,000,000 apart (million vs billion)
  'decimal-slip', // x10 or x100 apart with the same digits
  'lakh-crore-slip', // x100 apart where one figure is written in lakh and the other in crore
  'percent-points', // a change in percent vs the same change in percentage points
  'value-conflict', // different figures for one fact, no simpler explanation
  'qualifier-tension', // compatible through a qualifier ("exceeded $50 billion" vs "$65 billion") but far apart
  'internal-conflict', // one document gives two figures for the same fact
  'conversion-mismatch', // a figure and its restatement in another currency disagree with the exchange rate
  'agreement', // several sources give the same figure
]);
export type FindingCode = z.infer<typeof FindingCode>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const FindingSchema = z.object({
  id: z.string().describe('Stable: a hash of the code, the fact and the values, not of positions'),
  kind: FindingKind,
  code: FindingCode,
  severity: Severity,
  fact: z.string().describe('A short label for the fact: subject and period'),
  claims: z.array(z.string()).describe('Claim ids, in the order the diagnosis refers to them'),
  ratio: z.number().describe('Largest value / smallest value (after conversion to one currency); 1 for agreements'),
  confidence: z.number().min(0).max(1).describe('How sure the comparator is that the claims are about the same fact'),
  basis: z
    .object({
      entities: z.array(z.string()),
      terms: z.array(z.string()),
      measure: z.string().nullable(),
      period: z.string().nullable(),
    })
    .describe('Why the claims were taken as the same fact'),
  sameOriginal: z
    .string()
    .nullable()
    .describe('The original report every claim credits, when they all credit the same one (not independent)'),
  data: z
    .record(z.string(), z.union([z.number(), z.string(), z.null()]))
    .describe('Typed arguments of the diagnosis, e.g. { factor: 1000, digits: "4.9", scaleA: "million" }'),
});
export type Finding = z.infer<typeof FindingSchema>;

export const SummarySchema = z.object({
  documents: z.number().int(),
  claims: z.number().int(),
  compared: z.number().int().describe('Claims matched to a claim in another document'),
  unmatched: z.number().int().describe('Claims that stood alone: nothing comparable in another source'),
  conflicts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  conversions: z.number().int(),
  agreements: z.number().int(),
  suppressed: z.number().int().describe('Findings left out by a baseline or inline suppression'),
});
export type Summary = z.infer<typeof SummarySchema>;
