// Gates and thresholds: the hard conditions two claims must meet to be one fact (measure, period,
// counted noun), and how strong their subject match must be given how their figures relate.
import type { Relation } from './diagnose.js';
import type { Prepared } from './prepare.js';

export function periodsCompatible(a: Prepared, b: Prepared): boolean {
  if (a.period === null || b.period === null) return true;
  if (a.period.key === b.period.key) return true;
  // Nearly the same span ("2023" resolved from "this year" vs "2023"): 90% overlap.
  const inter = Math.min(a.period.end, b.period.end) - Math.max(a.period.start, b.period.start) + 1;
  const union = Math.max(a.period.end, b.period.end) - Math.min(a.period.start, b.period.start) + 1;
  return inter / union >= 0.9;
}

/** Different non-null measures never match, except a measure and its refinement ("valuation" ~ "valuation-post"). */
function refines(narrow: string, broad: string): boolean {
  return narrow.length > broad.length && narrow.charCodeAt(broad.length) === 45 /* - */ && narrow.startsWith(broad);
}

export function measuresCompatible(a: Prepared, b: Prepared): boolean {
  const x = a.measure;
  const y = b.measure;
  if (x !== null && y !== null) return x === y || refines(x, y) || refines(y, x);
  // Counts without a measure fall back to what is counted ("people", "homes").
  if (a.dimension === 'count' && x === null && y === null) return a.countUnit === b.countUnit;
  return true;
}

/** The same figure, to the digit, with at least two significant digits written ("82 billion", not "1 billion"). */
export function sameFigure(a: Prepared, b: Prepared): boolean {
  return a.claim.value === b.claim.value && a.currency === b.currency && a.claim.unit === b.claim.unit && a.claim.precision < Math.abs(a.claim.value) / 10;
}

export function gatesPass(a: Prepared, b: Prepared): boolean {
  return a.block === b.block && measuresCompatible(a, b) && periodsCompatible(a, b);
}

/** The least confidence that links two claims; the same specific figure needs less. */
export const MIN_LINK = 0.45;
export const SAME_FIGURE_LINK = 0.3;

/** How sure the subject match must be, given how the figures relate: implausible values need more. */
export function linkThreshold(r: Relation, sameDocument: boolean, oneSidedPeriod: boolean, sameFigure = false): number {
  // The same specific figure in the same unit is evidence in itself (and already weighs in the score).
  if (sameFigure && !sameDocument) return SAME_FIGURE_LINK;
  let t: number;
  if (r.kind === 'differ') t = r.ratio <= 1.5 ? 0.55 : r.ratio <= 4 ? 0.7 : r.ratio <= 10 ? 0.85 : Infinity;
  else t = MIN_LINK;
  // One article giving two figures is usually two facts; merging them needs near certainty.
  if (sameDocument && r.kind !== 'agree') t = Math.max(t, 0.9);
  if (oneSidedPeriod) t = Math.max(t, 0.6);
  return t;
}

export function gateArrays(prepared: readonly Prepared[]): { pass(i: number, j: number): boolean } {
  const n = prepared.length;
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  const measure = new Int32Array(n);
  const broad = new Int32Array(n);
  const unit = new Int32Array(n);
  const period = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (const p of prepared) {
    const i = p.index;
    measure[i] = p.measure === null ? -1 : id(`m:${p.measure}`);
    // "valuation-post" refines "valuation": one level of refinement, by the part before the first hyphen.
    const dash = p.measure === null ? -1 : p.measure.indexOf('-');
    broad[i] = p.measure === null ? -1 : dash > 0 ? id(`m:${p.measure.slice(0, dash)}`) : (measure[i] as number);
    unit[i] = p.dimension === 'count' && p.countUnit !== null ? id(`u:${p.countUnit}`) : -1;
    period[i] = p.period === null ? -1 : id(`p:${p.period.key}`);
    start[i] = p.period?.start ?? 0;
    end[i] = p.period?.end ?? 0;
  }
  return {
    pass(i, j) {
      const mi = measure[i] as number;
      const mj = measure[j] as number;
      if (mi >= 0 && mj >= 0) {
        if (mi !== mj && broad[i] !== mj && broad[j] !== mi) return false;
      } else if (mi < 0 && mj < 0 && unit[i] !== unit[j]) return false;
      const pi = period[i] as number;
      const pj = period[j] as number;
      if (pi < 0 || pj < 0 || pi === pj) return true;
      const inter = Math.min(end[i] as number, end[j] as number) - Math.max(start[i] as number, start[j] as number) + 1;
      const union = Math.max(end[i] as number, end[j] as number) - Math.min(start[i] as number, start[j] as number) + 1;
      return inter / union >= 0.9;
    },
  };
}

