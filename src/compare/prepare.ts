// Claims → comparable records: dimension, gates (measure, period, per, modality), intervals in the
// claim's own unit and in US dollars, subject tokens. Everything pairwise work needs, computed once.
import type { Claim } from '../extract/schema.js';
import type { DocumentInfo } from '../sources/schema.js';
import { parseIsoDate } from '../util/calendar.js';
import { allowedInterval, digitsOf, scaleInterval, widen, writtenInterval, type Interval } from './intervals.js';
import { LAST_YEAR } from './rates-data.js';
import type { RateLookup } from './rates.js';
import { entityKey, makeSubject, termKey, type SubjectTokens, type Vocabulary } from './subjects.js';

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

function epochDay(iso: string): number | null {
  const d = parseIsoDate(iso);
  return d === null ? null : Date.UTC(d.year, d.month - 1, d.day) / DAY;
}

function periodInfo(claim: Claim): PeriodInfo | null {
  const p = claim.period;
  if (p === null) return null;
  const start = epochDay(p.start);
  const end = epochDay(p.end);
  if (start === null || end === null) return null;
  return { key: `${p.start}/${p.end}`, label: p.label, start, end: Math.max(start, end) };
}

function yearOfDay(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

export function dimensionOf(claim: Claim): { dimension: Dimension; points: boolean; scale: number } {
  switch (claim.kind) {
    case 'money':
      return { dimension: 'money', points: false, scale: 1 };
    case 'percent': {
      // Percent and ratio are one dimension ("20%" and "one-fifth"); percentage points stay marked.
      const points = /point|pp|bps|basis/i.test(claim.unit);
      const bps = /bps|basis/i.test(claim.unit);
      return { dimension: 'fraction', points, scale: bps ? 1e-4 : 0.01 };
    }
    case 'ratio':
      return { dimension: 'fraction', points: false, scale: 1 };
    case 'count':
      return { dimension: 'count', points: false, scale: 1 };
    default:
      return { dimension: 'quantity', points: false, scale: 1 };
  }
}

/** Documents without a date get the year most of their claims' periods fall in; NaN when neither is known. */
function documentYears(claims: readonly Claim[], documents: readonly DocumentInfo[], docIds: Map<string, number>): number[] {
  const years = new Array<number>(docIds.size).fill(NaN);
  const votes = new Map<number, Map<number, number>>();
  for (const c of claims) {
    const p = c.period === null ? null : parseIsoDate(c.period.start);
    if (p === null) continue;
    const doc = docIds.get(c.document) as number;
    const tally = votes.get(doc) ?? new Map<number, number>();
    tally.set(p.year, (tally.get(p.year) ?? 0) + 1);
    votes.set(doc, tally);
  }
  for (const [doc, tally] of votes) {
    let best = LAST_YEAR;
    let count = -1;
    for (const [year, n] of tally) if (n > count || (n === count && year > best)) [best, count] = [year, n];
    years[doc] = best;
  }
  for (const d of documents) {
    const published = d.published === null ? null : parseIsoDate(d.published);
    const doc = docIds.get(d.id);
    if (published !== null && doc !== undefined) years[doc] = published.year;
  }
  return years;
}

function valuesOf(claim: Claim, scale: number, tolerance: number): Values {
  return {
    point: claim.value * scale,
    written: writtenInterval(claim.value * scale, claim.precision * scale),
    allowed: allowedInterval(claim, scale, tolerance),
  };
}

function toUSD(v: Values, unitsPerUSD: number): Values {
  const f = 1 / unitsPerUSD;
  return { point: v.point * f, written: scaleInterval(v.written, f), allowed: widen(scaleInterval(v.allowed, f), CONVERSION_SLACK) };
}

function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make(key)));
  return v;
}

/** How far (chars) back a claim naming nobody borrows the names of the claim before it. */
const CARRY_REACH = 400;

const NAME_STOPWORDS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'du', 'der', 'und', 'on', 'in', 'at', 'to']);

function entityWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 1 && !NAME_STOPWORDS.has(w)).map(termKey);
}

