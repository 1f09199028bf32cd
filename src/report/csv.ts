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

function csvRows(header: readonly string[], rows: Cell[][], bom: boolean): string {
  const lines = [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `${bom ? '\uFEFF' : ''}${lines.map((l) => `${l}\r\n`).join('')}`;
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

function findingRows(view: ReportView, usd: UsdConverter): Cell[][] {
  const rows: Cell[][] = [];
  for (const f of view.findings) {
    const diagnosis = describeDiagnosis(f);
    for (const id of f.claims) {
      const c = view.claim(id);
      rows.push([
        f.id, f.kind, f.code, f.severity, f.fact, id, c?.document ?? null,
        c ? (view.document(c.document)?.publisher ?? null) : null, c?.line ?? null, c?.column ?? null,
        c?.text ?? null, c?.value ?? null, c?.unit ?? null, c ? usd(c, view.document(c.document)?.published ?? null) : null, f.ratio, diagnosis,
      ]);
    }
  }
  return rows;
}

export function csv(report: Report, options: ReportOptions): string {
  const view = viewOf(report);
  const usd = usdConverter(report.rates);
  return report.command === 'extract'
    ? csvRows(EXTRACT_COLUMNS, report.claims.map((c) => claimRow(view, usd, c)), options.bom)
    : csvRows(CHECK_COLUMNS, findingRows(view, usd), options.bom);
}
