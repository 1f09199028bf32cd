// Test helpers: hand-built Claims (the extractor is built in parallel) and DocumentInfo records.
import type { Claim, Period, Subject } from '../../src/extract/schema.js';
import type { DocumentInfo } from '../../src/sources/schema.js';
import { daysInMonth, isoDate } from '../../src/util/calendar.js';

export type ClaimInput = Partial<Omit<Claim, 'subject' | 'period'>> & {
  subject?: Partial<Subject>;
  /** A Period, or shorthand: "2023", "2024-07", "2024-04..2024-05". */
  period?: Period | string | null;
};

let counter = 0;

/** The step of the last written digit, guessed from the value: 4.9e6 → 1e5, 288 → 1, 0.2 → 0.1. */
function guessPrecision(value: number): number {
  if (value === 0) return 1;
  let p = Math.pow(10, Math.floor(Math.log10(Math.abs(value))));
  for (let k = 0; k < 12 && Math.abs(value / p - Math.round(value / p)) > 1e-9; k++) p /= 10;
  return p;
}

function parsePeriod(s: string): Period {
  const [from, to = from] = s.split('..') as [string, string?];
  const start = from.length === 4 ? `${from}-01-01` : `${from}-01`;
  const [y, m] = (to as string).split('-').map(Number) as [number, number?];
  const end = m === undefined ? `${y}-12-31` : isoDate(y, m, daysInMonth(y, m));
  return { label: s, start, end };
}

export function makeClaim(input: ClaimInput): Claim {
  const value = input.value ?? 1;
  const text = input.text ?? String(value);
  const qualifier = input.qualifier ?? null;
  const openAbove = qualifier === 'at-least' || qualifier === 'more-than';
  const openBelow = qualifier === 'at-most' || qualifier === 'less-than' || qualifier === 'up-to';
  const period = input.period === undefined || input.period === null ? null : typeof input.period === 'string' ? parsePeriod(input.period) : input.period;
  const document = input.document ?? 'a.txt';
  const start = input.start ?? counter * 10;
  counter++;
  return {
    id: input.id ?? `${document}#${start}:${text}`,
    document,
    start,
    end: input.end ?? start + text.length,
    line: input.line ?? 1,
    column: input.column ?? 1,
    text,
    sentence: input.sentence ?? text,
    kind: input.kind ?? 'money',
    value,
    unit: input.unit ?? (input.kind === undefined || input.kind === 'money' ? 'USD' : input.kind === 'percent' ? 'percent' : 'units'),
    scale: input.scale ?? null,
    precision: input.precision ?? guessPrecision(value),
    qualifier,
    low: input.low !== undefined ? input.low : openBelow ? null : value,
    high: input.high !== undefined ? input.high : openAbove ? null : value,
    per: input.per ?? null,
    period,
    subject: { entities: [], terms: [], measure: null, ...input.subject },
    attribution: input.attribution ?? null,
    modality: input.modality ?? 'reported',
    equivalentOf: input.equivalentOf ?? null,
  };
}

export function makeDocuments(...ids: string[]): DocumentInfo[] {
  return ids.map((id) => ({ id, format: 'txt', title: null, publisher: null, url: null, published: null }));
}

/** Documents for every claim's document, plus `extra` unrelated ones (IDF needs a corpus). */
export function documentsFor(claims: readonly Claim[], extra = 0): DocumentInfo[] {
  const ids = [...new Set(claims.map((c) => c.document))];
  for (let i = 0; i < extra; i++) ids.push(`other-${i}.txt`);
  return makeDocuments(...ids);
}
