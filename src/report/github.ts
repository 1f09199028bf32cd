// Report → GitHub Actions workflow commands: an annotation per finding, most severe first, then the plain
// report. GitHub shows at most 10 annotations of a level per step (50 per job), so at most 10 per level are
// printed and one line says how many more there are; the full report follows on stdout, without colour.
import { Chalk } from 'chalk';
import type { Finding, Severity } from '../compare/schema.js';
import type { Report, ReportOptions } from './model.js';
import { describeFinding, describeHiddenAnnotations } from './describe.js';
import { table } from './table.js';
import { claimEnd, fileOf, isProblem, SEVERITIES, viewOf, type ReportView } from './view.js';

export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message of a workflow command: %, CR and LF escaped (GitHub's escapeData). */
export function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value: escapeData plus ":" and "," (GitHub's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function annotation(view: ReportView, f: Finding, byId: Parameters<typeof describeFinding>[1]): string {
  const props: string[] = [];
  const first = f.claims[0] === undefined ? undefined : view.claim(f.claims[0]);
  // stdin has no file in the repository to attach to: the annotation then stands on the run.
  if (first && first.document !== '-') {
    const end = claimEnd(first);
    props.push(`file=${escapeProperty(fileOf(first.document))}`, `line=${first.line}`);
    // GitHub takes columns only on a one-line span; its endColumn is read as the last column of the span.
    if (end.line === first.line) props.push(`col=${first.column}`, `endColumn=${Math.max(first.column, end.column - 1)}`);
    else props.push(`endLine=${end.line}`);
  }
  props.push(`title=${escapeProperty(`${f.fact} (${f.code})`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(describeFinding(f, byId))}\n`;
}

export function github(report: Report, options: ReportOptions): string {
  const view = viewOf(report);
  const byId = view.claimsById;
  const problems = view.findings.filter(isProblem);
  let out = '';
  let hidden = 0;
  for (const severity of SEVERITIES) {
    const all = problems.filter((f) => f.severity === severity);
    for (const f of all.slice(0, ANNOTATIONS_PER_LEVEL)) out += annotation(view, f, byId);
    hidden += Math.max(0, all.length - ANNOTATIONS_PER_LEVEL);
  }
  if (hidden > 0) out += `${describeHiddenAnnotations(hidden, ANNOTATIONS_PER_LEVEL)}\n`;
  return `${out}\n${table(report, { ...options, color: new Chalk({ level: 0 }) })}`;
}
