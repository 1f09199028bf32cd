// Report → terminal text: claims (extract) or findings grouped by fact (check), then a summary line.
// Colour comes in as a Chalk instance; cli-table3's own styling is switched off so NO_COLOR holds.
// Laid out for 100 columns when the width is unknown (not a TTY), wider when the terminal is.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import type { Report, ReportOptions } from './model.js';
import { drawTable } from './grid.js';
import { describeBasis, describeConfidence, describeOriginal, diagnosisSentence, formatRatio } from './describe.js';
import { summaryLine } from './summary.js';
import { formatValue, groupByFact, viewOf, type ReportView } from './view.js';

export { formatValue } from './view.js';

const noColor = new Chalk({ level: 0 });
const DEFAULT_WIDTH = 100;
const MAX_WIDTH = 160;

export function paint(color: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? color.red.bold(text) : severity === 'warning' ? color.yellow(text) : color.cyan(text);
}

/** Article text on a terminal: control characters (escape sequences included) dropped, line breaks kept. */
export function termSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n?/g, '\n').replaceAll('\t', ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function widthOf(options: ReportOptions): number {
  return options.columns > 0 ? Math.min(Math.max(options.columns, 80), MAX_WIDTH) : DEFAULT_WIDTH;
}

/** Greedy word wrap for prose lines (diagnoses, sentences); every line starts with `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}${l}\n`).join('');
}

/** The sentence with its figure marked: underlined in colour, [bracketed] without. */
function highlight(c: Claim, color: ChalkInstance): string {
  const sentence = termSafe(c.sentence).replace(/\s+/g, ' ');
  const text = termSafe(c.text).replace(/\s+/g, ' ');
  const at = sentence.indexOf(text);
  if (at < 0) return sentence;
  const mark = color.level > 0 ? color.bold.underline(text) : `[${text}]`;
  return `${sentence.slice(0, at)}${mark}${sentence.slice(at + text.length)}`;
}

const clamp = (n: number, low: number, high: number) => Math.min(Math.max(n, low), high);
/** The longest line of any cell; a loop, not Math.max(...lines): a spread of 260,000 lines overflows the stack. */
const longest = (cells: string[]) => {
  let most = 0;
  for (const cell of cells) for (const line of cell.split('\n')) most = Math.max(most, line.length);
  return most;
};

interface SourceRow {
  source: string;
  plainSource: string;
  line: string;
  text: string;
  value: string;
}

function sourceRow(view: ReportView, id: string, color: ChalkInstance): SourceRow {
  const c = view.claim(id);
  if (!c) return { source: id, plainSource: id, line: '', text: '', value: '' };
  const doc = view.document(c.document);
  const file = termSafe(c.document);
  const plainSource = doc?.publisher ? `${termSafe(doc.publisher)}\n${file}` : file;
  const source = doc?.publisher ? `${termSafe(doc.publisher)}\n${color.dim(file)}` : file;
  return { source, plainSource, line: String(c.line), text: termSafe(c.text), value: formatValue(c) };
}

/** Column widths for every sources table of a report, sized to the content, the text taking what is left. */
function layoutFor(view: ReportView, ids: readonly string[], width: number): number[] {
  const rows = ids.map((id) => sourceRow(view, id, noColor));
  const source = clamp(longest(rows.map((r) => r.plainSource)) + 2, 10, 34);
  const line = clamp(longest(rows.map((r) => r.line)) + 2, 6, 8);
  const value = clamp(longest(rows.map((r) => r.value)) + 2, 7, 26);
  return [source, line, Math.max(12, width - source - line - value - 5), value];
}

function sourcesTable(view: ReportView, ids: readonly string[], layout: number[], color: ChalkInstance): string {
  const head = ['Source', 'Line', 'Text', 'Value'].map((h) => color.bold(h));
  const rows = ids.map((id) => sourceRow(view, id, color)).map((r) => [r.source, r.line, r.text, r.value]);
  return `${drawTable(head, rows, layout)}\n`;
}

function findingBlock(view: ReportView, f: Finding, width: number, layout: number[], options: ReportOptions): string {
  const { color } = options;
  const label = paint(color, f.severity, f.severity.toUpperCase());
  let out = `  ${label} ${color.bold(f.code)} ${formatRatio(f.ratio)}\n`;
  out += wrap(`${diagnosisSentence(f)} ${describeOriginal(f)}`, width, '  ');
  out += sourcesTable(view, f.claims, layout, color);
  if (options.explain) {
    for (const id of f.claims) {
      const c = view.claim(id);
      if (!c) continue;
      out += `  ${termSafe(view.outlet(c.document))}, ${termSafe(c.document)}:${c.line}:${c.column}\n`;
      out += wrap(highlight(c, color), width, '    ');
    }
    out += wrap(`${describeBasis(f)} ${describeConfidence(f)}`, width, '  ');
  }
  return out;
}

function findingsReport(report: Report, options: ReportOptions): string {
  const view = viewOf(report);
  const width = widthOf(options);
  const shown = view.findings.filter((f) => f.kind !== 'agreement' || options.showAgreements);
  const unmatched = options.showUnmatched ? report.unmatched : [];
  const layout = layoutFor(view, [...shown.flatMap((f) => f.claims), ...unmatched], width);
  let out = shown.length === 0 ? 'No disagreements found.\n' : '';
  for (const group of groupByFact(shown)) {
    out += `\n${options.color.bold(termSafe(group.fact))}\n`;
    for (const f of group.findings) out += findingBlock(view, f, width, layout, options);
  }
  if (unmatched.length > 0) {
    out += `\n${options.color.bold('Unmatched figures')} (nothing comparable in another source)\n`;
    out += sourcesTable(view, unmatched, layout, options.color);
  }
  return out;
}

function claimsReport(report: Report, options: ReportOptions): string {
  if (report.claims.length === 0) return 'No figures found.\n';
  const view = viewOf(report);
  const { color } = options;
  const width = widthOf(options);
  const where = (c: Claim, paint: ChalkInstance) => {
    const at = `${termSafe(c.document)}:${c.line}:${c.column}`;
    const publisher = view.document(c.document)?.publisher;
    return publisher ? `${termSafe(publisher)}\n${paint.dim(at)}` : at;
  };
  const plain = report.claims.map((c) => [where(c, noColor), formatValue(c), c.qualifier ?? '', termSafe(c.period?.label ?? '')]);
  const fixed = [34, 24, 12, 14].map((cap, i) => clamp(longest(plain.map((r) => r[i] ?? '')) + 2, 8, cap));
  const head = ['Source', 'Value', 'Qualifier', 'Period', 'Text'].map((h) => color.bold(h));
  const rows = report.claims.map((c, i) => {
    const [, value = '', qualifier = '', period = ''] = plain[i] ?? [];
    return [where(c, color), value, qualifier, period, options.explain ? highlight(c, color) : termSafe(c.text)];
  });
  return `${drawTable(head, rows, [...fixed, Math.max(12, width - fixed.reduce((a, b) => a + b, 0) - 6)])}\n`;
}

export function table(report: Report, options: ReportOptions): string {
  const body = report.command === 'extract' ? claimsReport(report, options) : findingsReport(report, options);
  return `${body}\n${summaryLine(report, options.color, widthOf(options))}\n`;
}
