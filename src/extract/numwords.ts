// Number words at a word start → a number: cardinals ('eighty-two', 'two hundred', 'a million',
// 'half a billion', 'a dozen'), fractions ('one-fifth', 'a third', 'two-thirds') and multipliers
// ('twice', 'doubled', 'threefold', 'three times').
import { isLetter, isSpace, WordTable, wordEnd } from './chars.js';
import type { NumberCore } from './numbers.js';
import { readScale, SCALES } from './numbers.js';

type Role = 'unit' | 'tens' | 'hundred' | 'dozen' | 'article' | 'half' | 'multiplier' | 'denominator' | 'and' | 'times';
interface Entry {
  role: Role;
  value: number;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_DENOMS: [string, number][] = [['third', 3], ['quarter', 4], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['hundredth', 100]];
// 'double' and 'triple' are left out: as adjectives ('double standards') they are not claims.
const MULTIPLIERS: [string, number][] = [['twice', 2], ['doubled', 2], ['doubling', 2], ['tripled', 3], ['tripling', 3],
  ['quadrupled', 4], ['quadrupling', 4], ['twofold', 2], ['threefold', 3], ['fourfold', 4], ['fivefold', 5],
  ['sixfold', 6], ['sevenfold', 7], ['eightfold', 8], ['ninefold', 9], ['tenfold', 10], ['hundredfold', 100]];

function entries(): [string, Entry][] {
  const out: [string, Entry][] = [];
  UNITS.forEach((w, k) => out.push([w, { role: 'unit', value: k }]));
  TENS.forEach((w, k) => out.push([w, { role: 'tens', value: (k + 2) * 10 }]));
  for (const [w, d] of ORDINAL_DENOMS) out.push([w, { role: 'denominator', value: d }], [`${w}s`, { role: 'denominator', value: d }]);
  for (const [w, m] of MULTIPLIERS) out.push([w, { role: 'multiplier', value: m }]);
  out.push(['hundred', { role: 'hundred', value: 100 }], ['dozen', { role: 'dozen', value: 12 }],
    ['a', { role: 'article', value: 1 }], ['an', { role: 'article', value: 1 }], ['half', { role: 'half', value: 0.5 }],
    ['halves', { role: 'denominator', value: 2 }], ['and', { role: 'and', value: 0 }], ['times', { role: 'times', value: 0 }],
    ['fold', { role: 'times', value: 0 }]);
  return out;
}

const WORDS = new WordTable<Entry>(entries());
const STARTERS = new Set<Role>(['unit', 'tens', 'article', 'half', 'multiplier']);

// The first two letters of every starter word ('a' alone included): most prose words fail this
// bit test and never reach the table.
const PREFIXES = new Uint8Array(27 * 27);
const letterIndex = (c: number): number => ((c | 32) >= 97 && (c | 32) <= 122 ? (c | 32) - 96 : -1);
for (const [w, entry] of entries()) {
  if (STARTERS.has(entry.role)) PREFIXES[letterIndex(w.charCodeAt(0)) * 27 + (w.length > 1 ? letterIndex(w.charCodeAt(1)) : 0)] = 1;
}

/** True when the word text[s, e) can begin a number in words; the scanner's cheap filter. */
export function startsNumberWord(text: string, s: number, e: number): boolean {
  const a = letterIndex(text.charCodeAt(s));
  const b = e - s > 1 ? letterIndex(text.charCodeAt(s + 1)) : 0;
  if (a < 0 || b < 0 || e - s > 11 || PREFIXES[a * 27 + b] === 0) return false;
  const entry = WORDS.get(text, s, e);
  return entry !== undefined && STARTERS.has(entry.role);
}

interface Tok {
  s: number;
  e: number;
  entry: Entry | undefined;
  scale: boolean;
}

// The next word after `p` joined by one space or one hyphen ('eighty-two', 'one fifth').
function nextTok(text: string, p: number): Tok | null {
  const c = text.charCodeAt(p);
  if (!(isSpace(c) || c === 45)) return null;
  const s = p + 1;
  if (!isLetter(text.charCodeAt(s))) return null;
  const e = wordEnd(text, s);
  return { s, e, entry: WORDS.get(text, s, e), scale: SCALES.get(text, s, e) !== undefined && e - s > 2 };
}

function core(start: number, end: number, raw: number, step: number, ratio: boolean, scale: string | null = null, mul = 1): NumberCore {
  return { start, end, numEnd: end, raw, step, scale, mul, plain: false, words: true, ratio };
}

/** The number in words starting at the word text[s, e), or null ('one of the', a lone 'a'). */
export function readWords(text: string, s: number, e: number): NumberCore | null {
  const first = WORDS.get(text, s, e);
  if (!first) return null;
  if (first.role === 'multiplier') return core(s, e, first.value, 0, true);
  const next = nextTok(text, e);
  if (first.role === 'half') {
    // 'half a billion' is a number; 'half' alone is the fraction.
    const after = next ? nextTok(text, next.e) : null;
    if (next?.entry?.role === 'article' && after?.scale) {
      const sc = readScale(text, next.e);
      if (sc) return core(s, sc.end, 0.5, 0.1, false, sc.scale, sc.mul);
    }
    return halfIsRatio(text, s, e) ? core(s, e, 0.5, 0, true) : null;
  }
  if (first.role === 'article') {
    if (!next) return null;
    // 'a third of' is a share; 'a third term', 'a fifth year' are ordinals.
    if (next.entry?.role === 'denominator') {
      return ofFollows(text, next.e) || byBefore(text, s) ? core(s, next.e, 1 / next.entry.value, 0, true) : null;
    }
    if (next.entry?.role === 'half') return null;
    if (next.entry?.role !== 'hundred' && next.entry?.role !== 'dozen' && !next.scale) return null;
    return cardinal(text, s, next, 1, false);
  }
  if (first.role !== 'unit' && first.role !== 'tens') return null;
  return cardinal(text, s, next, first.value, first.role === 'tens');
}

// Standard accumulation: units and tens add, 'hundred' and 'dozen' multiply the group, scale words
// close the group. A numerator followed by a denominator is a fraction; 'three times' is a multiplier.
function cardinal(text: string, s: number, tok: Tok | null, firstValue: number, tensOpen: boolean): NumberCore | null {
  let cur = firstValue;
  let total = 0;
  let end = wordEnd(text, s);
  let step = 1;
  let open = tensOpen;
  let scale: string | null = null;
  let mul = 1;
  let tokens = 1;
  while (tok) {
    const role = tok.entry?.role;
    if (role === 'unit' && open && tok.entry!.value < 10) {
      cur += tok.entry!.value;
      open = false;
    } else if (role === 'tens' && cur % 100 === 0 && cur > 0) {
      cur += tok.entry!.value;
      open = true;
    } else if (role === 'unit' && cur % 100 === 0 && cur > 0) {
      cur += tok.entry!.value;
    } else if (role === 'hundred' && cur > 0 && cur < 100) {
      cur *= 100;
      step = 100;
    } else if (role === 'dozen' && cur > 0 && cur < 100) {
      cur *= 12;
    } else if (role === 'denominator' && tokens === 1 && total === 0 && cur > 0 && cur < 100) {
      return core(s, tok.e, cur / tok.entry!.value, 0, true);
    } else if (tok.e - tok.s === 2 && tokens === 1 && total === 0 && text.slice(tok.s, tok.e).toLowerCase() === 'in') {
      // 'one in five' is a share.
      const den = nextTok(text, tok.e);
      const d = den?.entry;
      if (!den || !d || (d.role !== 'unit' && d.role !== 'tens') || d.value <= cur || text.charCodeAt(tok.e) !== 32) break;
      return core(s, den.e, cur / d.value, 0, true);
    } else if (role === 'times' && tokens === 1 && total === 0) {
      return core(s, tok.e, cur, 0, true);
    } else if (role === 'and' && step === 100 && cur % 100 === 0) {
      const after = nextTok(text, tok.e);
      if (!after || (after.entry?.role !== 'unit' && after.entry?.role !== 'tens')) break;
      tok = after;
      continue;
    } else if (tok.scale && cur > 0) {
      const sc = readScale(text, tok.s - 1);
      if (!sc) break;
      total += cur * sc.mul;
      cur = 0;
      step = sc.mul;
      scale = sc.scale;
      mul = sc.mul;
      end = sc.end;
      tokens++;
      tok = nextTok(text, sc.end);
      continue;
    } else break;
    end = tok.e;
    if (role !== 'hundred' && role !== 'dozen') step = 1;
    tokens++;
    tok = nextTok(text, tok.e);
  }
  const value = total + cur;
  if (scale && cur === 0) return core(s, end, value / mul, 1, false, scale, mul);
  // Mixed forms ('two million five hundred thousand') keep the whole value with no scale factor.
  return core(s, end, value, step, false);
}

function ofFollows(text: string, p: number): boolean {
  const next = nextTok(text, p);
  return next !== null && next.e - next.s === 2 && text.slice(next.s, next.e).toLowerCase() === 'of';
}

// 'fell by a third'
function byBefore(text: string, s: number): boolean {
  return s >= 3 && isSpace(text.charCodeAt(s - 1)) && text.slice(s - 3, s - 1).toLowerCase() === 'by' && !isLetter(text.charCodeAt(s - 4));
}

const HALF_AFTER = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'as', 'that', 'those', 'these']);
const HALF_PERIOD = new Set(['first', 'second', 'latter', 'former', 'last', 'next', 'other', 'back', 'front', 'opening', 'final']);
const HALF_BEFORE = new Set(['by', 'about', 'nearly', 'almost', 'around', 'roughly', 'than', 'over', 'under', 'some', 'just', 'only', 'to']);

// 'half' is a share in 'half of', 'by half', 'nearly half the'; not in 'the second half', 'half-time'.
function halfIsRatio(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e) === 45) return false;
  const p = s - 1;
  let q = p;
  while (q > 0 && q > s - 12 && isLetter(text.charCodeAt(q - 1))) q--;
  const before = p >= 0 && isSpace(text.charCodeAt(p)) ? text.slice(q, p).toLowerCase() : '';
  if (HALF_PERIOD.has(before)) return false;
  const next = nextTok(text, e);
  if (next && HALF_AFTER.has(text.slice(next.s, next.e).toLowerCase())) return true;
  return HALF_BEFORE.has(before);
}
