// Claims → cheap keys for every claim, in flat arrays: its document, its subject's token ids (interned in the
// Vocabulary), its gate keys (measure, period, counted noun) and the document years. Most claims of a corpus
// stop here: only a claim that shares an indexed token with another one gets a Prepared record (prepare.ts),
// so the claims that stand alone cost a few array slots, not objects and intervals.
import type { Claim } from '../extract/schema.js';
import type { DocumentInfo } from '../sources/schema.js';
import { parseIsoDate } from '../util/calendar.js';
import { Interner, type MeasureKey, type PeriodKey } from './interner.js';
import { figureScale } from './prepare.js';
import { LAST_YEAR } from './rates-data.js';
import type { Vocabulary } from './subjects.js';

export interface ClaimTable {
  readonly claims: readonly Claim[];
  /** Distinct documents: those listed, then those only claims name. */
  readonly documents: number;
  readonly doc: Int32Array;
  /** Claim i's sorted distinct token ids are tokens[tokenStart[i] .. tokenStart[i + 1]). */
  readonly tokenStart: Int32Array;
  readonly tokens: Int32Array;
  /** Sorted distinct entity token ids, likewise; head is the most specific entity (listed first), or -1. */
  readonly entityStart: Int32Array;
  readonly entities: Int32Array;
  readonly head: Int32Array;
  /** Index of the claim this one restates, or -1. */
  readonly anchor: Int32Array;
  /** The measure's m: token (-1 when none) and its name, lower case, by token. */
  readonly measure: Int32Array;
  readonly measureNames: ReadonlyMap<number, string>;
  /** The period's first and last day (epoch days), when gate.period says it has one. */
  readonly periodStart: Int32Array;
  readonly periodEnd: Int32Array;
  /** Gate keys (gates.ts): measure family, its broad measure, counted noun, period; -1 when absent. */
  readonly gate: { measure: Int32Array; broad: Int32Array; unit: Int32Array; period: Int32Array };
  /** Per document: the year it was written (NaN when unknown) and the day it is dated (NaN when it is not). */
  readonly docYears: readonly number[];
  readonly published: Float64Array;
}

/** How far (chars) back a claim naming nobody borrows the names of the claim before it. */
const CARRY_REACH = 400;

/** A growable Int32Array. */
class Ints {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Sorts xs[0 .. length) in place and drops repeats; returns the new length. The runs are short. */
function sortDistinct(xs: number[], length: number): number {
  for (let i = 1; i < length; i++) {
    const v = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && (xs[j] as number) > v) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = v;
  }
  let k = 0;
  for (let i = 0; i < length; i++) if (k === 0 || xs[i] !== xs[k - 1]) xs[k++] = xs[i] as number;
  return k;
}

