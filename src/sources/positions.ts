// Positions: spans are { start, end } UTF-16 offsets into a document's origin text; line and column
// (1-based, column in UTF-16 code units) are derived here and nowhere else. CRLF, CR and LF all end a line.
import type { SourceDocument } from './types.js';

export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    // Most texts end lines with LF alone: indexOf finds those far faster than a loop over every char.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  locate(offset: number): LineColumn {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Maps an offset in a document's `text` to its offset in `origin`. */
export function toOrigin(doc: Pick<SourceDocument, 'offsets'>, offset: number): number {
  if (doc.offsets === null) return offset;
  return doc.offsets[Math.min(offset, doc.offsets.length - 1)] ?? offset;
}

/**
 * Maps a span of `text` to `origin`. The end is taken just after the span's last character, so markup
 * between that character and the next (`$95</b> million`) stays outside; an entity counts as one character.
 */
export function toOriginSpan(doc: Pick<SourceDocument, 'offsets' | 'origin'>, span: { start: number; end: number }): { start: number; end: number } {
  const start = toOrigin(doc, span.start);
  if (doc.offsets === null || span.end <= span.start) return { start, end: toOrigin(doc, span.end) };
  const last = toOrigin(doc, span.end - 1);
  const end = doc.origin.charCodeAt(last) === 38 ? doc.origin.indexOf(';', last) + 1 || last + 1 : last + 1;
  return { start, end: Math.max(start, end) };
}
