// Verdicts: one fact's claims → drafts of findings (agreements, conflicts between value sets,
// internal conflicts within one document); a restatement and its anchor → a conversion finding.
import { checkConversion, codeOf, relate, relationRank, severityOf, valueClusters, type Relation } from './diagnose.js';
import type { Draft, Data } from './findings.js';
import { digitsOf, valueRatio } from './intervals.js';
import { commonValues, type Prepared } from './prepare.js';
import type { RateLookup } from './rates.js';
import type { Scorer } from './facts.js';
import { sortSmall } from './sort.js';

function documentsOf(members: readonly Prepared[]): Set<number> {
  return new Set(members.map((m) => m.doc));
}

/** Largest over smallest figure, in dollars when the claims are in several currencies. */
function spread(members: readonly Prepared[]): number {
  const first = members[0];
  const mixed = members.some((m) => m.currency !== first?.currency);
  // The widest pair is the largest magnitude against the smallest (division is monotonic, so this is exact).
  let lo = Infinity;
  let hi = 0;
  for (const m of members) {
    const x = Math.abs(mixed ? (m.usd?.point ?? m.native.point) : m.native.point);
    if (Number.isNaN(x)) return NaN;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return members.length === 0 ? 1 : Math.max(1, valueRatio(hi, lo));
}

interface Pair {
  a: Prepared;
  b: Prepared;
  relation: Relation;
  confidence: number;
  shared: number[];
}

function bestPair(xs: readonly Prepared[], ys: readonly Prepared[], scorer: Scorer, crossDocument: boolean, subjectOf: (p: Prepared) => Prepared): Pair | null {
  let best: Omit<Pair, 'shared'> | null = null;
  for (const a of xs) {
    for (const b of ys) {
      if (crossDocument && a.doc === b.doc) continue;
      const relation = relate(a, b);
      if (relation === null) continue;
      // A worse-ranked relation never wins: its confidence is not needed.
      if (best !== null && relationRank(relation) > relationRank(best.relation)) continue;
      const confidence = subjectOf(a) === subjectOf(b) ? 1 : scorer.confidence(subjectOf(a), subjectOf(b));
      const better =
        best === null ||
        relationRank(relation) < relationRank(best.relation) ||
        (relationRank(relation) === relationRank(best.relation) && confidence > best.confidence);
      if (better) best = { a, b, relation, confidence };
    }
  }
  if (best === null) return null;
  // The shared tokens of the winning pair only.
  const [sa, sb] = [subjectOf(best.a), subjectOf(best.b)];
  return { ...best, shared: sa === sb ? [...sa.subject.tokens] : scorer.score(sa, sb).shared };
}

function pairData(p: Pair): Data {
  const common = commonValues(p.a, p.b);
  const a = p.a.claim;
  const b = p.b.claim;
  const r = p.relation;
  const digitsA = digitsOf(a.value, a.precision);
  const digitsB = digitsOf(b.value, b.precision);
  const aSmaller = Math.abs(common?.a.point ?? a.value) <= Math.abs(common?.b.point ?? b.value);
  const pct = p.a.points ? b : a;
  const pts = p.a.points ? a : b;
  // Written out key by key: this runs for every finding, and computed keys make slow objects.
  // The unsuffixed keys are the ones the report's wording reads (src/report/describe.ts).
  return {
    digits: digitsA === digitsB ? digitsA : null,
    scaleLow: (aSmaller ? a.scale : b.scale) ?? null,
    scaleHigh: (aSmaller ? b.scale : a.scale) ?? null,
    percent: r.kind === 'points' ? pct.value : null,
    points: r.kind === 'points' ? pts.value : null,
    qualifier: r.kind === 'tension' ? (a.qualifier ?? b.qualifier) : null,
    textA: a.text,
    textB: b.text,
    valueA: a.value,
    valueB: b.value,
    unitA: a.unit,
    unitB: b.unit,
    scaleA: a.scale,
    scaleB: b.scale,
    digitsA,
    digitsB,
    qualifierA: a.qualifier,
    qualifierB: b.qualifier,
    documentA: a.document,
    documentB: b.document,
    unit: common?.currency ?? a.unit,
    convertedA: common?.converted ? common.a.point : null,
    convertedB: common?.converted ? common.b.point : null,
    factor: r.kind === 'slip' ? r.factor : null,
    gap: r.kind === 'differ' && Number.isFinite(r.gap) ? r.gap : null,
  };
}

/** Adds keys after the pair's (the order the JSON gives them), without copying the pair's 25. */
function withKeys(data: Data, more: Data): Data {
  for (const key in more) data[key] = more[key] as Data[string];
  return data;
}

/** Counts that only grow as a story unfolds: a later article's higher toll is an update, not a misreport. */
const CUMULATIVE = new Set(['deaths', 'injured', 'missing', 'displaced', 'arrested', 'casualties', 'rescued', 'discharged']);

/**
 * Two value sets of a running toll where every article giving the higher figure is dated after every
 * article giving the lower one ("1,500 killed" on day one, "rose to 2,000" on day two): the toll evolved.
 * Still reported (a reader of the first article has an outdated figure), as a warning, never an error.
 * A later article with a lower figure is a revision or a misreport and stays a conflict.
 */
function risingToll(x: readonly Prepared[], y: readonly Prepared[]): boolean {
  const all = [...x, ...y];
  if (!all.every((m) => m.measure !== null && CUMULATIVE.has(m.measure) && m.published !== null)) return false;
  const [low, high] = (x[0] as Prepared).native.point <= (y[0] as Prepared).native.point ? [x, y] : [y, x];
  const lastLow = Math.max(...low.map((m) => m.published as number));
  const firstHigh = Math.min(...high.map((m) => m.published as number));
  return lastLow < firstHigh;
}

/**
 * One fact's claims: figures that agree form value sets; a set spanning two documents is an
 * agreement; two sets are a conflict, described by the pair that explains it best (a slip
 * before a plain difference); two sets that both come from one document are an internal conflict.
 */
export function factDrafts(members: readonly Prepared[], scorer: Scorer, restated: boolean, subjectOf: (p: Prepared) => Prepared): Draft[] {
  const drafts: Draft[] = [];
  const clusters = sortSmall(valueClusters(members), (x, y) => Math.min(...x.map((m) => m.index)) - Math.min(...y.map((m) => m.index)));
  const projected = members.some((m) => m.claim.modality === 'projected');
  // Agreements on restatements would repeat the anchor's agreement; their conflicts are news.
  for (const c of restated ? [] : clusters) {
    if (documentsOf(c).size < 2) continue;
    const pair = bestPair(c, c, scorer, true, subjectOf);
    if (pair === null) continue;
    const ordered = sortSmall([...c], (x, y) => x.index - y.index);
    // The contract says ratio 1 for agreements; how far apart the agreeing figures are goes in data.
    drafts.push({ kind: 'agreement', code: 'agreement', severity: 'info', members: ordered, confidence: pair.confidence, shared: pair.shared, ratio: 1, data: withKeys(pairData(pair), { documents: documentsOf(c).size, spread: spread(c) }) });
  }
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const x = clusters[i] as Prepared[];
      const y = clusters[j] as Prepared[];
      const docs = documentsOf([...x, ...y]);
      const internal = docs.size === 1;
      const pair = bestPair(x, y, scorer, !internal, subjectOf);
      if (pair === null) continue;
      const diagnosis = codeOf(pair.relation);
      const update = !internal && pair.relation.kind === 'differ' && risingToll(x, y);
      const severity = update ? 'warning' : severityOf(pair.relation, pair.confidence, projected);
      const data = withKeys(pairData(pair), { claimsA: x.length, claimsB: y.length });
      if (internal) data.diagnosis = diagnosis;
      if (update) data.evolving = 'rising';
      drafts.push({
        kind: 'conflict',
        code: internal ? 'internal-conflict' : diagnosis,
        severity,
        members: [...x, ...y],
        confidence: pair.confidence,
        shared: pair.shared,
        ratio: spread([...x, ...y]),
        data,
      });
    }
  }
  return drafts;
}

