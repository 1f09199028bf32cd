// Baselines, the pure part: a baseline records findings already known, by their stable id, so CI fails only
// on new ones. (findings, baseline) → kept findings and the number suppressed; (baseline, findings) → the
// content of an updated or pruned baseline. Reading and writing the file is src/cli/baseline.ts.
import { z } from 'zod';
import type { Finding, Summary } from '../compare/schema.js';
import { compareText, isProblem } from './view.js';

export const BASELINE_VERSION = 1;

export const BaselineEntrySchema = z.strictObject({
  id: z.string().min(1).describe('The finding\'s stable id'),
  code: z.string().min(1).describe('The finding code, for people reading the file'),
  fact: z.string().describe('The fact, for people reading the file'),
  reason: z.string().optional().describe('Why this finding is accepted; kept across updates'),
});
export type BaselineEntry = z.infer<typeof BaselineEntrySchema>;

export const BaselineSchema = z.strictObject({
  version: z.literal(BASELINE_VERSION),
  findings: z.array(BaselineEntrySchema),
});
export type Baseline = z.infer<typeof BaselineSchema>;

export interface Applied {
  kept: Finding[];
  suppressed: Finding[];
}

/** Splits findings into those the baseline does not know (kept) and those it records (suppressed). */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Applied {
  const known = new Set(baseline.findings.map((e) => e.id));
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) (known.has(f.id) ? suppressed : kept).push(f);
  return { kept, suppressed };
}

/** The summary after suppression: each suppressed finding leaves the counter it was in, and is counted as suppressed. */
export function summaryWithout(summary: Summary, suppressed: readonly Finding[]): Summary {
  const conflicts = { ...summary.conflicts };
  let { conversions, agreements } = summary;
  for (const f of suppressed) {
    if (f.kind === 'conversion') conversions--;
    else if (f.kind === 'agreement') agreements--;
    else conflicts[f.severity]--;
  }
  return { ...summary, conflicts, conversions, agreements, suppressed: summary.suppressed + suppressed.length };
}

function entryOf(f: Finding, previous: BaselineEntry | undefined): BaselineEntry {
  const entry: BaselineEntry = { id: f.id, code: f.code, fact: f.fact };
  if (previous?.reason !== undefined) entry.reason = previous.reason;
  return entry;
}

function sorted(entries: Iterable<BaselineEntry>): Baseline {
  return { version: BASELINE_VERSION, findings: [...entries].sort((a, b) => compareText(a.id, b.id)) };
}

export interface BaselineChange {
  baseline: Baseline;
  added: number;
  removed: number;
}

/**
 * The baseline after --update-baseline (add every current finding) and/or --prune-baseline (drop entries
 * that no longer occur). Agreements are never recorded: they are not problems. Reasons are kept.
 */
export function changeBaseline(
  previous: Baseline | null,
  findings: readonly Finding[],
  how: { update: boolean; prune: boolean },
): BaselineChange {
  const before = new Map((previous?.findings ?? []).map((e) => [e.id, e]));
  const current = new Map(findings.filter(isProblem).map((f) => [f.id, f]));
  const after = new Map<string, BaselineEntry>();
  for (const [id, entry] of before) {
    const f = current.get(id);
    if (f) after.set(id, entryOf(f, entry));
    else if (!how.prune) after.set(id, entry);
  }
  let added = 0;
  if (how.update) {
    for (const [id, f] of current) {
      if (after.has(id)) continue;
      after.set(id, entryOf(f, undefined));
      added++;
    }
  }
  return { baseline: sorted(after.values()), added, removed: before.size - (after.size - added) };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses baseline JSON text; the error is one line naming the field ("findings[2].id: ..."). */
export function parseBaseline(text: string): { value: Baseline } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = BaselineSchema.safeParse(raw);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).reduce<string>(
    (p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${String(k)}` : String(k)),
    '',
  );
  return { error: `${path || '(top level)'}: ${issue?.message ?? 'invalid'}` };
}
