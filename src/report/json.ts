// Report → JSON text: the full result, matching CheckOutputSchema / ExtractOutputSchema.
import type { Report, ReportOptions } from './model.js';
import { describeDiagnosis, describeFinding } from './describe.js';
import { SCHEMA_VERSION } from './schema.js';
import { viewOf } from './view.js';

export function toJsonValue(report: Report): Record<string, unknown> {
  const head: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  if (report.generatedAt !== null) head.generatedAt = report.generatedAt;
  if (report.command === 'extract') {
    return { ...head, documents: report.documents, claims: report.claims, problems: report.problems };
  }
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  return {
    ...head,
    documents: report.documents,
    claims: report.claims,
    findings: viewOf(report).findings.map((f) => ({ ...f, diagnosis: describeDiagnosis(f), message: describeFinding(f, byId) })),
    unmatched: report.unmatched,
    summary: report.summary,
    problems: report.problems,
  };
}

export function json(report: Report, _options: ReportOptions): string {
  return `${JSON.stringify(toJsonValue(report), null, 2)}\n`;
}
