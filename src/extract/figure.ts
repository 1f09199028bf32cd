// The scanner's output: a figure found in article text, before context (sentence, period, subject) is attached.
import type { ClaimKind, Qualifier } from './schema.js';

export interface Figure {
  /** UTF-16 offsets into the text that was scanned. */
  start: number;
  end: number;
  kind: ClaimKind;
  value: number;
  /** ISO 4217 for money, the counted noun (plural, lower case) for counts, 'percent', 'ratio', a unit symbol. */
  unit: string;
  /** The scale word or suffix as written ('billion', 'bn', 'crore', 'lakh crore'), null when none. */
  scale: string | null;
  /** The step of the last written digit, in the unit ('$4.9 million' → 100000; 'one-fifth' → 0). */
  precision: number;
  qualifier: Qualifier | null;
  /** The interval the qualifier implies; null is unbounded ('more than $5m' has high null). */
  low: number | null;
  high: number | null;
  /** Rate denominator ('a year' → 'year'), null when none. */
  per: string | null;
  /** Index in the same array of the figure this one restates ('5 billion rupees (60 million USD)'), or -1. */
  restates: number;
}
