// Clustering: linked claim pairs (strongest first) → fact groups in which every member links directly to the
// group's core and passes the hard gates with it, so A~B~C never chains A to C.
/**
 * Strongest links first; two groups merge only when every member of the smaller one links directly
 * to the larger one's core (its founding claim), so a group never chains unrelated claims, and when every
 * member passes the hard gates with the larger group's members: a claim without a measure or period may
 * link to a loss for one year and to a revenue for another, but those two never become one fact through it.
 * The gates are checked against one representative per distinct gate profile, which keeps merging linear.
 */
export function cluster(n: number, ea: number[], eb: number[], es: number[], gates: { pass(x: number, y: number): boolean; profile(i: number): number }): number[][] {
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
