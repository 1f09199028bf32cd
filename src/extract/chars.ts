// UTF-16 code units → character classes and small word windows: the scanner's only view of the text.
// Everything here looks at a bounded neighbourhood, so callers stay linear in the text length.

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function isLetter(c: number): boolean {
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122);
  // Written as a negated range so NaN (charCodeAt out of bounds) is not a letter.
  if (!(c >= 0xc0) || c === 0xd7 || c === 0xf7) return false;
  // Punctuation, super/subscripts, currency signs, arrows, maths and symbols are not letters;
  // surrogates are treated as symbols (emoji) so a word never spans one.
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return c !== 0xfeff && !(c >= 0xff00 && c <= 0xff20);
}

/** Spaces inside a line: a figure never continues across a line break. */
export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;

export function wordEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Skips at most three inline spaces: more is layout, not a phrase. */
function skipSpaces(text: string, i: number): number {
  const stop = Math.min(text.length, i + 3);
  while (i < stop && isSpace(text.charCodeAt(i))) i++;
  return i;
}

export function skipSpacesBack(text: string, i: number, floor: number): number {
  const stop = Math.max(floor, i - 3);
  while (i > stop && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

export interface Word {
  s: number;
  e: number;
  /** Lower case; "U.S." keeps its dots. */
  w: string;
}

// Words longer than this are never part of a phrase we look for; skipping them bounds the work.
const MAX_WORD = 24;

function readWordAt(text: string, s: number): Word | null {
  let e = s;
  const stop = Math.min(text.length, s + MAX_WORD);
  while (e < stop) {
    const c = text.charCodeAt(e);
    if (isLetter(c) || c === 39 || c === 0x2019) e++;
    // A dot inside an abbreviation (U.S., a.m.) belongs to the word.
    else if (c === 46 && e + 1 < text.length && isLetter(text.charCodeAt(e + 1)) && e - s <= 2) e += 2;
    else break;
  }
  if (e === s || (e < text.length && isLetter(text.charCodeAt(e)))) return null;
  if (text.charCodeAt(e) === 46 && text.charCodeAt(e - 2) === 46) e++;
  return { s, e, w: text.slice(s, e).toLowerCase() };
}

/** Up to `max` words after `p`, separated by inline spaces only (punctuation ends the window). */
export function wordsAfter(text: string, p: number, max: number): Word[] {
  const out: Word[] = [];
  let i = p;
  while (out.length < max) {
    const s = skipSpaces(text, i);
    if (s === i && out.length > 0) break;
    const word = readWordAt(text, s);
    if (!word) break;
    out.push(word);
    i = word.e;
  }
  return out;
}

/** Up to `max` words before `p`, nearest first, not crossing `floor`. */
export function wordsBefore(text: string, p: number, max: number, floor: number): Word[] {
  const out: Word[] = [];
  let i = p;
  while (out.length < max) {
    let e = skipSpacesBack(text, i, floor);
    if (e === i && out.length > 0) break;
    if (e > floor && text.charCodeAt(e - 1) === 46 && isLetter(text.charCodeAt(e - 2))) e--; // "approx."
    let s = e;
    const stop = Math.max(floor, e - MAX_WORD);
    while (s > stop && isLetter(text.charCodeAt(s - 1))) s--;
    if (s === e || (s > floor && isLetter(text.charCodeAt(s - 1)))) break;
    out.push({ s, e, w: text.slice(s, e).toLowerCase() });
    i = s;
  }
  return out;
}

/** Case-insensitive lookup of text[s, e) in a table of lower-case ASCII words, without allocating. */
export class WordTable<T> {
  private readonly byHash = new Map<number, [string, T][]>();
  // (first letter, length) pairs of the words: most lookups miss, and this turns them away before hashing.
  private readonly shapes = new Uint8Array(27 * (MAX_WORD + 1));

  constructor(entries: Iterable<[string, T]>) {
    for (const [word, value] of entries) {
      if (word.length <= MAX_WORD) this.shapes[shapeOf(word, 0, word.length)] = 1;
      const h = hashRange(word, 0, word.length);
      const bucket = this.byHash.get(h);
      if (bucket) bucket.push([word, value]);
      else this.byHash.set(h, [[word, value]]);
    }
  }

  get(text: string, s: number, e: number): T | undefined {
    if (e - s > MAX_WORD || this.shapes[shapeOf(text, s, e)] !== 1) return undefined;
    const bucket = this.byHash.get(hashRange(text, s, e));
    if (!bucket) return undefined;
    for (const [word, value] of bucket) if (sameLower(word, text, s, e)) return value;
    return undefined;
  }
}

/** The first char folded as sameLower folds it (a–z, else one slot for anything else), with the length. */
function shapeOf(text: string, s: number, e: number): number {
  let c = text.charCodeAt(s);
  if (c >= 65 && c <= 90) c |= 32;
  return (c >= 97 && c <= 122 ? c - 97 : 26) * (MAX_WORD + 1) + (e - s);
}

function hashRange(text: string, s: number, e: number): number {
  let h = e - s;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

function sameLower(word: string, text: string, s: number, e: number): boolean {
  if (word.length !== e - s) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}