export function conversionDraft(anchor: Prepared, restated: Prepared, rates: RateLookup): Draft | null {
  const check = checkConversion(anchor, restated, rates);
  if (check === null) return null;
  return {
    kind: 'conversion',
    code: 'conversion-mismatch',
    severity: check.severity,
    members: [anchor, restated],
    confidence: 1, // the article itself says the second figure restates the first
    shared: [...anchor.subject.entities],
    ratio: valueRatio(check.off, 1),
    data: {
      // Read by the report as "amount currency / restated restatedCurrency = impliedRate currency per restatedCurrency".
      amount: check.currency === anchor.currency ? anchor.claim.value : restated.claim.value,
      currency: check.currency,
      restated: check.currency === anchor.currency ? restated.claim.value : anchor.claim.value,
      restatedCurrency: check.per,
      textA: anchor.claim.text,
      textB: restated.claim.text,
      valueA: anchor.claim.value,
      valueB: restated.claim.value,
      currencyA: anchor.currency,
      currencyB: restated.currency,
      impliedRate: check.impliedRate,
      referenceRate: check.referenceRate,
      rateCurrency: check.currency,
      ratePer: check.per,
      year: check.year,
      factor: check.off,
      powerOfTen: check.powerOfTen,
      document: anchor.claim.document,
    },
  };
}
