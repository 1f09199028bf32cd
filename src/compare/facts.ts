// Grouping: prepared claims → facts (sets of claims about one figure), without all-pairs work.
// Candidates come from an inverted index over each claim's rarest tokens within its block
// (dimension, modality, rate denominator); each candidate pair passes hard gates (measure, period,
// convertible units), then a subject score and a value-plausibility threshold; linked pairs are
// clustered so that every member links directly to its group's core (no A~B~C chains).
import { relate } from './diagnose.js';
import { closeFigures, gateArrays, measureFamily, linkThreshold, MIN_LINK, SAME_FIGURE_LINK, SAME_MEASURE_LINK, sameFigure, sameMeasureStory } from './gates.js';
import type { Prepared } from './prepare.js';
import { similarity, tokenWeights, type Vocabulary } from './subjects.js';

/**
 * Tokens indexed and probed per claim, rarest first (prefix filtering: a good match shares one of
 * them): enough that the tokens left out weigh less than SUFFIX_SHARE of the claim's subject (a
 * pair sharing none of the prefix cannot score well), at most PREFIX of them.
 */
const PREFIX = 6;
const SUFFIX_SHARE = 0.25;
/** A token in more than this share of documents (and more than MIN_COMMON of them) is not indexed. */
const COMMON_SHARE = 0.02;
const MIN_COMMON = 50;
/** Posting lists longer than this within one block are too common to discriminate. */
const POSTING_CAP = 200;
/**
 * Candidates examined per claim, rarest token first: the bound that keeps the whole step linear.
 * A pair first met after this many others shares only common words, and would rarely link anyway.
 */
const CANDIDATE_BUDGET = 128;

export interface Scorer {
  score(a: Prepared, b: Prepared): { confidence: number; shared: number[] };
  /** The confidence alone, without allocating: the hot loop calls it for every candidate pair. */
  confidence(a: Prepared, b: Prepared): number;
  weight(token: number): number;
}

export interface FactGroups {
  /** Fact groups of two or more claims, members in input order. */
  groups: number[][];
  scorer: Scorer;
}

