// Report → the derived views every reporter shares: claims by id, the outlet of a document, one total
// order for findings, findings grouped by fact. Pure helpers; no wording (that is describe.ts).
import type { Finding, Severity } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import type { DocumentInfo } from '../sources/schema.js';
import { LineIndex, type LineColumn } from '../sources/positions.js';
import { formatGrouped } from './grouped.js';
import type { Report } from './model.js';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Code-point order, never localeCompare: the same bytes on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ReportView {
  report: Report;
  /** The report's claims by id. */
  claimsById: ReadonlyMap<string, Claim>;
  claim(id: string): Claim | undefined;
  document(id: string): DocumentInfo | undefined;
  /** Publisher when known, else the document id (the file). */
  outlet(documentId: string): string;
  /** Findings in the one total order: severity, code, first claim's path and offset, id. */
  findings: Finding[];
}

export function viewOf(report: Report): ReportView {
  const claims = new Map<string, Claim>();
  for (const c of report.claims) claims.set(c.id, c);
  const documents = new Map<string, DocumentInfo>();
  for (const d of report.documents) documents.set(d.id, d);
  // Each finding's first claim looked up once, not at every comparison of the sort.
  const keyed = report.findings.map((f) => {
    const first = f.claims[0] === undefined ? undefined : claims.get(f.claims[0]);
    return { f, document: first?.document ?? '', start: first?.start ?? 0 };
  });
  keyed.sort(
    (a, b) =>
      SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
      compareText(a.f.code, b.f.code) ||
      compareText(a.document, b.document) ||
      a.start - b.start ||
      compareText(a.f.id, b.f.id),
  );
  const findings = keyed.map((k) => k.f);
  return {
    report,
    claimsById: claims,
    claim: (id) => claims.get(id),
    document: (id) => documents.get(id),
    outlet: (id) => documents.get(id)?.publisher ?? id,
    findings,
  };
}

export interface FactGroup {
  fact: string;
  findings: Finding[];
}

/** Findings grouped by fact; groups ordered by their first (most severe) finding. */
export function groupByFact(findings: readonly Finding[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const f of findings) {
    const group = groups.get(f.fact);
    if (group) group.findings.push(f);
    else groups.set(f.fact, { fact: f.fact, findings: [f] });
  }
  return [...groups.values()];
}

export function isProblem(f: Finding): boolean {
  return f.kind !== 'agreement';
}

/**
 * A document id → the file it came from: "data.json#3" (one record of a JSON file) → "data.json".
 * Paths are relative with "/" already (sources stage).
 */
export function fileOf(documentId: string): string {
  const hash = documentId.lastIndexOf('#');
  return hash > 0 && /^\d+$/.test(documentId.slice(hash + 1)) ? documentId.slice(0, hash) : documentId;
}

/**
 * Where the claim's span ends: 1-based line and exclusive column (one past the last code unit), derived from
 * its start and its text with the sources stage's one line helper. On one line the width in the original
 * text is end - start (markup inside the span counts there).
 */
export function claimEnd(c: Claim): LineColumn {
  const last = new LineIndex(c.text).locate(c.text.length);
  if (last.line === 1) return { line: c.line, column: c.column + Math.max(c.end - c.start, c.text.length) };
  return { line: c.line + last.line - 1, column: last.column };
}

export function formatNumber(n: number): string {
  return Math.abs(n) >= 1000 ? formatGrouped(n) : String(n);
}

export function formatValue(c: Claim): string {
  const unit = c.unit === 'percent' ? '%' : ` ${c.unit}`;
  return `${formatNumber(c.value)}${unit}`;
}
