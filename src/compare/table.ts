// Claims → cheap keys for every claim, in flat arrays: its document, its subject's token ids (interned in the
// Vocabulary), its gate keys (measure, period, counted noun) and the document years. Most claims of a corpus
// stop here: only a claim that shares an indexed token with another one gets a Prepared record (prepare.ts),
// so the claims that stand alone cost a few array slots, not objects and intervals.
import type { Claim } from '../extract/schema.js';
import type { DocumentInfo } from '../sources/schema.js';
import { parseIsoDate } from '../util/calendar.js';
import { measureFamily } from './gates.js';
import { digitsOf } from './intervals.js';
import { figureScale } from './prepare.js';
import { LAST_YEAR } from './rates-data.js';
import { entityKey, termKey, type Vocabulary } from './subjects.js';

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
  /** The measure, lower case, or null; the period's first and last day (epoch days; NaN when there is none). */
  readonly measure: readonly (string | null)[];
  readonly periodStart: Float64Array;
  readonly periodEnd: Float64Array;
  /** Gate keys (gates.ts): measure family, its broad measure, counted noun, period; -1 when absent. */
  readonly gate: { measure: Int32Array; broad: Int32Array; unit: Int32Array; period: Int32Array };
  /** Per document: the year it was written (NaN when unknown) and the day it is dated (NaN when it is not). */
  readonly docYears: readonly number[];
  readonly published: Float64Array;
}

const DAY = 86_400_000;

/** How far (chars) back a claim naming nobody borrows the names of the claim before it. */
const CARRY_REACH = 400;

const NAME_STOPWORDS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'du', 'der', 'und', 'on', 'in', 'at', 'to']);

/** A growable Int32Array. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Sorts a short run of ints in place and drops repeats; returns the new length. */
function sortDistinct(xs: number[]): number {
  for (let i = 1; i < xs.length; i++) {
    const v = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && (xs[j] as number) > v) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = v;
  }
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (k === 0 || xs[i] !== xs[k - 1]) xs[k++] = xs[i] as number;
  return k;
}

