// Report → NDJSON: one record a line, for jq and streaming. check: a `finding` record a line (agreements
// included; filter on .kind). extract: `document` records, then `claim` records, then `problem` records; a
// later `claimcheck compare` reads them back (NdjsonRecordSchema in schema.ts is the contract).
import type { z } from 'zod';
import type { Report, ReportOptions } from './model.js';
import { describeDiagnosis, describeFinding } from './describe.js';
import type { Finding } from '../compare/schema.js';
import { SCHEMA_VERSION, type NdjsonRecord, type NdjsonSourceSchema } from './schema.js';
import { viewOf, type ReportView } from './view.js';

type NdjsonSource = z.infer<typeof NdjsonSourceSchema>;

const head = <T extends string>(type: T) => ({ type, schemaVersion: SCHEMA_VERSION }) as const;

export function ndjsonRecords(report: Report): NdjsonRecord[] {
  if (report.command === 'extract') {
    return [
      ...report.documents.map((d) => ({ ...head('document' as const), ...d })),
      ...report.claims.map((c) => ({ ...head('claim' as const), ...c })),
      ...report.problems.map((p) => ({ ...head('problem' as const), ...p })),
    ];
  }
  return [...findingRecords(report)];
}

/** The claims of a finding, resolved, for its `sources`. */
export function findingSources(view: ReportView, f: Finding): NdjsonSource[] {
  return f.claims.flatMap((id) => {
    const c = view.claim(id);
    if (!c) return [];
    const publisher = view.document(c.document)?.publisher ?? null;
    return [{ claim: id, document: c.document, publisher, line: c.line, column: c.column, text: c.text, value: c.value, unit: c.unit }];
  });
}

function* findingRecords(report: Report): Generator<NdjsonRecord> {
  const view = viewOf(report);
  for (const f of view.findings) {
    yield { ...head('finding' as const), ...f, diagnosis: describeDiagnosis(f), message: describeFinding(f, view.claimsById), sources: findingSources(view, f) };
  }
}

export function ndjson(report: Report, _options: ReportOptions): string {
  return ndjsonRecords(report)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');
}
