// A claim with a candidate → its comparable record: dimension, gates (measure, period, per, modality), intervals
// in the claim's own unit and in US dollars, subject tokens. Everything pairwise work needs, computed once, and
// only for the claims that meet another (the keys every claim gets are in table.ts).
import type { Claim } from '../extract/schema.js';
import { allowedInterval, scaleInterval, widen, writtenHalfWidth, type Interval } from './intervals.js';
import { LAST_YEAR } from './rates-data.js';
import type { RateLookup } from './rates.js';
import { termKey, type SubjectTokens } from './subjects.js';
import type { ClaimTable } from './table.js';

export type Dimension = 'money' | 'fraction' | 'count' | 'quantity';

export interface Values {
  point: number;
  written: Interval;
  allowed: Interval;
}

export interface PeriodInfo {
  key: string;
  label: string;
  start: number;
  end: number;
}

export interface Prepared {
  index: number;
  claim: Claim;
  doc: number;
  dimension: Dimension;
  /** Hard gate and index partition: dimension, modality, rate denominator (and unit for quantities). */
  block: string;
  measure: string | null;
  /** The counted noun, for counts whose measure is unknown. */
  countUnit: string | null;
  points: boolean;
  period: PeriodInfo | null;
  currency: string | null;
  /** The year whose exchange rate applies. */
  year: number;
  /** The year the claim's article was written (its date, else the year its periods fall in), when known. */
  docYear: number | null;
  /** The day (epoch days) the claim's article is dated, when it is. */
  published: number | null;
  native: Values;
  usd: Values | null;
  subject: SubjectTokens;
  /** Index of the claim this one restates, or -1. */
  anchor: number;
}

/** Conversions between currencies carry the gap between an annual average and the day's rate. */
export const CONVERSION_SLACK = 0.07;

const DAY = 86_400_000;

function yearOfDay(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

const MONEY = { dimension: 'money', points: false, scale: 1 } as const;
const RATIO = { dimension: 'fraction', points: false, scale: 1 } as const;
const COUNT = { dimension: 'count', points: false, scale: 1 } as const;
const QUANTITY = { dimension: 'quantity', points: false, scale: 1 } as const;

export function dimensionOf(claim: Claim): { readonly dimension: Dimension; readonly points: boolean; readonly scale: number } {
  switch (claim.kind) {
    case 'money':
      return MONEY;
    case 'percent': {
      // Percent and ratio are one dimension ("20%" and "one-fifth"); percentage points stay marked.
      const points = /point|pp|bps|basis/i.test(claim.unit);
      return { dimension: 'fraction', points, scale: figureScale(claim) };
    }
    case 'ratio':
      return RATIO;
    case 'count':
      return COUNT;
    default:
      return QUANTITY;
  }
}

/** What the figure is multiplied by to be compared: percent and basis points become fractions. */
export function figureScale(claim: Claim): number {
  if (claim.kind === 'percent') return /bps|basis/i.test(claim.unit) ? 1e-4 : 0.01;
  return 1;
}

function valuesOf(claim: Claim, scale: number, tolerance: number): Values {
  const point = claim.value * scale;
  const half = writtenHalfWidth(point, claim.precision * scale);
  return { point, written: { lo: point - half, hi: point + half }, allowed: allowedInterval(claim, scale, tolerance, half) };
}

function toUSD(v: Values, unitsPerUSD: number): Values {
  const f = 1 / unitsPerUSD;
  return { point: v.point * f, written: scaleInterval(v.written, f), allowed: widen(scaleInterval(v.allowed, f), CONVERSION_SLACK) };
}

/** The partition a claim is indexed and gated in: dimension (and unit for quantities), modality, rate denominator. */
export function blockOf(claim: Claim): string {
  const dimension = dimensionOf(claim).dimension;
  const unitKey = dimension === 'quantity' ? `:${claim.unit.toLowerCase()}` : '';
  const per = claim.per === null ? '' : termKey(claim.per);
  return `${dimension}${unitKey}|${claim.modality}|${per}`;
}

function memo<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V): V {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make(key)));
  return v;
}

/**
 * Claim i → its comparable record, made when the claim first meets a candidate (and kept: `prepared` is the
 * cache). The claims that never do, most of a corpus, never get one.
 */
export function preparer(table: ClaimTable, rates: RateLookup, tolerance: number): { prepare(i: number): Prepared; prepared: (Prepared | undefined)[] } {
  const prepared = new Array<Prepared | undefined>(table.claims.length);
  // Strings many prepared claims share, made once.
  const periodKeys = new Map<number, string>();
  const currencies = new Map<string, string>();
  const countUnits = new Map<string, string>();
  const toArray = (xs: Int32Array, from: number, to: number): number[] => {
    const out = new Array<number>(to - from);
    for (let k = from; k < to; k++) out[k - from] = xs[k] as number;
    return out;
  };
  const prepare = (index: number): Prepared => {
    const done = prepared[index];
    if (done !== undefined) return done;
    const claim = table.claims[index] as Claim;
    const doc = table.doc[index] as number;
    const { dimension, points, scale } = dimensionOf(claim);
    const p = claim.period;
    const gate = table.gate.period[index] as number;
    const period: PeriodInfo | null =
      p === null || gate < 0 ? null : { key: memo(periodKeys, gate, () => `${p.start}/${p.end}`), label: p.label, start: table.periodStart[index] as number, end: table.periodEnd[index] as number };
    const known = table.docYears[doc] as number;
    const docYear = Number.isNaN(known) ? null : known;
    const year = period === null ? (docYear ?? LAST_YEAR) : yearOfDay((period.start + period.end) / 2);
    const currency = dimension === 'money' ? memo(currencies, claim.unit, (u) => u.toUpperCase()) : null;
    const native = valuesOf(claim, scale, tolerance);
    const rate = currency === null ? null : rates.rate(currency, year);
    const day = table.published[doc] as number;
    const record: Prepared = {
      index,
      claim,
      doc,
      dimension,
      block: blockOf(claim),
      measure: table.measureNames.get(table.measure[index] as number) ?? null,
      countUnit: dimension === 'count' ? memo(countUnits, claim.unit, termKey) : null,
      points,
      period,
      currency,
      year,
      docYear,
      published: Number.isNaN(day) ? null : day,
      native,
      usd: rate === null ? null : toUSD(native, rate.unitsPerUSD),
      subject: {
        tokens: toArray(table.tokens, table.tokenStart[index] as number, table.tokenStart[index + 1] as number),
        entities: toArray(table.entities, table.entityStart[index] as number, table.entityStart[index + 1] as number),
        head: table.head[index] as number,
        weight: NaN,
      },
      anchor: table.anchor[index] as number,
    };
    prepared[index] = record;
    return record;
  };
  return { prepare, prepared };
}

/** The two claims' values in one unit: their own when they share it, US dollars otherwise; null when not convertible. */
export function commonValues(a: Prepared, b: Prepared): { a: Values; b: Values; currency: string | null; converted: boolean } | null {
  if (a.currency === b.currency) return { a: a.native, b: b.native, currency: a.currency, converted: false };
  if (a.usd === null || b.usd === null) return null;
  return { a: a.usd, b: b.usd, currency: 'USD', converted: true };
}