export function prepareClaims(
  claims: readonly Claim[],
  documents: readonly DocumentInfo[],
  rates: RateLookup,
  vocab: Vocabulary,
  aliases: ReadonlyMap<string, string>,
  tolerance: number,
): Prepared[] {
  const docIds = new Map<string, number>();
  for (const d of documents) if (!docIds.has(d.id)) docIds.set(d.id, docIds.size);
  for (const c of claims) if (!docIds.has(c.document)) docIds.set(c.document, docIds.size);
  const docYears = documentYears(claims, documents, docIds);
  const published = new Map<number, number>();
  for (const d of documents) {
    const day = d.published === null ? null : epochDay(d.published);
    if (day !== null) published.set(docIds.get(d.id) as number, day);
  }
  const byId = new Map<string, number>();
  claims.forEach((c, i) => byId.set(c.id, i));
  // Names and words repeat across a corpus: normalise each distinct string once.
  const entityKeys = new Map<string, string>();
  const termTokens = new Map<string, string>();
  const nameWords = new Map<string, string[]>();

  // The names of the last claim that had any, per document: a sentence naming nobody ("The airline aims to
  // save €400 million") is about whom the text just named. Claims come in document order.
  const lastNamed = new Map<number, { end: number; names: readonly string[] }>();

  return claims.map((claim, index): Prepared => {
    const doc = docIds.get(claim.document) as number;
    const { dimension, points, scale } = dimensionOf(claim);
    const period = periodInfo(claim);
    const known = docYears[doc] as number;
    const docYear = Number.isNaN(known) ? null : known;
    const year = period === null ? (docYear ?? LAST_YEAR) : yearOfDay((period.start + period.end) / 2);
    const currency = dimension === 'money' ? claim.unit.toUpperCase() : null;
    const native = valuesOf(claim, scale, tolerance);
    const rate = currency === null ? null : rates.rate(currency, year);
    const measure = claim.subject.measure === null ? null : claim.subject.measure.toLowerCase().trim() || null;
    const countUnit = dimension === 'count' ? termKey(claim.unit) : null;
    const unitKey = dimension === 'quantity' ? `:${claim.unit.toLowerCase()}` : '';
    const per = claim.per === null ? '' : termKey(claim.per);

    const entities: string[] = [];
    let names: readonly string[] = claim.subject.entities;
    const before = lastNamed.get(doc);
    if (names.length > 0) lastNamed.set(doc, { end: claim.end, names });
    else if (before !== undefined && claim.start >= before.end && claim.start - before.end <= CARRY_REACH) names = before.names;
    for (const name of names) {
      const key = memo(entityKeys, name, (x) => entityKey(x, aliases));
      if (key === '') continue;
      entities.push(key);
      vocab.name(vocab.id(`e:${key}`), name);
    }
    const others = claim.subject.terms.map((t) => memo(termTokens, t, (x) => `t:${termKey(x)}`)).filter((t) => t.length > 2);
    // Words of multi-word names, so "Ministry of Industry and Trade" meets "Industry and Trade Ministry".
    for (const key of entities) if (key.includes(' ')) for (const w of memo(nameWords, key, entityWords)) others.push(`w:${w}`);
    if (measure !== null) others.push(`m:${measure}`);
    if (period !== null) others.push(`p:${period.key}`);
    // The figure itself is a token: an unusual number in two articles is evidence of one fact.
    const figureUnit = currency ?? (dimension === 'count' ? 'n' : dimension === 'fraction' ? 'f' : claim.unit);
    others.push(`v:${figureUnit}:${digitsOf(native.point, 0)}e${Math.floor(Math.log10(Math.abs(native.point) || 1))}`);
    const subject = makeSubject(vocab, entities, others);

    const anchorIndex = claim.equivalentOf === null ? undefined : byId.get(claim.equivalentOf);
    return {
      index,
      claim,
      doc,
      dimension,
      block: `${dimension}${unitKey}|${claim.modality}|${per}`,
      measure,
      countUnit,
      points,
      period,
      currency,
      year,
      docYear,
      published: published.get(doc) ?? null,
      native,
      usd: rate === null ? null : toUSD(native, rate.unitsPerUSD),
      subject,
      anchor: anchorIndex === undefined || anchorIndex === index ? -1 : anchorIndex,
    };
  });
}

/** The two claims' values in one unit: their own when they share it, US dollars otherwise; null when not convertible. */
export function commonValues(a: Prepared, b: Prepared): { a: Values; b: Values; currency: string | null; converted: boolean } | null {
  if (a.currency === b.currency) return { a: a.native, b: b.native, currency: a.currency, converted: false };
  if (a.usd === null || b.usd === null) return null;
  return { a: a.usd, b: b.usd, currency: 'USD', converted: true };
}
