// The compare stage: Claim[] (+ the documents) → findings (conflicts, conversions, agreements),
// the ids of claims that stood alone, and a summary. Pure: no I/O, same input → same output.
import type { Claim } from '../extract/schema.js';
import type { DocumentInfo } from '../sources/schema.js';
import { groupFacts } from './facts.js';
import { sortFindings, toFinding, uniqueIds, compareCodePoints, type Context, type Draft } from './findings.js';
import { prepareClaims, type Prepared } from './prepare.js';
import { makeRates, type RateOverrides } from './rates.js';
import type { Finding, Summary } from './schema.js';
import { bareEntity, Vocabulary } from './subjects.js';
import { conversionDraft, factDrafts } from './verdicts.js';

export { parseRateOverrides, RateOverridesSchema, type RateOverrides } from './rates.js';

export interface CompareOptions {
  /** Exchange rates that replace or extend the built-in table: { currency: { year: unitsPerUSD } }. */
  rates?: RateOverrides;
  /** Entity aliases, e.g. "FT" → "Financial Times" (case-insensitive). */
  aliases?: ReadonlyMap<string, string>;
  /** Extra relative slack when values are taken as equal (0.02 = 2%). Default 0. */
  tolerance?: number;
}

export interface Comparison {
  findings: Finding[];
  /** Ids of claims with nothing comparable in another document. */
  unmatched: string[];
  summary: Summary;
}

export function compareClaims(claims: Claim[], documents: DocumentInfo[], options: CompareOptions = {}): Comparison {
  const rates = makeRates(options.rates ?? {});
  const aliases = new Map<string, string>();
  for (const [from, to] of options.aliases ?? []) aliases.set(bareEntity(from), to);
  const vocab = new Vocabulary();
  const prepared = prepareClaims(claims, documents, rates, vocab, aliases, Math.max(0, options.tolerance ?? 0));
  const documentCount = new Set([...documents.map((d) => d.id), ...claims.map((c) => c.document)]).size;
  const { groups, scorer } = groupFacts(prepared, vocab, Math.max(1, documentCount));
  const ctx: Context = { vocab, weight: scorer.weight, aliases };

  const restatements = new Map<number, Prepared[]>();
  for (const p of prepared) {
    if (p.anchor < 0) continue;
    const list = restatements.get(p.anchor) ?? [];
    list.push(p);
    restatements.set(p.anchor, list);
  }
  // A restatement is judged on its anchor's subject: it is the same figure in other money.
  const subjectOf = (p: Prepared): Prepared => (p.anchor >= 0 ? (prepared[p.anchor] as Prepared) : p);

  const drafts: Draft[] = [];
  const compared = new Set<number>();
  for (const group of groups) {
    const members = group.map((i) => prepared[i] as Prepared);
    const restated = members.flatMap((m) => restatements.get(m.index) ?? []);
    for (const set of [members, restated]) {
      if (set.length < 2) continue;
      if (new Set(set.map((m) => m.doc)).size > 1) for (const m of set) compared.add(m.index);
      drafts.push(...factDrafts(set, scorer, set === restated, subjectOf));
    }
  }
  for (const p of prepared) {
    const anchor = p.anchor >= 0 ? prepared[p.anchor] : undefined;
    const draft = anchor === undefined ? null : conversionDraft(anchor, p, rates);
    if (draft !== null) drafts.push(draft);
  }

  const findings = drafts.map((d) => toFinding(d, ctx));
  uniqueIds(findings);
  const byId = new Map(claims.map((c) => [c.id, c]));
  sortFindings(findings, (id) => byId.get(id));

  const unmatched = prepared
    .filter((p) => !compared.has(p.index))
    .map((p) => p.claim)
    .sort((a, b) => compareCodePoints(a.document, b.document) || a.start - b.start || compareCodePoints(a.id, b.id))
    .map((c) => c.id);
  return { findings, unmatched, summary: summarize(findings, documents.length, claims.length, compared.size, unmatched.length) };
}

function summarize(findings: readonly Finding[], documents: number, claims: number, compared: number, unmatched: number): Summary {
  const conflicts = { error: 0, warning: 0, info: 0 };
  let conversions = 0;
  let agreements = 0;
  for (const f of findings) {
    if (f.kind === 'conflict') conflicts[f.severity]++;
    else if (f.kind === 'conversion') conversions++;
    else agreements++;
  }
  return { documents, claims, compared, unmatched, conflicts, conversions, agreements, suppressed: 0 };
}
