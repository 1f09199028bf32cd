// Report → JSON text: the full result, matching CheckOutputSchema / ExtractOutputSchema.
import type { Finding } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import type { Report, ReportOptions } from './model.js';
import { describeDiagnosis, describeFinding } from './describe.js';
import { SCHEMA_VERSION } from './schema.js';
import { viewOf, type ReportView } from './view.js';

type ReportedFinding = Finding & { diagnosis: string; message: string };

/** Findings as the JSON output shows them: with the diagnosis and message in words. */
export function reportedFindings(byId: ReadonlyMap<string, Claim>): (findings: Finding[]) => ReportedFinding[] {
  return (findings) => findings.map((f) => ({ ...f, diagnosis: describeDiagnosis(f), message: describeFinding(f, byId) }));
}

/**
 * The output as one value. With `findings: false` the findings are left in order but without their wording
 * (stream.ts words them a slice at a time).
 */
export function toJsonValue(report: Report, { findings = true, view }: { findings?: boolean; view?: ReportView } = {}): Record<string, unknown> {
  const head: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  if (report.generatedAt !== null) head.generatedAt = report.generatedAt;
  if (report.command === 'extract') {
    return { ...head, documents: report.documents, claims: report.claims, problems: report.problems };
  }
  const { claimsById, findings: sorted } = view ?? viewOf(report);
  return {
    ...head,
    documents: report.documents,
    claims: report.claims,
    findings: findings ? reportedFindings(claimsById)(sorted) : sorted,
    unmatched: report.unmatched,
    summary: report.summary,
    problems: report.problems,
  };
}

export function json(report: Report, _options: ReportOptions): string {
  return `${JSON.stringify(toJsonValue(report), null, 2)}\n`;
}
