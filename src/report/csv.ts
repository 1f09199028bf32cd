// Report → RFC 4180 CSV for spreadsheets: one row per claim within a finding (check) or per claim (extract).
// CRLF line ends; a field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled. Text cells
// starting with = + - @ tab or CR get a leading ' so a spreadsheet never runs them as formulas; numbers stay
// plain numbers (a negative number is a number, not a formula). Column order is part of the contract (README).
import type { Claim } from '../extract/schema.js';
import type { Report, ReportOptions } from './model.js';
import { describeDiagnosis } from './describe.js';
import { usdConverter, type UsdConverter } from './usd.js';
import { viewOf, type ReportView } from './view.js';

/** A text cell, a number cell, or empty. */
type Cell = string | number | null;

export const CHECK_COLUMNS = [
  'finding_id', 'kind', 'code', 'severity', 'fact', 'claim_id', 'document', 'publisher', 'line', 'column',
  'text', 'value', 'unit', 'value_usd', 'ratio', 'diagnosis',
] as const;

export const EXTRACT_COLUMNS = [
  'claim_id', 'document', 'publisher', 'published', 'line', 'column', 'text', 'kind', 'value', 'unit',
  'value_usd', 'scale', 'qualifier', 'low', 'high', 'per', 'period', 'period_start', 'period_end', 'measure',
  'entities', 'attribution', 'modality', 'equivalent_of', 'sentence',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvText(s: string): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  // Non-finite numbers cannot come from JSON-shaped claims; an empty cell is the honest rendering.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return csvText(cell);
}

function csvLine(row: readonly Cell[]): string {
  let line = '';
  for (const [i, cell] of row.entries()) line += i === 0 ? csvCell(cell) : `,${csvCell(cell)}`;
  return `${line}\r\n`;
}

function claimRow(view: ReportView, usd: UsdConverter, c: Claim): Cell[] {
  const doc = view.document(c.document);
  return [
    c.id, c.document, doc?.publisher ?? null, doc?.published ?? null, c.line, c.column, c.text, c.kind, c.value,
    c.unit, usd(c, doc?.published ?? null), c.scale, c.qualifier, c.low, c.high, c.per, c.period?.label ?? null,
    c.period?.start ?? null, c.period?.end ?? null, c.subject.measure, c.subject.entities.join('; '),
    c.attribution, c.modality, c.equivalentOf, c.sentence,
  ];
}

function* findingRows(view: ReportView, usd: UsdConverter): Generator<Cell[]> {
  for (const f of view.findings) {
    const diagnosis = describeDiagnosis(f);
    for (const id of f.claims) {
      const c = view.claim(id);
      yield [
        f.id, f.kind, f.code, f.severity, f.fact, id, c?.document ?? null,
        c ? (view.document(c.document)?.publisher ?? null) : null, c?.line ?? null, c?.column ?? null,
        c?.text ?? null, c?.value ?? null, c?.unit ?? null, c ? usd(c, view.document(c.document)?.published ?? null) : null, f.ratio, diagnosis,
      ];
    }
  }
}

/** The CSV text a line at a time: an extract of a big run is more than one string can hold. */
export function* csvParts(report: Report, options: ReportOptions): Generator<string> {
  const view = viewOf(report);
  const usd = usdConverter(report.rates);
  const header = report.command === 'extract' ? EXTRACT_COLUMNS : CHECK_COLUMNS;
  yield `${options.bom ? '\uFEFF' : ''}${header.join(',')}\r\n`;
  if (report.command === 'extract') for (const c of report.claims) yield csvLine(claimRow(view, usd, c));
  else for (const row of findingRows(view, usd)) yield csvLine(row);
}

export function csv(report: Report, options: ReportOptions): string {
  return [...csvParts(report, options)].join('');
}
