// Report → the JSON, NDJSON, CSV, SARIF and HTML texts in pieces, for runs too big for one string: V8 caps a
// string at about 512 million characters, and 100,000 articles make well over a million claims. The pieces
// join to exactly the text the reporter returns (a test holds them equal); each is some tens of kilobytes,
// and the CLI writes them as they come (cli/write.ts), so the whole text is never held.
import type { Report, ReportOptions } from './model.js';
import type { Finding } from '../compare/schema.js';
import { reportedFindings, toJsonValue } from './json.js';
import { describeDiagnosis, describeFinding } from './describe.js';
import { findingSources } from './ndjson.js';
import { inPieces } from './pieces.js';
import { SCHEMA_VERSION } from './schema.js';
import { viewOf, type ReportView } from './view.js';
import { csvParts } from './csv.js';
import { htmlPieces } from './html/index.js';
import { sarifParts } from './sarif.js';

export { inPieces } from './pieces.js';

/** Characters of JSON text an array is stringified in at a time: small enough to stay out of V8's large-object space. */
const CHUNK = 1 << 15;

// What JSON.stringify(value, null, 2) writes for `value` nested `depth` levels deep.
const nested = (value: unknown, depth: number): string => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * The items of an array under a top-level key, as JSON.stringify(report, null, 2) writes them, in parts:
 * V8's own stringify (faster than any serializer written in JavaScript on Node 20) on a slice of items at a
 * time, stringified where they sit (under a key, in an array) so the indentation comes out right, and cut out
 * of the wrapper without copying. Slices are sized to about CHUNK characters from what the last one gave.
 */
function* arrayParts<T>(items: readonly T[], shown: (slice: T[]) => unknown[]): Generator<string> {
  yield '[';
  let count = 16;
  for (let j = 0; j < items.length; ) {
    const text = JSON.stringify({ '': shown(items.slice(j, j + count)) }, null, 2);
    if (j > 0) yield ',';
    j += count;
    // The wrapper is `{\n  "": [` … `\n  ]\n}`.
    yield text.slice(9, text.length - 6);
    count = Math.max(1, Math.min(4096, Math.round((count * CHUNK) / text.length)));
  }
  yield '\n  ]';
}

const same = <T>(slice: T[]): T[] => slice;

function* jsonParts(report: Report): Generator<string> {
  const view = report.command === 'check' ? viewOf(report) : undefined;
  const value = toJsonValue(report, { findings: false, ...(view ? { view } : {}) });
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  yield '{';
  for (const [i, key] of keys.entries()) {
    const field = value[key];
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (key === 'findings' && view !== undefined) {
      // Findings get their wording a slice at a time, not all at once.
      const findings = field as Finding[];
      yield* findings.length === 0 ? ['[]'] : arrayParts(findings, reportedFindings(view.claimsById));
    } else if (Array.isArray(field) && field.length > 0) yield* arrayParts(field, same);
    else yield nested(field, 1);
  }
  yield keys.length === 0 ? '}\n' : '\n}\n';
}

export function jsonPieces(report: Report, _options: ReportOptions): Iterable<string> {
  return inPieces(jsonParts(report));
}

// The tag goes in front of the record's own JSON: the same bytes as JSON.stringify({ type, schemaVersion,
// ...record }), without building 20-key objects by spreading (ten times slower on a million claims).
const tagged = (type: string, record: object): string => {
  const body = JSON.stringify(record);
  return `{"type":"${type}","schemaVersion":${SCHEMA_VERSION}${body === '{}' ? '}' : `,${body.slice(1)}`}\n`;
};

// A finding's line the same way: its fields between the tag and the wording, as JSON.stringify({ type,
// schemaVersion, ...finding, diagnosis, message, sources }) writes them. A finding that has one of those
// keys itself (none does) would take them over in place: it goes through the spread.
const OWN_KEYS = ['type', 'schemaVersion', 'diagnosis', 'message', 'sources'];
const findingLine = (view: ReportView, f: Finding): string => {
  const diagnosis = describeDiagnosis(f);
  const message = describeFinding(f, view.claimsById);
  const sources = findingSources(view, f);
  if (OWN_KEYS.some((k) => Object.hasOwn(f, k))) {
    return `${JSON.stringify({ type: 'finding', schemaVersion: SCHEMA_VERSION, ...f, diagnosis, message, sources })}\n`;
  }
  const body = JSON.stringify(f);
  const fields = body === '{}' ? '' : `,${body.slice(1, -1)}`;
  return `{"type":"finding","schemaVersion":${SCHEMA_VERSION}${fields},"diagnosis":${JSON.stringify(diagnosis)},"message":${JSON.stringify(message)},"sources":${JSON.stringify(sources)}}\n`;
};

function* ndjsonParts(report: Report): Generator<string> {
  if (report.command !== 'extract') {
    const view = viewOf(report);
    for (const f of view.findings) yield findingLine(view, f);
    return;
  }
  for (const d of report.documents) yield tagged('document', d);
  for (const c of report.claims) yield tagged('claim', c);
  for (const p of report.problems) yield tagged('problem', p);
}

export function ndjsonPieces(report: Report, _options: ReportOptions): Iterable<string> {
  return inPieces(ndjsonParts(report));
}

/** Formats whose text can be written in pieces: the pieces join to exactly what the reporter returns. */
export const pieceWriters: Partial<Record<string, (report: Report, options: ReportOptions) => Iterable<string>>> = {
  json: jsonPieces,
  ndjson: ndjsonPieces,
  html: htmlPieces,
  csv: (report, options) => inPieces(csvParts(report, options)),
  sarif: (report, options) => inPieces(sarifParts(report, options)),
};
