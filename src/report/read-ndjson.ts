// NDJSON written by `claimcheck extract --format ndjson` → documents, claims and problems again, for
// `claimcheck compare`. The inverse of ndjson.ts for extract records. Every line is validated with the
// schemas the records were written from; a bad line is a problem on that file and line, and reading goes on.
import type { Claim } from '../extract/schema.js';
import { ClaimSchema } from '../extract/schema.js';
import { DocumentSchema, ProblemSchema, type DocumentInfo } from '../sources/schema.js';
import type { Problem } from '../sources/types.js';
import { SCHEMA_VERSION } from './schema.js';

export interface ClaimsFile {
  documents: DocumentInfo[];
  claims: Claim[];
  /** Problems recorded by the extract run (unreadable articles), as they were written. */
  recorded: Problem[];
  /** Problems with the NDJSON itself: bad lines, wrong record types, another schema version. */
  problems: Problem[];
}

const MAX_PROBLEMS_PER_FILE = 20;

export function readClaimsNdjson(text: string, name: string): ClaimsFile {
  const out: ClaimsFile = { documents: [], claims: [], recorded: [], problems: [] };
  let bad = 0;
  const fail = (line: number, message: string) => {
    bad++;
    if (bad <= MAX_PROBLEMS_PER_FILE) out.problems.push({ document: name, severity: 'error', code: 'bad-claims-line', message: `${name}:${line}: ${message}; line skipped` });
  };
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      fail(line, 'not JSON');
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      fail(line, 'not a JSON object');
      continue;
    }
    const { type, schemaVersion } = record as { type?: unknown; schemaVersion?: unknown };
    if (schemaVersion !== SCHEMA_VERSION) {
      fail(line, `schemaVersion ${JSON.stringify(schemaVersion)}, expected ${SCHEMA_VERSION}`);
      continue;
    }
    // The schemas strip `type` and `schemaVersion` and give the fields back in the order they were defined.
    const schema = type === 'claim' ? ClaimSchema : type === 'document' ? DocumentSchema : type === 'problem' ? ProblemSchema : null;
    if (schema === null) {
      // Unknown types are skipped (the NDJSON contract lets later versions add records); a finding means
      // the file is check's output, which compare cannot use.
      if (type === 'finding') fail(line, 'a finding record (from check); compare reads the output of extract');
      continue;
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(line, `invalid ${String(type)} record (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid'})`);
      continue;
    }
    if (type === 'claim') out.claims.push(parsed.data as Claim);
    else if (type === 'document') out.documents.push(parsed.data as DocumentInfo);
    else out.recorded.push(parsed.data as Problem);
  }
  if (bad > MAX_PROBLEMS_PER_FILE) {
    out.problems.push({ document: name, severity: 'error', code: 'bad-claims-line', message: `${name}: ${bad - MAX_PROBLEMS_PER_FILE} more bad lines skipped` });
  }
  return out;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Several claims files (shards of one collection) → one set, in the order `check` gives a folder: documents
 * by id (code points), each document's claims in the order they were written. A document in more than one
 * file is taken once, from the first file that has it.
 */
export function combineClaimsFiles(files: readonly ClaimsFile[], names: readonly string[]): ClaimsFile {
  const documents = new Map<string, DocumentInfo>();
  const claimsOf = new Map<string, Claim[]>();
  const claimIds = new Set<string>();
  const owner = new Map<string, number>();
  const out: ClaimsFile = { documents: [], claims: [], recorded: [], problems: [] };
  const warned = new Set<string>();
  files.forEach((file, i) => {
    out.problems.push(...file.problems);
    out.recorded.push(...file.recorded);
    const take = (id: string): boolean => {
      const first = owner.get(id);
      if (first === undefined) {
        owner.set(id, i);
        return true;
      }
      if (first !== i && !warned.has(id)) {
        warned.add(id);
        out.problems.push({ document: id, severity: 'warning', code: 'duplicate-document', message: `${id} is in ${names[first] ?? first} and ${names[i] ?? i}; read once, from the first` });
      }
      return first === i;
    };
    for (const d of file.documents) if (take(d.id) && !documents.has(d.id)) documents.set(d.id, d);
    for (const c of file.claims) {
      // A shard concatenated twice repeats its claims: ids are unique per document text, so one is enough.
      if (!take(c.document) || claimIds.has(c.id)) continue;
      claimIds.add(c.id);
      const list = claimsOf.get(c.document) ?? [];
      list.push(c);
      claimsOf.set(c.document, list);
    }
  });
  const ids = [...new Set([...documents.keys(), ...claimsOf.keys()])].sort(byCodePoint);
  for (const id of ids) {
    const d = documents.get(id);
    if (d) out.documents.push(d);
    for (const c of claimsOf.get(id) ?? []) out.claims.push(c);
  }
  return out;
}
