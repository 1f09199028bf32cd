// Metadata: dates normalised to YYYY-MM-DD, `Key: value` header lines, the date a byline states, and the
// precedence explicit (front matter, JSON fields, HTML meta, headers) > sidecar > inferred from the text.
import { MONTHS, daysInMonth, isoDate, parseIsoDate } from '../util/calendar.js';
import type { DocumentMeta, Problem } from './types.js';
import { problem } from './problems.js';

export type PartialMeta = { [K in keyof DocumentMeta]?: string | null };

export const EMPTY_META: DocumentMeta = { title: null, publisher: null, url: null, published: null };

/** Per field, the first non-null value wins: pass explicit, then sidecar, then inferred. */
export function mergeMeta(...layers: PartialMeta[]): DocumentMeta {
  const out: DocumentMeta = { ...EMPTY_META };
  for (const key of ['title', 'publisher', 'url', 'published'] as const) {
    for (const layer of layers) {
      const value = layer[key];
      if (value !== undefined && value !== null && value.trim() !== '') {
        out[key] = value.trim();
        break;
      }
    }
  }
  return out;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''] },
  { re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3] ?? '', m[1] ?? '', m[2] ?? ''] },
  { re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''] },
];

export type DateResult = { date: string } | { invalid: string } | null;

/** Finds the first date written in `s` (ISO, "December 28, 2023", "28 Dec 2023", "Mon 28 Dec 2023", "28.12.2023"). */
export function findDate(s: string): DateResult {
  let best: { index: number; result: DateResult } | null = null;
  for (const { re, parts } of DATE_PATTERNS) {
    const m = re.exec(s);
    if (m === null || (best !== null && best.index <= m.index)) continue;
    const [y, mo, d] = parts(m);
    const year = Number(y);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS.get(mo.toLowerCase().replace(/\.$/, '')) ?? 0;
    const day = Number(d);
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    best = { index: m.index, result: valid ? { date: isoDate(year, month, day) } : { invalid: m[0] } };
  }
  return best?.result ?? null;
}

/** A metadata date value → YYYY-MM-DD; a warning when it is not a date. */
export function normaliseDate(value: string, document: string, field: string, problems: Problem[]): string | null {
  const v = value.trim();
  if (v === '') return null;
  const iso = parseIsoDate(v);
  if (iso !== null && /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(v)) return isoDate(iso.year, iso.month, iso.day);
  const found = findDate(v);
  if (found !== null && 'date' in found) return found.date;
  problems.push(problem('date-invalid', document, `${field} "${v}" is not a valid date (expected YYYY-MM-DD or like "December 28, 2023"); ignored`));
  return null;
}

/** How far into the text a byline or date line is looked for. */
const INFER_LINES = 20;
const INFER_MAX_LINE = 100;

/** A wire dateline opening the lead: "BHUBANESWAR, June 4, 2023 — …", "LONDON, 4 June 2023 - …". */
const DATELINE = /^[A-Z][A-Za-z.' ]{1,40}(?:\([A-Za-z ]{1,20}\))?,\s+([^—–]{6,32}?)\s*[—–-]\s/;

/**
 * The publication date a short dated line near the top states ("Global Research, December 28, 2023"), or the
 * dateline that opens the lead. Reads only the first lines, however large the document.
 */
export function inferPublished(text: string): string | null {
  let seen = 0;
  for (let start = 0; start < text.length && seen < INFER_LINES; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const t = text.slice(start, Math.min(end, start + 400)).trim();
    start = end + 1;
    if (t === '') continue;
    seen++;
    const candidate = t.length <= INFER_MAX_LINE ? t : DATELINE.exec(t)?.[1];
    if (candidate === undefined) continue;
    const found = findDate(candidate);
    if (found !== null && 'date' in found) return found.date;
  }
  return null;
}

export interface HeaderBlock {
  meta: PartialMeta;
  /** Length of the header block including its closing blank line; 0 when there is none. */
  end: number;
}

const HEADER_LINE = /^(title|source|url|link|publisher|outlet|date|published)[ \t]*:[ \t]*(.*)$/i;

/** `Key: value` lines at the very top, closed by a blank line. "Source:" counts as a URL only when it is one. */
export function parseHeaderLines(text: string, document: string, problems: Problem[]): HeaderBlock {
  const meta: PartialMeta = {};
  const lineRe = /([^\r\n]*)(\r\n|\r|\n|$)/y;
  let pos = 0;
  let count = 0;
  const pending: Problem[] = [];
  for (;;) {
    lineRe.lastIndex = pos;
    const m = lineRe.exec(text);
    if (m === null || m[0] === '') return { meta: {}, end: 0 };
    const line = m[1] ?? '';
    pos += m[0].length;
    if (line.trim() === '') {
      if (count === 0) return { meta: {}, end: 0 };
      problems.push(...pending);
      return { meta, end: pos };
    }
    const h = HEADER_LINE.exec(line);
    if (h === null) return { meta: {}, end: 0 };
    count++;
    const key = (h[1] ?? '').toLowerCase();
    const value = (h[2] ?? '').trim();
    if (key === 'title') meta.title = value;
    else if (key === 'publisher' || key === 'outlet') meta.publisher = value;
    else if (key === 'url' || key === 'link' || ((key === 'source') && /^https?:\/\//i.test(value))) meta.url = value;
    else if (key === 'date' || key === 'published') meta.published = normaliseDate(value, document, key, pending);
    if ((m[2] ?? '') === '') return { meta: {}, end: 0 };
  }
}

/** Replaces every character but line breaks with a space, so positions around the blanked part hold. */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

export function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
}
