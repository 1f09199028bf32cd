// Sidecar metadata: `sources.json` (object keyed by file name, or array of { file, publisher, date, url, title })
// or `sources.csv` (header row naming the same columns) in the folder beside the articles.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonError } from './formats/json.js';
import { normaliseDate, type PartialMeta } from './metadata.js';
import { problem } from './problems.js';
import type { Problem } from './types.js';

export const SIDECAR_NAMES = ['sources.json', 'sources.csv'] as const;

export type Sidecar = Map<string, PartialMeta>;

/** Reads the sidecar of one folder; `idOf` turns its absolute path into a document id for problems. */
export async function loadSidecar(dir: string, idOf: (abs: string) => string, problems: Problem[]): Promise<Sidecar> {
  const out: Sidecar = new Map();
  for (const name of SIDECAR_NAMES) {
    const abs = path.join(dir, name);
    let content: string;
    try {
      content = (await readFile(abs, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      continue;
    }
    const id = idOf(abs);
    const rows = name.endsWith('.json') ? jsonRows(content, id, problems) : csvRows(content, id, problems);
    for (const row of rows) {
      const file = row['file']?.trim();
      if (file === undefined || file === '') {
        problems.push(problem('sidecar-invalid', id, 'has an entry without "file"; entry ignored'));
        continue;
      }
      const date = row['date'] ?? row['published'];
      const meta: PartialMeta = { title: row['title'] ?? null, publisher: row['publisher'] ?? null, url: row['url'] ?? null };
      if (date !== undefined) meta.published = normaliseDate(date, id, `date of ${file}`, problems);
      const key = file.replace(/\\/g, '/').replace(/^\.\//, '');
      if (!out.has(key)) out.set(key, meta);
    }
  }
  return out;
}

function jsonRows(content: string, id: string, problems: Problem[]): Array<Record<string, string>> {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    problems.push(problem('sidecar-invalid', id, `malformed JSON (${jsonError(error)}); sidecar ignored`));
    return [];
  }
  const entries: unknown[] = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null
      ? Object.entries(data).map(([file, v]) => (typeof v === 'object' && v !== null ? { file, ...v } : v))
      : [];
  if (typeof data !== 'object' || data === null) {
    problems.push(problem('sidecar-invalid', id, 'must be an object keyed by file name or an array of entries; sidecar ignored'));
  }
  const rows: Array<Record<string, string>> = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) {
      problems.push(problem('sidecar-invalid', id, 'has an entry that is not an object; entry ignored'));
      continue;
    }
    const row: Record<string, string> = {};
    for (const [k, v] of Object.entries(entry)) if (typeof v === 'string') row[k.toLowerCase()] = v;
    rows.push(row);
  }
  return rows;
}

function csvRows(content: string, id: string, problems: Problem[]): Array<Record<string, string>> {
  const table = parseCsv(content);
  if (table === null) {
    problems.push(problem('sidecar-invalid', id, 'has an unclosed quote; sidecar ignored'));
    return [];
  }
  const [header, ...rest] = table;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  if (!columns.includes('file')) {
    problems.push(problem('sidecar-invalid', id, 'needs a header row with a "file" column; sidecar ignored'));
    return [];
  }
  return rest
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''] as const).filter(([, v]) => v !== '')));
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF, CR or LF end a row. */
export function parseCsv(s: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && s[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) return null;
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
