// --baseline FILE, --update-baseline, --prune-baseline: reads and writes the baseline file and applies it to a
// check report. The logic is src/report/baseline.ts; this file is its I/O. main() calls applyBaselineFile
// between check() and the reporter, writes the notes to stderr, and computes the exit code from the
// returned report's findings, so suppressed findings never fail a run.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Report } from '../report/model.js';
import { applyBaseline, changeBaseline, parseBaseline, serializeBaseline, summaryWithout, type Baseline } from '../report/baseline.js';
import { InputError, UsageError } from './errors.js';
import { writeAtomic } from './write.js';

export interface BaselineFlags {
  baseline?: string | undefined;
  updateBaseline: boolean;
  pruneBaseline: boolean;
}

export interface BaselineOutcome {
  /** The report without the suppressed findings; summary.suppressed counts them. */
  report: Report;
  /** One line each, for stderr: what was written. */
  notes: string[];
}

/** Reads a baseline; null when the file does not exist and `missingOk`. Errors name the file and field. */
export async function readBaselineFile(path: string, missingOk: boolean, shown = path): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    if (code === 'ENOENT' && missingOk) return null;
    throw new InputError(`${shown}: cannot read the baseline (${code})`);
  }
  const parsed = parseBaseline(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) throw new InputError(`${shown}: invalid baseline: ${parsed.error}`);
  return parsed.value;
}

export async function applyBaselineFile(report: Report, flags: BaselineFlags, cwd: string): Promise<BaselineOutcome> {
  const changing = flags.updateBaseline || flags.pruneBaseline;
  if (flags.baseline === undefined) {
    if (changing) throw new UsageError(`--${flags.updateBaseline ? 'update' : 'prune'}-baseline needs --baseline <file>`);
    return { report, notes: [] };
  }
  if (report.command !== 'check' || report.summary === null) return { report, notes: [] };
  const path = resolve(cwd, flags.baseline);
  let baseline = await readBaselineFile(path, flags.updateBaseline, flags.baseline);
  const notes: string[] = [];
  if (changing) {
    const change = changeBaseline(baseline, report.findings, { update: flags.updateBaseline, prune: flags.pruneBaseline });
    await writeAtomic(path, serializeBaseline(change.baseline)).catch((error: unknown) => {
      const reason = error instanceof Error ? (/\(([^)]*)\)$/.exec(error.message)?.[1] ?? error.message) : String(error);
      throw new InputError(`${flags.baseline}: cannot write the baseline (${reason})`);
    });
    baseline = change.baseline;
    notes.push(`${flags.baseline}: ${change.baseline.findings.length} findings recorded (${change.added} added, ${change.removed} removed)`);
  }
  if (baseline === null) return { report, notes };
  const { kept, suppressed } = applyBaseline(report.findings, baseline);
  return { report: { ...report, findings: kept, summary: summaryWithout(report.summary, suppressed) }, notes };
}
