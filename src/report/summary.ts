// Report → the one-line summary that closes the terminal report (and is all the terminal gets with --output).
import type { ChalkInstance } from 'chalk';
import type { Report } from './model.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(report: Report, color: ChalkInstance): string {
  const s = report.summary;
  if (s === null) return `${plural(report.documents.length, 'document')}, ${plural(report.claims.length, 'figure')}.`;
  const conflicts = s.conflicts.error + s.conflicts.warning + s.conflicts.info;
  const parts = [
    plural(s.documents, 'document'),
    `${plural(s.claims, 'figure')} (${s.compared} compared across sources, ${s.unmatched} stood alone)`,
    `${plural(conflicts, 'conflict')}: ${color.red(`${s.conflicts.error} error`)}, ${color.yellow(`${s.conflicts.warning} warning`)}`,
    plural(s.conversions, 'conversion problem'),
    plural(s.agreements, 'agreement'),
  ];
  if (s.suppressed > 0) parts.push(`${s.suppressed} suppressed`);
  return `${parts.join(' · ')}.`;
}
