// Report → terminal text: claims (extract) or findings grouped by fact (check), then a summary line.
// Colour comes in as a Chalk instance; cli-table3's own styling is switched off so NO_COLOR holds.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import type { Report, ReportOptions } from './model.js';
import { describeDiagnosis } from './describe.js';
import { summaryLine } from './summary.js';

const plainStyle = { head: [], border: [] };

export function paint(color: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? color.red.bold(text) : severity === 'warning' ? color.yellow(text) : color.cyan(text);
}

export function formatValue(c: Claim): string {
  const v = Math.abs(c.value) >= 1000 ? c.value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(c.value);
  return c.kind === 'money' ? `${v} ${c.unit}` : c.kind === 'percent' ? `${v} ${c.unit}` : `${v} ${c.unit}`;
}

function claimsTable(report: Report, options: ReportOptions): string {
  const { color } = options;
  const table = new Table({
    head: ['Where', 'Text', 'Kind', 'Value', 'Qualifier', 'Period', 'Subject'].map((h) => color.bold(h)),
    style: plainStyle,
    wordWrap: true,
  });
  for (const c of report.claims) {
    table.push([
      `${c.document}:${c.line}:${c.column}`,
      c.text,
      c.kind,
      formatValue(c),
      c.qualifier ?? '',
      c.period?.label ?? '',
      [c.subject.measure, ...c.subject.entities.slice(0, 2)].filter(Boolean).join(', '),
    ]);
  }
  return report.claims.length === 0 ? 'No figures found.\n' : `${table.toString()}\n`;
}

function findingRows(f: Finding, byId: ReadonlyMap<string, Claim>, options: ReportOptions): string[][] {
  const rows = f.claims.map((id, i) => {
    const c = byId.get(id);
    const where = c ? `${c.document}:${c.line}` : id;
    return [i === 0 ? f.fact : '', where, c ? c.text : '', c ? formatValue(c) : '', '', ''];
  });
  const first = rows[0];
  if (first) {
    first[4] = `×${Number(f.ratio.toPrecision(4))}\n${describeDiagnosis(f)}`;
    first[5] = paint(options.color, f.severity, f.severity);
  }
  return rows;
}

function findingsTable(report: Report, options: ReportOptions): string {
  const { color } = options;
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  const shown = report.findings.filter((f) => f.kind !== 'agreement' || options.showAgreements);
  let out = '';
  if (shown.length > 0) {
    const table = new Table({
      head: ['Fact', 'Source', 'Text', 'Value', 'Diagnosis', 'Severity'].map((h) => color.bold(h)),
      style: plainStyle,
      wordWrap: true,
      colWidths: options.columns >= 100 ? [24, 22, 20, 18, Math.max(20, options.columns - 120), 10] : [],
    });
    for (const f of shown) for (const row of findingRows(f, byId, options)) table.push(row);
    out += `${table.toString()}\n`;
  }
  if (options.showUnmatched && report.unmatched.length > 0) {
    out += `\nUnmatched figures (nothing comparable in another source):\n`;
    for (const id of report.unmatched) {
      const c = byId.get(id);
      if (c) out += `  ${c.document}:${c.line}:${c.column}  ${c.text}\n`;
    }
  }
  return out;
}

export function table(report: Report, options: ReportOptions): string {
  const body = report.command === 'extract' ? claimsTable(report, options) : findingsTable(report, options);
  return `${body}${summaryLine(report, options.color)}\n`;
}
