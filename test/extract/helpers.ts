// Test helpers: build the Figure the scanner would hand over, located by the text it spans.
import type { Figure } from '../../src/extract/figure.js';
import type { ClaimKind } from '../../src/extract/schema.js';
import { splitSentences, type Span } from '../../src/extract/sentences.js';

export function figureAt(text: string, needle: string, kind: ClaimKind = 'money', unit = 'USD', occurrence = 0): Figure {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return {
    start, end: start + needle.length, kind, value: 0, unit, scale: null, precision: 1, qualifier: null,
    low: null, high: null, per: null, restates: -1,
  };
}

export function sentenceOf(text: string, figure: Span): Span {
  const s = splitSentences(text).find((x) => x.start <= figure.start && figure.end <= x.end);
  if (s === undefined) throw new Error('figure spans two sentences');
  return s;
}
