// Findings: diagnosed claim sets → Finding records with a fact label, a stable id and one total order.
// The id hashes the code, the fact key and the sorted values, never positions, so it survives edits.
import { hashId } from '../util/hash.js';
import type { Prepared } from './prepare.js';
import { FindingCode, FindingKind, type Finding, type Severity } from './schema.js';
import { sortSmall } from './sort.js';
import { bareEntity, KIND, type Vocabulary } from './subjects.js';

export type Data = Finding['data'];

export interface Draft {
  kind: FindingKind;
  code: FindingCode;
  severity: Severity;
  /** In the order the diagnosis refers to them. */
  members: Prepared[];
  confidence: number;
  /** Token ids the claims were matched on (the best pair's shared tokens). */
  shared: number[];
  ratio: number;
  data: Data;
}

export interface Context {
  vocab: Vocabulary;
  weight(token: number): number;
  aliases: ReadonlyMap<string, string>;
  /** Per run: attribution → its alias-resolved key, claim index → "unit:value" (claims recur across findings). */
  memo?: { attributions: Map<string, string>; values: Map<number, string> };
}

function memoOf(ctx: Context): NonNullable<Context['memo']> {
  return (ctx.memo ??= { attributions: new Map(), values: new Map() });
}

function intersection(members: readonly Prepared[]): number[] {
  const [first, ...rest] = members;
  if (!first) return [];
  return [...first.subject.entities].filter((e) => rest.every((m) => m.subject.entities.includes(e)));
}

function commonMeasure(members: readonly Prepared[]): string | null {
  return members.find((m) => m.measure !== null)?.measure ?? null;
}

function commonPeriod(members: readonly Prepared[]): Prepared['period'] {
  return members.find((m) => m.period !== null)?.period ?? null;
}

function entityName(id: number, ctx: Context): string {
  return ctx.vocab.display.get(id) ?? (ctx.vocab.names[id] ?? '').slice(2);
}

/** "Acme Holdings · revenue · 2023": the rarest shared names, what is measured, and when. */
export function factLabel(members: readonly Prepared[], shared: readonly number[], ctx: Context): string {
  const byWeight = (ids: number[]): number[] => sortSmall(ids, (x, y) => ctx.weight(y) - ctx.weight(x) || x - y);
  let entities = byWeight(intersection(members));
  if (entities.length === 0) entities = byWeight(shared.filter((t) => ctx.vocab.kinds[t] === KIND.entity));
  const head = members[0]?.subject.head ?? -1;
  if (entities.length === 0 && head >= 0) entities = [head];
  const terms = byWeight(shared.filter((t) => ctx.vocab.kinds[t] === KIND.term));
  const first = members[0];
  const what = commonMeasure(members) ?? first?.countUnit ?? (terms[0] === undefined ? null : ctx.vocab.names[terms[0]]?.slice(2)) ?? first?.claim.kind ?? '';
  const period = commonPeriod(members);
  const parts = [entities.slice(0, 2).map((e) => entityName(e, ctx)).join(', '), what, period?.label ?? ''];
  return parts.filter((p) => p !== '').join(' · ');
}

function factKey(members: readonly Prepared[], ctx: Context): string {
  const first = members[0];
  const entities = sortSmall(intersection(members).map((e) => ctx.vocab.names[e] ?? ''), compareCodePoints);
  return [first?.block ?? '', commonMeasure(members) ?? '', commonPeriod(members)?.key ?? '', entities.join(',')].join('|');
}

/** Every claim credits the same original report: the figures are not independent. */
function sameOriginal(members: readonly Prepared[], aliases: ReadonlyMap<string, string>, keys: Map<string, string>): string | null {
  const first = members[0]?.claim.attribution ?? null;
  if (first === null) return null;
  const key = (s: string): string => {
    let k = keys.get(s);
    if (k === undefined) {
      const bare = bareEntity(s);
      keys.set(s, (k = bareEntity(aliases.get(bare) ?? bare)));
    }
    return k;
  };
  const k = key(first);
  return members.every((m) => m.claim.attribution !== null && key(m.claim.attribution) === k) ? (aliases.get(bareEntity(first)) ?? first) : null;
}

export function toFinding(d: Draft, ctx: Context): Finding {
  const memo = memoOf(ctx);
  const values = sortSmall(
    d.members.map((m) => {
      let v = memo.values.get(m.index);
      if (v === undefined) memo.values.set(m.index, (v = `${m.currency ?? m.claim.unit}:${m.claim.value}`));
      return v;
    }),
    compareCodePoints,
  );
  const entities = d.shared.filter((t) => ctx.vocab.kinds[t] === KIND.entity);
  const terms = d.shared.filter((t) => ctx.vocab.kinds[t] === KIND.term);
  return {
    id: hashId(d.code, factKey(d.members, ctx), ...values),
    kind: d.kind,
    code: d.code,
    severity: d.severity,
    fact: factLabel(d.members, d.shared, ctx),
    claims: d.members.map((m) => m.claim.id),
    ratio: d.ratio,
    confidence: Math.round(d.confidence * 1000) / 1000,
    basis: {
      entities: entities.map((e) => entityName(e, ctx)),
      terms: terms.map((t) => (ctx.vocab.names[t] ?? '').slice(2)),
      measure: commonMeasure(d.members),
      period: commonPeriod(d.members)?.label ?? null,
    },
    sameOriginal: sameOriginal(d.members, ctx.aliases, memo.attributions),
    data: d.data,
  };
}

/** Ids must be unique: a collision (same code, fact and values twice) is broken by the claim ids. */
export function uniqueIds(findings: Finding[]): void {
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(f.id)) f.id = hashId(f.id, ...[...f.claims].sort(compareCodePoints));
    seen.add(f.id);
  }
}

/** Compares by Unicode code point (not UTF-16 unit, not locale), so the order is the same everywhere. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // At the first difference, move surrogates above the rest of the BMP: that is code-point order.
    if (x >= 0xd800) x += x >= 0xe000 ? -0x800 : 0x2000;
    if (y >= 0xd800) y += y >= 0xe000 ? -0x800 : 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Severity, kind, code (in their declared order), first claim's document and offset, then id. */
export function sortFindings(findings: Finding[], claimAt: (id: string) => { document: string; start: number } | undefined): Finding[] {
  const kinds = FindingKind.options;
  const codes = FindingCode.options;
  // The keys are worked out once per finding, documents ranked once: the comparator then reads numbers.
  const firsts = findings.map((f) => claimAt(f.claims[0] ?? ''));
  const documents = [...new Set(firsts.map((c) => c?.document ?? ''))].sort(compareCodePoints);
  const rank = new Map(documents.map((d, r) => [d, r]));
  const n = findings.length;
  const head = new Int32Array(n);
  const document = new Int32Array(n);
  const start = new Float64Array(n);
  findings.forEach((f, k) => {
    const c = firsts[k];
    head[k] = (SEVERITY_ORDER[f.severity] * kinds.length + kinds.indexOf(f.kind)) * codes.length + codes.indexOf(f.code);
    document[k] = rank.get(c?.document ?? '') as number;
    start[k] = c?.start ?? 0;
  });
  const order = [...findings.keys()].sort(
    (x, y) =>
      (head[x] as number) - (head[y] as number) ||
      (document[x] as number) - (document[y] as number) ||
      (start[x] as number) - (start[y] as number) ||
      compareCodePoints((findings[x] as Finding).id, (findings[y] as Finding).id),
  );
  const sorted = order.map((k) => findings[k] as Finding);
  sorted.forEach((f, k) => (findings[k] = f));
  return findings;
}
