// Report → the summary that closes the terminal report (and is all the terminal gets with --output).
// One line; given a width, it breaks between its parts so it stays readable at 100 columns.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from './model.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const SEPARATOR = ' · ';

function parts(report: Report, color: ChalkInstance): string[] {
  const s = report.summary;
  if (s === null) return [plural(report.documents.length, 'document'), plural(report.claims.length, 'figure')];
  const conflicts = s.conflicts.error + s.conflicts.warning + s.conflicts.info;
  const info = s.conflicts.info > 0 ? `, ${color.cyan(plural(s.conflicts.info, 'note'))}` : '';
  const out = [
    plural(s.documents, 'document'),
    `${plural(s.claims, 'figure')} (${s.compared} compared across sources, ${s.unmatched} stood alone)`,
    `${plural(conflicts, 'conflict')}: ${color.red(plural(s.conflicts.error, 'error'))}, ${color.yellow(plural(s.conflicts.warning, 'warning'))}${info}`,
    plural(s.conversions, 'conversion problem'),
    plural(s.agreements, 'agreement'),
  ];
  if (s.suppressed > 0) out.push(`${s.suppressed} suppressed`);
  return out;
}

export function summaryLine(report: Report, color: ChalkInstance, width = Infinity): string {
  const coloured = parts(report, color);
  const plain = parts(report, new Chalk({ level: 0 }));
  const lines: string[] = [];
  let line = '';
  let length = 0;
  coloured.forEach((part, i) => {
    const size = (plain[i] ?? part).length;
    if (line && length + SEPARATOR.length + size + 1 > width) {
      lines.push(`${line}${SEPARATOR.trimEnd()}`);
      line = part;
      length = size;
    } else {
      line = line ? `${line}${SEPARATOR}${part}` : part;
      length += line === part ? size : SEPARATOR.length + size;
    }
  });
  lines.push(`${line}.`);
  return lines.join('\n');
}