export function buildTable(claims: readonly Claim[], documents: readonly DocumentInfo[], vocab: Vocabulary, aliases: ReadonlyMap<string, string>): ClaimTable {
  const n = claims.length;
  const docIds = new Map<string, number>();
  for (const d of documents) if (!docIds.has(d.id)) docIds.set(d.id, docIds.size);
  const doc = new Int32Array(n);
  const tokenStart = new Int32Array(n + 1);
  const entityStart = new Int32Array(n + 1);
  const head = new Int32Array(n);
  const anchor = new Int32Array(n).fill(-1);
  const measure = new Int32Array(n).fill(-1);
  const measureNames = new Map<number, string>();
  const periodStart = new Int32Array(n);
  const periodEnd = new Int32Array(n);
  const gate = { measure: new Int32Array(n), broad: new Int32Array(n), unit: new Int32Array(n), period: new Int32Array(n) };
  // About ten tokens and one name a claim: sized so the arrays rarely grow.
  const tokens = new Ints(n * 10);
  const entities = new Ints(n);
  // The token ids come out in the order one claim after another would first intern them, entities first.
  const interner = new Interner(vocab, aliases);
  const yearVotes = new Map<number, Map<number, number>>();
  const lastEnd = new Array<number>(docIds.size).fill(0);
  const lastNames = new Array<readonly string[] | undefined>(docIds.size).fill(undefined);
  const tok: number[] = [];
  const ent: number[] = [];
  let restates = false;
  // Claims come grouped by document: the previous claim's document string is compared before any lookup.
  let lastDocument: string | null = null;
  let d = -1;

  for (let i = 0; i < n; i++) {
    const claim = claims[i] as Claim;
    if (claim.document !== lastDocument) {
      lastDocument = claim.document;
      let id = docIds.get(lastDocument);
      if (id === undefined) docIds.set(lastDocument, (id = docIds.size));
      d = id;
    }
    doc[i] = d;
    if (claim.equivalentOf !== null) restates = true;
    let tokCount = 0;
    let entCount = 0;

    // A sentence naming nobody ("The airline aims to save €400 million") is about whom the text just named.
    const subject = claim.subject;
    let names: readonly string[] = subject.entities;
    const before = lastNames[d];
    if (names.length > 0) {
      lastNames[d] = names;
      lastEnd[d] = claim.end;
    } else if (before !== undefined && claim.start >= (lastEnd[d] as number) && claim.start - (lastEnd[d] as number) <= CARRY_REACH) names = before;
    for (const name of names) {
      const id = interner.entity(name);
      if (id >= 0) tok[tokCount++] = ent[entCount++] = id;
    }
    head[i] = entCount > 0 ? (ent[0] as number) : -1;
    for (const t of subject.terms) {
      const id = interner.term(t);
      if (id >= 0) tok[tokCount++] = id;
    }
    for (let k = 0; k < entCount; k++) for (const w of interner.words(ent[k] as number)) tok[tokCount++] = w;
    let m: MeasureKey | null = null;
    if (subject.measure !== null) {
      m = interner.measure(subject.measure);
      if (m.token >= 0) tok[tokCount++] = m.token;
      measure[i] = m.token;
      if (m.name !== null && !measureNames.has(m.token)) measureNames.set(m.token, m.name);
    }
    const p = claim.period;
    const period: PeriodKey | null = p === null ? null : interner.period(p.start, p.end);
    if (period !== null && period.token >= 0) tok[tokCount++] = period.token;
    if (period !== null && period.token >= 0) {
      periodStart[i] = period.start;
      periodEnd[i] = period.end;
    }
    const kind = claim.kind;
    const figureUnit = kind === 'money' ? interner.currency(claim.unit) : kind === 'count' ? 'n' : kind === 'percent' || kind === 'ratio' ? 'f' : claim.unit;
    tok[tokCount++] = interner.figure(figureUnit, claim.value * figureScale(claim));

    tokCount = sortDistinct(tok, tokCount);
    for (let k = 0; k < tokCount; k++) tokens.push(tok[k] as number);
    tokenStart[i + 1] = tokens.length;
    entCount = sortDistinct(ent, entCount);
    for (let k = 0; k < entCount; k++) entities.push(ent[k] as number);
    entityStart[i + 1] = entities.length;

    // Gate keys, asked for in the order measure, counted noun, period.
    if (m === null || m.token < 0) gate.measure[i] = gate.broad[i] = -1;
    else {
      interner.measureGate(m);
      gate.measure[i] = m.gate;
      gate.broad[i] = m.broad;
    }
    gate.unit[i] = kind === 'count' ? interner.unitGate(claim.unit) : -1;
    gate.period[i] = period === null || period.token < 0 ? -1 : interner.periodGate(period);

    // Documents without a date get the year most of their claims' periods fall in.
    if (period !== null && period.year !== null) {
      let tally = yearVotes.get(d);
      if (tally === undefined) yearVotes.set(d, (tally = new Map()));
      tally.set(period.year, (tally.get(period.year) ?? 0) + 1);
    }
  }

  const published = new Float64Array(docIds.size).fill(NaN);
  for (const info of documents) {
    const date = info.published === null ? null : interner.date(info.published);
    if (date !== null) published[docIds.get(info.id) as number] = date.day;
  }
  if (restates) {
    const byId = new Map<string, number>();
    claims.forEach((c, i) => byId.set(c.id, i));
    claims.forEach((c, i) => {
      const a = c.equivalentOf === null ? undefined : byId.get(c.equivalentOf);
      if (a !== undefined && a !== i) anchor[i] = a;
    });
  }
  return {
    claims,
    documents: docIds.size,
    doc,
    tokenStart,
    tokens: tokens.data.subarray(0, tokens.length),
    entityStart,
    entities: entities.data.subarray(0, entities.length),
    head,
    anchor,
    measure,
    measureNames,
    periodStart,
    periodEnd,
    gate,
    docYears: documentYears(yearVotes, documents, docIds),
    published,
  };
}

function documentYears(votes: Map<number, Map<number, number>>, documents: readonly DocumentInfo[], docIds: Map<string, number>): number[] {
  const years = new Array<number>(docIds.size).fill(NaN);
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