export function groupFacts(prepared: readonly Prepared[], vocab: Vocabulary, documents: number): FactGroups {
  const n = prepared.length;
  const df = new Int32Array(vocab.names.length);
  const lastDoc = new Int32Array(vocab.names.length).fill(-1);
  // Claims holding each token: a token no other claim holds can never produce a candidate.
  const claimCount = new Int32Array(vocab.names.length);
  // Claims arrive grouped by document in practice; the stamp counts each document once per token anyway
  // unless a document's claims are interleaved with another's, which only overcounts (makes terms commoner).
  for (const p of prepared) {
    for (const t of p.subject.tokens) {
      claimCount[t] = (claimCount[t] ?? 0) + 1;
      if (lastDoc[t] !== p.doc) {
        lastDoc[t] = p.doc;
        df[t] = (df[t] ?? 0) + 1;
      }
    }
  }
  const weights = tokenWeights(vocab, df, documents);
  const story = storyNames(vocab, df);
  const corroborated = (a: Prepared, b: Prepared): boolean => sameFigure(a, b) && sharesBeyondFigure(a, b, vocab);
  const options = (a: Prepared, b: Prepared) => ({
    oneSidedPeriod: (a.period === null) !== (b.period === null),
    oneSidedMeasure: (a.measure === null) !== (b.measure === null),
    headCheck: !corroborated(a, b),
  });
  const scorer: Scorer = {
    score: (a, b) => similarity(a.subject, b.subject, weights, options(a, b)),
    confidence: (a, b) => similarity(a.subject, b.subject, weights, options(a, b), null).confidence,
    weight: (t) => weights[t] ?? 0,
  };

  const maxDf = Math.max(MIN_COMMON, documents * COMMON_SHARE);
  const blocks = new Map<string, number>();
  const postings = new Map<number, number[]>();
  const prefixes: number[][] = new Array<number[]>(n);
  // Where each claim sits in each of its posting lists: probing starts after it (pairs are i < j).
  const positions: number[][] = new Array<number[]>(n);
  const tokenCount = vocab.names.length;
  for (const p of prepared) {
    if (p.anchor >= 0) {
      prefixes[p.index] = [];
      positions[p.index] = [];
      continue; // restatements follow their anchor's group
    }
    let block = blocks.get(p.block);
    if (block === undefined) blocks.set(p.block, (block = blocks.size));
    const indexable = [...p.subject.tokens].filter((t) => {
      const name = vocab.names[t] as string;
      // A token of one document only can never link two sources; indexing it would crowd the prefix.
      return (claimCount[t] ?? 0) > 1 && (df[t] ?? 0) > 1 && (df[t] ?? 0) <= maxDf && !name.startsWith('m:') && !name.startsWith('p:');
    });
    indexable.sort((x, y) => (df[x] ?? 0) - (df[y] ?? 0) || x - y);
    let total = 0;
    let remaining = 0;
    for (const t of p.subject.tokens) {
      total += weights[t] ?? 0;
      if ((claimCount[t] ?? 0) > 1 && (df[t] ?? 0) > 1) remaining += weights[t] ?? 0;
    }
    const enough = total * SUFFIX_SHARE;
    const keys: number[] = [];
    for (const t of indexable) {
      if (keys.length >= PREFIX || remaining < enough) break;
      keys.push(block * tokenCount + t);
      remaining -= weights[t] ?? 0;
    }
    // The figure itself is always a key: digit twins and same-measure pairs link on it whatever their
    // wording shares, so they must meet as candidates even when rarer words fill the prefix.
    for (const t of indexable) {
      if ((vocab.names[t] as string).startsWith('v:') && !keys.includes(block * tokenCount + t)) keys.push(block * tokenCount + t);
    }
    prefixes[p.index] = keys;
    positions[p.index] = keys.map((key) => {
      const list = postings.get(key);
      if (list === undefined) {
        postings.set(key, [p.index]);
        return 0;
      }
      list.push(p.index);
      return list.length - 1;
    });
  }

  // The gates again, as typed arrays: the hot loop reads them for random claims, and objects
  // scattered over the heap cost a cache miss each.
  const gates = gateArrays(prepared);
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeS: number[] = [];
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const a = prepared[i] as Prepared;
    const keys = prefixes[i] as number[];
    let budget = CANDIDATE_BUDGET;
    for (let k = 0; k < keys.length && budget > 0; k++) {
      const list = postings.get(keys[k] as number) as number[];
      if (list.length > POSTING_CAP) continue;
      for (let at = ((positions[i] as number[])[k] as number) + 1; at < list.length && budget-- > 0; at++) {
        const j = list[at] as number;
        if (seen[j] === i) continue;
        seen[j] = i;
        // Same block already: the posting list is keyed by it.
        if (!gates.pass(i, j)) continue;
        const b = prepared[j] as Prepared;
        // Two figures in one sentence of one article are two facts ("$4.9 million … and another $600,000"),
        // unless one restates the other.
        if (a.doc === b.doc && a.claim.start !== b.claim.start && a.claim.sentence === b.claim.sentence && a.claim.equivalentOf !== b.claim.id && b.claim.equivalentOf !== a.claim.id) continue;
        let confidence = scorer.confidence(a, b);
        // The same figure lowers the bar only when the subjects also share something else.
        const same = corroborated(a, b);
        const storyPair = confidence < SAME_MEASURE_LINK && sameMeasureStory(a, b, story);
        const twins = confidence < SAME_MEASURE_LINK && digitTwins(a, b);
        if (confidence < (same ? SAME_FIGURE_LINK : MIN_LINK) && !storyPair && !twins) continue;
        const rel = relate(a, b);
        if (rel === null) continue;
        if ((storyPair && closeFigures(rel)) || (twins && (rel.kind === 'slip' || rel.kind === 'points'))) confidence = SAME_MEASURE_LINK;
        if (confidence < linkThreshold(rel, a.doc === b.doc, (a.period === null) !== (b.period === null), same && rel.kind === 'agree', stalePeriod(a, b))) continue;
        edgeA.push(i);
        edgeB.push(j);
        edgeS.push(confidence);
      }
    }
  }
  return { groups: cluster(n, edgeA, edgeB, edgeS, gates), scorer };
}

/**
 * Two articles give the same known measure in one currency with the same digits and only the scale word
 * changed ("compensation of 2 lakh rupees" vs "compensation of Rs 2 crore"): the digits tie them as a slip
 * does, so they link like the story's same-measure pairs however differently the sentences name the parties.
 */
