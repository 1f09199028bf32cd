// Plain text → article: `Key: value` header lines at the top become metadata and are blanked.
import { blankRange, parseHeaderLines } from '../metadata.js';
import type { Problem } from '../types.js';
import type { ParsedArticle } from './parsed.js';

export function parseText(origin: string, id: string, problems: Problem[]): ParsedArticle {
  const header = parseHeaderLines(origin, id, problems);
  const text = header.end > 0 ? blankRange(origin, 0, header.end) : origin;
  return { text, origin, offsets: null, meta: header.meta, suppressed: [] };
}
