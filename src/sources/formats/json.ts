// JSON / JSON Lines → articles: one per object (a top-level array, an object, `{ articles: [...] }`, or one
// per line). Each article's origin is its text string; a bad record is a problem and the others are read.
import { LineIndex } from '../positions.js';
import { normaliseDate, type PartialMeta } from '../metadata.js';
import { problem } from '../problems.js';
import type { Problem } from '../types.js';
import type { ParsedArticle } from './parsed.js';

const TEXT_KEYS = ['text', 'body', 'content', 'article'];
const PUBLISHER_KEYS = ['publisher', 'source', 'outlet', 'site'];
const DATE_KEYS = ['published', 'date', 'publishedAt', 'pubDate', 'published_at', 'datePublished'];

export interface JsonRecord {
  /** `file#N`: N is the 1-based index in a JSON array, or the line number in JSON Lines. */
  id: string;
  article: ParsedArticle;
}

export function parseJson(origin: string, id: string, lines: boolean, problems: Problem[]): JsonRecord[] {
  const records: JsonRecord[] = [];
  if (lines) {
    const index = new LineIndex(origin);
    const lineRe = /[^\r\n]*/g;
    for (let m = lineRe.exec(origin); m !== null; m = lineRe.exec(origin)) {
      if (m[0] === '') {
        lineRe.lastIndex++;
        if (lineRe.lastIndex > origin.length) break;
        continue;
      }
      if (m[0].trim() === '') continue;
      const line = index.locate(m.index).line;
      let value: unknown;
      try {
        value = JSON.parse(m[0]);
      } catch (error) {
        problems.push(problem('json-line-invalid', id, `malformed JSON (${jsonError(error)}); line skipped`, `${id}:${line}`));
        continue;
      }
      pushRecord(records, value, `${id}#${line}`, `${id}:${line}`, problems);
    }
    return records;
  }
  let value: unknown;
  try {
    value = JSON.parse(origin);
  } catch (error) {
    const at = jsonErrorPosition(error, origin);
    const where = at === null ? id : `${id}:${locate(origin, at)}`;
    problems.push(problem('json-invalid', id, `malformed JSON (${jsonError(error)}); skipped`, where));
    return records;
  }
  if (isObject(value) && Array.isArray(value['articles'])) value = value['articles'];
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => pushRecord(records, item, `${id}#${i + 1}`, `${id}#${i + 1}`, problems));
  return records;
}

function pushRecord(records: JsonRecord[], value: unknown, recordId: string, where: string, problems: Problem[]): void {
  if (!isObject(value)) {
    problems.push(problem('json-no-text', recordId, 'is not an object with a text field; skipped', where));
    return;
  }
  const key = TEXT_KEYS.find((k) => typeof value[k] === 'string');
  if (key === undefined) {
    problems.push(problem('json-no-text', recordId, `has no text field (one of ${TEXT_KEYS.join(', ')}); skipped`, where));
    return;
  }
  const text = value[key] as string;
  const meta: PartialMeta = {
    title: str(value['title']) ?? str(value['headline']),
    url: str(value['url']) ?? str(value['link']),
    publisher: firstOf(value, PUBLISHER_KEYS),
  };
  const date = firstOf(value, DATE_KEYS);
  if (date !== null) meta.published = normaliseDate(date, recordId, 'published date', problems);
  records.push({ id: recordId, article: { text, origin: text, offsets: null, meta, suppressed: [] } });
}

function firstOf(o: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    const s = str(v) ?? (isObject(v) ? str(v['name']) : null);
    if (s !== null) return s;
  }
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function jsonError(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  return msg.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, '').replace(/,\s*"[\s\S]*" is not valid JSON$/, '');
}

/** Where JSON.parse stopped, as an offset into `text`; null when the engine does not say. */
export function jsonErrorPosition(error: unknown, text: string): number | null {
  const msg = error instanceof Error ? error.message : '';
  const m = /at position (\d+)/.exec(msg);
  if (m !== null) return Number(m[1]);
  return /end of JSON input/.test(msg) ? text.length : null;
}

function locate(text: string, offset: number): string {
  const { line, column } = new LineIndex(text).locate(offset);
  return `${line}:${column}`;
}
