// Adjacent money figures in different currencies → the second restates the first
// ('5 billion rupees (60 million USD)', '£10m, or about $12.5m', '€3bn ($3.3bn)').
import type { Figure } from './figure.js';
import { isLetter } from './chars.js';

// Words allowed between a figure and its conversion; anything else means two separate claims.
const GAP_WORDS = new Set(['or', 'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'nearly', 'almost',
  'equivalent', 'to', 'equal', 'i.e', 'ie', 'worth', 'just', 'over', 'under', 'more', 'than', 'less', 'at', 'the',
  'current', 'rate', 'exchange', 'rates', 'converted', 'around', 'us']);
// ...but at least one of these must say that it is a conversion.
const MARKERS = new Set(['or', 'equivalent', 'roughly', 'about', 'around', 'approximately', 'equal', 'worth']);
const MAX_GAP = 40;

export function linkConversions(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1]!;
    const b = figures[k]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit || b.start - a.end > MAX_GAP) continue;
    if (conversionGap(text.slice(a.end, b.start))) b.restates = k - 1;
  }
}

function conversionGap(gap: string): boolean {
  let marked = gap.includes('(');
  let word = '';
  for (let i = 0; i <= gap.length; i++) {
    const c = i < gap.length ? gap.charCodeAt(i) : 32;
    if (isLetter(c) || (c === 46 && word.length > 0)) {
      word += gap[i]!.toLowerCase();
      continue;
    }
    if (word) {
      const w = word.endsWith('.') ? word.slice(0, -1) : word;
      if (!GAP_WORDS.has(w)) return false;
      if (MARKERS.has(w)) marked = true;
      word = '';
    }
    // Only spacing, commas, a colon, dashes and an opening parenthesis may sit in between.
    if (!(c === 32 || c === 0xa0 || c === 44 || c === 40 || c === 58 || c === 0x2013 || c === 0x2014 || c === 45 || c === 0x2248 || c === 126)) return false;
  }
  return marked;
}