export function buildTable(claims: readonly Claim[], documents: readonly DocumentInfo[], vocab: Vocabulary, aliases: ReadonlyMap<string, string>): ClaimTable {
  const n = claims.length;
  const docIds = new Map<string, number>();
  for (const d of documents) if (!docIds.has(d.id)) docIds.set(d.id, docIds.size);
  for (const c of claims) if (!docIds.has(c.document)) docIds.set(c.document, docIds.size);
  const doc = new Int32Array(n);
  const tokenStart = new Int32Array(n + 1);
  const entityStart = new Int32Array(n + 1);
  const head = new Int32Array(n);
  const anchor = new Int32Array(n).fill(-1);
  const measure = new Array<string | null>(n);
  const periodStart = new Float64Array(n);
  const periodEnd = new Float64Array(n);
  const gate = { measure: new Int32Array(n), broad: new Int32Array(n), unit: new Int32Array(n), period: new Int32Array(n) };
  const tokens = new Ints();
  const entities = new Ints();

  // Every distinct string is normalised and interned once: names, words, dates and figures repeat across a corpus.
  // The token ids come out in the order one claim after another would first intern them, entities first.
  const dates = new Map<string, { year: number; day: number } | null>();
  const dateOf = (s: string): { year: number; day: number } | null => {
    let d = dates.get(s);
    if (d === undefined) {
      const parsed = parseIsoDate(s);
      dates.set(s, (d = parsed === null ? null : { year: parsed.year, day: Date.UTC(parsed.year, parsed.month - 1, parsed.day) / DAY }));
    }
    return d;
  };
  const entityIds = new Map<string, number>();
  const termIds = new Map<string, number>();
  const measureIds = new Map<string, { name: string | null; id: number }>();
  const periodIds = new Map<string, Map<string, number>>();
  const figureIds = new Map<string, Map<number, number>>();
  const wordsOf = new Map<number, number[]>();
  const upper = new Map<string, string>();
  const gateIds = new Map<string, number>();
  const gid = (s: string): number => {
    let v = gateIds.get(s);
    if (v === undefined) gateIds.set(s, (v = gateIds.size));
    return v;
  };
  const measureGates = new Map<number, [number, number]>();
  const unitGates = new Map<string, number>();
  const periodGates = new Map<number, number>();
  const yearVotes = new Map<number, Map<number, number>>();
  const lastEnd = new Int32Array(docIds.size);
  const lastNames: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(docIds.size);
  const tok: number[] = [];
  const ent: number[] = [];

  for (let i = 0; i < n; i++) {
    const claim = claims[i] as Claim;
    const d = docIds.get(claim.document) as number;
    doc[i] = d;
    tok.length = 0;
    ent.length = 0;

    // A sentence naming nobody ("The airline aims to save €400 million") is about whom the text just named.
    let names: readonly string[] = claim.subject.entities;
    const before = lastNames[d];
    if (names.length > 0) {
      lastNames[d] = names;
      lastEnd[d] = claim.end;
    } else if (before !== undefined && claim.start >= (lastEnd[d] as number) && claim.start - (lastEnd[d] as number) <= CARRY_REACH) names = before;
    for (const name of names) {
      let id = entityIds.get(name);
      if (id === undefined) {
        const key = entityKey(name, aliases);
        id = key === '' ? -1 : vocab.id(`e:${key}`);
        if (id >= 0) vocab.name(id, name);
        entityIds.set(name, id);
      }
      if (id >= 0) ent.push(id);
    }
    const head0 = ent.length > 0 ? (ent[0] as number) : -1;
    for (const e of ent) tok.push(e);
    for (const t of claim.subject.terms) {
      let id = termIds.get(t);
      if (id === undefined) {
        const token = `t:${termKey(t)}`;
        termIds.set(t, (id = token.length > 2 ? vocab.id(token) : -1));
      }
      if (id >= 0) tok.push(id);
    }
    // Words of multi-word names, so "Ministry of Industry and Trade" meets "Industry and Trade Ministry".
    const entityCount = ent.length;
    for (let k = 0; k < entityCount; k++) {
      const e = ent[k] as number;
      let words = wordsOf.get(e);
      if (words === undefined) {
        const key = (vocab.names[e] as string).slice(2);
        words = key.includes(' ') ? key.split(' ').filter((w) => w.length > 1 && !NAME_STOPWORDS.has(w)).map((w) => vocab.id(`w:${termKey(w)}`)) : [];
        wordsOf.set(e, words);
      }
      for (const w of words) tok.push(w);
    }
    const rawMeasure = claim.subject.measure;
    let m: { name: string | null; id: number } | undefined;
    if (rawMeasure !== null) {
      m = measureIds.get(rawMeasure);
      if (m === undefined) {
        const name = rawMeasure.toLowerCase().trim() || null;
        measureIds.set(rawMeasure, (m = { name, id: name === null ? -1 : vocab.id(`m:${name}`) }));
      }
      if (m.id >= 0) tok.push(m.id);
    }
    measure[i] = m?.name ?? null;
    const p = claim.period;
    const first = p === null ? null : dateOf(p.start);
    const last = p === null ? null : dateOf(p.end);
    let periodToken = -1;
    if (p !== null && first !== null && last !== null) {
      let byEnd = periodIds.get(p.start);
      if (byEnd === undefined) periodIds.set(p.start, (byEnd = new Map()));
      let id = byEnd.get(p.end);
      if (id === undefined) byEnd.set(p.end, (id = vocab.id(`p:${p.start}/${p.end}`)));
      tok.push((periodToken = id));
      periodStart[i] = first.day;
      periodEnd[i] = Math.max(first.day, last.day);
    } else {
      periodStart[i] = NaN;
      periodEnd[i] = NaN;
    }
    // The figure itself is a token: an unusual number in two articles is evidence of one fact.
    const kind = claim.kind;
    let figureUnit: string;
    if (kind === 'money') {
      let u = upper.get(claim.unit);
      if (u === undefined) upper.set(claim.unit, (u = claim.unit.toUpperCase()));
      figureUnit = u;
    } else figureUnit = kind === 'count' ? 'n' : kind === 'percent' || kind === 'ratio' ? 'f' : claim.unit;
    const point = claim.value * figureScale(claim);
    let figures = figureIds.get(figureUnit);
    if (figures === undefined) figureIds.set(figureUnit, (figures = new Map()));
    let figure = figures.get(point);
    if (figure === undefined) {
      figure = vocab.id(`v:${figureUnit}:${digitsOf(point, 0)}e${Math.floor(Math.log10(Math.abs(point) || 1))}`);
      figures.set(point, figure);
    }
    tok.push(figure);

    const tokenCount = sortDistinct(tok);
    for (let k = 0; k < tokenCount; k++) tokens.push(tok[k] as number);
    tokenStart[i + 1] = tokens.length;
    const distinct = sortDistinct(ent);
    for (let k = 0; k < distinct; k++) entities.push(ent[k] as number);
    entityStart[i + 1] = entities.length;
    head[i] = head0;

    // Gate keys, numbered in the order the claims first give them (the profile in gates.ts is built from them).
    if (m === undefined || m.id < 0) gate.measure[i] = gate.broad[i] = -1;
    else {
      let g = measureGates.get(m.id);
      if (g === undefined) {
        const family = measureFamily(m.name as string);
        const mg = gid(`m:${family}`);
        const dash = family.indexOf('-');
        measureGates.set(m.id, (g = [mg, dash > 0 ? gid(`m:${family.slice(0, dash)}`) : mg]));
      }
      gate.measure[i] = g[0];
      gate.broad[i] = g[1];
    }
    if (kind === 'count') {
      let u = unitGates.get(claim.unit);
      if (u === undefined) unitGates.set(claim.unit, (u = gid(`u:${termKey(claim.unit)}`)));
      gate.unit[i] = u;
    } else gate.unit[i] = -1;
    if (periodToken < 0) gate.period[i] = -1;
    else {
      let g = periodGates.get(periodToken);
      if (g === undefined) periodGates.set(periodToken, (g = gid(`p:${(vocab.names[periodToken] as string).slice(2)}`)));
      gate.period[i] = g;
    }

    // Documents without a date get the year most of their claims' periods fall in.
    if (first !== null) {
      const year = first.year;
      let tally = yearVotes.get(d);
      if (tally === undefined) yearVotes.set(d, (tally = new Map()));
      tally.set(year, (tally.get(year) ?? 0) + 1);
    }
  }

  const published = new Float64Array(docIds.size).fill(NaN);
  for (const info of documents) {
    const date = info.published === null ? null : dateOf(info.published);
    if (date !== null) published[docIds.get(info.id) as number] = date.day;
  }
  if (claims.some((c) => c.equivalentOf !== null)) {
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