function digitTwins(a: Prepared, b: Prepared): boolean {
  if (a.measure === null || b.measure === null || a.doc === b.doc) return false;
  // "rose 0.3 percentage points to 3.2%" vs "rose 0.3% to 3.2%": the same number for the same measure and
  // period, once in points and once in percent, is the classic points slip.
  if (a.points !== b.points) {
    return measureFamily(a.measure) === measureFamily(b.measure) && a.claim.value === b.claim.value && a.period !== null && a.period.key === b.period?.key;
  }
  if (a.currency === null || a.currency !== b.currency) return false;
  if (measureFamily(a.measure) !== measureFamily(b.measure) || a.claim.value === b.claim.value || a.claim.value <= 0 || b.claim.value <= 0) return false;
  const k = Math.log10(Math.max(a.claim.value, b.claim.value) / Math.min(a.claim.value, b.claim.value));
  if (Math.abs(k - Math.round(k)) > 1e-9) return false;
  // One significant digit ("$60 million" vs "$600,000") is too common to tie two figures, unless the scale
  // words are lakh against crore, the slip Indian copy makes with any digits.
  const indian = (s: string | null): boolean => s !== null && /lakh|crore/i.test(s);
  return (indian(a.claim.scale) || indian(b.claim.scale)) ? (a.claim.scale ?? '').toLowerCase() !== (b.claim.scale ?? '').toLowerCase() : significantDigits(a.claim.value) >= 2;
}

function significantDigits(v: number): number {
  const m = Math.abs(v).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return m.length;
}

/** The names the most documents give (at least two): what the folder's story is about. Sorted token ids. */
function storyNames(vocab: Vocabulary, df: Int32Array): number[] {
  let most = 2;
  const names: number[] = [];
  for (let t = 0; t < vocab.names.length; t++) {
    const d = df[t] ?? 0;
    if (d < most || !(vocab.names[t] as string).startsWith('e:')) continue;
    if (d > most) {
      most = d;
      names.length = 0;
    }
    names.push(t);
  }
  return names;
}

/**
 * One claim dated, the other not, and the dated one's period over before the undated one's article was
 * written ("In 2022 the figure was put at €21.5 billion" vs "member states have frozen €28 billion"): the
 * undated figure is most likely about the article's own time, another period.
 */
function stalePeriod(a: Prepared, b: Prepared): boolean {
  if ((a.period === null) === (b.period === null)) return false;
  const [dated, undated] = a.period === null ? [b, a] : [a, b];
  return undated.docYear !== null && new Date((dated.period as { end: number }).end * 86_400_000).getUTCFullYear() < undated.docYear;
}

function sharesBeyondFigure(a: Prepared, b: Prepared, vocab: Vocabulary): boolean {
  const x = a.subject.tokens;
  const y = b.subject.tokens;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      const name = vocab.names[u] as string;
      if (!name.startsWith('v:') && !name.startsWith('p:') && !name.startsWith('m:')) return true;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return false;
}

/**
 * Strongest links first; two groups merge only when every member of the smaller one links directly
 * to the larger one's core (its founding claim), so a group never chains unrelated claims, and when every
 * member passes the hard gates with the larger group's members: a claim without a measure or period may
 * link to a loss for one year and to a revenue for another, but those two never become one fact through it.
 * The gates are checked against one representative per distinct gate profile, which keeps merging linear.
 */
function cluster(n: number, ea: number[], eb: number[], es: number[], gates: { pass(x: number, y: number): boolean; profile(i: number): number }): number[][] {
  const reps = new Map<number, number[]>();
  const repsOf = (g: number): number[] => reps.get(g) ?? [g];
  const admits = (big: number, m: number): boolean => repsOf(big).every((r) => gates.pass(r, m));
  const order = es.map((_, k) => k).sort((x, y) => (es[y] as number) - (es[x] as number) || (ea[x] as number) - (ea[y] as number) || (eb[x] as number) - (eb[y] as number));
  const linked = new Set<number>();
  for (let k = 0; k < ea.length; k++) linked.add((ea[k] as number) * n + (eb[k] as number));
  const isLinked = (x: number, y: number): boolean => linked.has(Math.min(x, y) * n + Math.max(x, y));
  const group = new Int32Array(n).map((_, i) => i);
  const members = new Map<number, number[]>();
  const core = new Map<number, number>();
  for (const k of order) {
    const ga = group[ea[k] as number] as number;
    const gb = group[eb[k] as number] as number;
    if (ga === gb) continue;
    const ma = members.get(ga) ?? [ga];
    const mb = members.get(gb) ?? [gb];
    const [big, small, mBig, mSmall] = ma.length >= mb.length ? [ga, gb, ma, mb] : [gb, ga, mb, ma];
    const c = core.get(big) ?? big;
    if (!mSmall.every((m) => isLinked(m, c) && admits(big, m))) continue;
    const rBig = repsOf(big);
    for (const r of repsOf(small)) if (!rBig.some((q) => gates.profile(q) === gates.profile(r))) rBig.push(r);
    reps.set(big, rBig);
    reps.delete(small);
    for (const m of mSmall) {
      group[m] = big;
      mBig.push(m);
    }
    members.set(big, mBig);
    core.set(big, c);
    members.delete(small);
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => (x[0] as number) - (y[0] as number));
}
