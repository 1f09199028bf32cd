// Digits at a position → a number: thousands separators (Western and Indian grouping), decimals,
// and the scale word or suffix written after it ('4.9 million', '$4.9bn', '2 lakh crore').
import { isDigit, isLetter, isSpace, WordTable, wordEnd } from './chars.js';

export interface NumberCore {
  start: number;
  /** After the scale when there is one. */
  end: number;
  /** After the digits or number words, before the scale. */
  numEnd: number;
  /** As written, before the scale: '4.9' → 4.9. */
  raw: number;
  /** The step of the last written digit, before the scale: '4.9' → 0.1. */
  step: number;
  scale: string | null;
  mul: number;
  /** Digits only, no separator or decimal point: candidates for years, dates, labels. */
  plain: boolean;
  /** Written in words ('eighty-two'), or a fraction or multiplier ('one-fifth', 'twice'). */
  words: boolean;
  ratio: boolean;
}

// Single letters are scales only when glued ('$5m'); spaced, 'm' and 't' are metres and tonnes.
const GLUED_ONLY = new Set(['k', 'm', 'b', 't']);

export const SCALES = new WordTable<number>([
  ['thousand', 1e3], ['k', 1e3],
  ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6], ['mil', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['bln', 1e9], ['b', 1e9],
  ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['lacs', 1e5],
  ['crore', 1e7], ['crores', 1e7], ['cr', 1e7],
]);

// Digits beyond this are identifiers (phone, account, ISBN), and Number() would lose them anyway.
const MAX_DIGITS = 15;

export interface Scale {
  end: number;
  scale: string;
  mul: number;
}

/** The scale after a number ending at `p`: glued ('5bn') or after one space ('5 billion', '2 lakh crore'). */
export function readScale(text: string, p: number): Scale | null {
  let s = p;
  const sep = text.charCodeAt(s);
  if (isSpace(sep) || sep === 45) s++;
  if (s >= text.length || !isLetter(text.charCodeAt(s))) return null;
  const e = wordEnd(text, s);
  const mul = SCALES.get(text, s, e);
  if (mul === undefined) return null;
  if (s > p && ((sep === 45 && e - s <= 2) || (e - s === 1 && GLUED_ONLY.has(text[s]!.toLowerCase())))) return null;
  // 'lakh crore' and 'thousand crore' are one Indian scale (1e12, 1e10).
  if ((mul === 1e5 || mul === 1e3) && isSpace(text.charCodeAt(e))) {
    const e2 = wordEnd(text, e + 1);
    const next = SCALES.get(text, e + 1, e2);
    if (next === 1e7) return { end: e2, scale: text.slice(s, e2), mul: mul * next };
  }
  return { end: e, scale: text.slice(s, e), mul };
}

/** Digits starting at `i` (a digit), with separators, decimals and scale. Null when too long to be a figure. */
export function readDigits(text: string, i: number): NumberCore | null {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  if (j === i) return null;
  let plain = true;
  let count = j - i;
  // Separators: ',' before exactly three digits (Western), or before two digits and another ',' (Indian).
  if (j - i <= 3) {
    for (;;) {
      if (text.charCodeAt(j) !== 44) break;
      const d = runOfDigits(text, j + 1);
      if (d === 3 || (d === 2 && text.charCodeAt(j + 3) === 44 && runOfDigits(text, j + 4) >= 2)) {
        j += 1 + d;
        count += d;
        plain = false;
        if (count > MAX_DIGITS) return null;
      } else break;
    }
  }
  const intEnd = j;
  let step = 1;
  let decEnd = j;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    decEnd = j + 1;
    while (decEnd < text.length && isDigit(text.charCodeAt(decEnd))) decEnd++;
    step = 10 ** -(decEnd - j - 1);
    count += decEnd - j - 1;
    plain = false;
  }
  if (count > MAX_DIGITS) return null;
  const raw = parseDigits(text, i, intEnd, decEnd);
  const sc = readScale(text, decEnd);
  return {
    start: i, end: sc ? sc.end : decEnd, numEnd: decEnd, raw, step,
    scale: sc ? sc.scale : null, mul: sc ? sc.mul : 1, plain, words: false, ratio: false,
  };
}

function runOfDigits(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 4 && isDigit(text.charCodeAt(k))) k++;
  return k - i;
}

// Accumulates digit by digit: no string is built, and separators are simply skipped.
function parseDigits(text: string, s: number, intEnd: number, decEnd: number): number {
  let v = 0;
  for (let k = s; k < intEnd; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) v = v * 10 + (c - 48);
  }
  if (decEnd === intEnd) return v;
  // Decimal part through Number() of the short digit run, avoiding float drift from repeated division.
  return Number(`${v}.${text.slice(intEnd + 1, decEnd)}`);
}

/** A value times a scale without binary noise: 4.9 × 1e6 is 4900000, not 4900000.000000001. */
export function scaled(raw: number, mul: number): number {
  const v = raw * mul;
  return Number.isInteger(raw) || mul === 1 ? v : Number(v.toPrecision(15));
}
