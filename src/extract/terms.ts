// Words around a figure → its content terms: lower-case crude lemmas of the figure's clause, stop words,
// numbers and names of months dropped, nearest first, a dozen at most. The comparator uses them to tell
// apart facts that share a measure ("exports of chips" versus "exports of oil").
import { MONTHS } from '../util/calendar.js';
import { withoutPossessive } from './tokens.js';
import { lemma, STOP_WORDS, type Around, type Near } from './words.js';

const MAX_TERMS = 12;

const isContent = (w: string): boolean =>
  w.length > 1 && !STOP_WORDS.has(w) && !MONTHS.has(w) && !/\d/.test(w) && !/^(fy|q[1-4]|h[12])$/.test(w);

// The term a word stands for (null for none) depends on the word alone: remembered per distinct word, as lemmas are.
const TERMS = new Map<string, string | null>();

function termOf(lower: string): string | null {
  let w = TERMS.get(lower);
  if (w === undefined) {
    const bare = withoutPossessive(lower);
    w = isContent(bare) ? lemma(bare) : null;
    if (TERMS.size >= 50_000) TERMS.clear();
    TERMS.set(lower, w);
  }
  return w;
}

export function termsOf(near: Around): string[] {
  // Same-clause words first, by distance; the right side counts a little further than the left.
  const ranked: Array<{ w: string; score: number }> = [];
  const push = (n: Near, side: number): void => {
    const w = termOf(n.tok.lower);
    if (w !== null) ranked.push({ w, score: n.dist * side + 3 * n.commas + (n.broken ? 100 : 0) });
  };
  for (let k = 0; k < Math.min(near.left.length, 30); k++) push(near.left[k] as Near, 1);
  for (let k = 0; k < Math.min(near.right.length, 20); k++) push(near.right[k] as Near, 1.2);
  ranked.sort((a, b) => a.score - b.score);
  const out: string[] = [];
  for (const r of ranked) {
    if (r.w.length < 2 || out.includes(r.w)) continue;
    out.push(r.w);
    if (out.length === MAX_TERMS) break;
  }
  return out;
}
