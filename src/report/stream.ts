// Report → the JSON and NDJSON texts in pieces, for runs too big for one string: V8 caps a string at about
// 512 million characters, and 100,000 articles make well over a million claims. The pieces join to exactly
// the text json() and ndjson() return (a test holds them equal); each piece is about a megabyte.
import type { Report, ReportOptions } from './model.js';
import { toJsonValue } from './json.js';
import { ndjsonRecords } from './ndjson.js';
import { SCHEMA_VERSION } from './schema.js';

const PIECE = 1 << 20;
const GROUP = 1000;

/** Joins small strings into pieces of about `size` characters. */
export function* inPieces(parts: Iterable<string>, size = PIECE): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}

// What JSON.stringify(value, null, 2) writes for `value` nested `depth` levels deep.
const nested = (value: unknown, depth: number): string => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${'  '.repeat(depth)}`);

function* jsonParts(report: Report): Generator<string> {
  const value = toJsonValue(report);
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  yield '{';
  for (const [i, key] of keys.entries()) {
    const field = value[key];
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(field) || field.length === 0) {
      yield nested(field, 1);
      continue;
    }
    // A thousand items at a time, stringified where they sit (under a key, in an array): the indentation
    // comes out right without rewriting every line.
    yield '[';
    for (let j = 0; j < field.length; j += GROUP) {
      const text = JSON.stringify({ '': field.slice(j, j + GROUP) }, null, 2);
      yield `${j === 0 ? '' : ','}${text.slice(text.indexOf('[') + 1, text.lastIndexOf(']') - 3)}`;
    }
    yield '\n  ]';
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

function* ndjsonParts(report: Report): Generator<string> {
  if (report.command !== 'extract') {
    for (const r of ndjsonRecords(report)) yield `${JSON.stringify(r)}\n`;
    return;
  }
  for (const d of report.documents) yield tagged('document', d);
  for (const c of report.claims) yield tagged('claim', c);
  for (const p of report.problems) yield tagged('problem', p);
}

export function ndjsonPieces(report: Report, _options: ReportOptions): Iterable<string> {
  return inPieces(ndjsonParts(report));
}

/** Formats whose text can be written in pieces. */
export const pieceWriters: Partial<Record<string, (report: Report, options: ReportOptions) => Iterable<string>>> = {
  json: jsonPieces,
  ndjson: ndjsonPieces,
};
