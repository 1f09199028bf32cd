// Lower-case word lists → sets that turn most prose away before hashing. Passes over every token of a
// document ask "is this a trigger word?", "a say-verb?" millions of times, nearly always of words that share
// neither first letter nor length with any member: a table of (first letter, length) pairs answers those.
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly shapes = new Uint8Array(27 * 32);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.shapes[shapeOf(w)] = 1;
  }

  has(w: string): boolean {
    return this.shapes[shapeOf(w)] === 1 && this.words.has(w);
  }
}

/** First letter a–z (anything else counts as one more letter) and length, capped: a slot in the table. */
function shapeOf(w: string): number {
  const c = w.charCodeAt(0) - 97;
  return (c >= 0 && c < 26 ? c : 26) * 32 + Math.min(w.length, 31);
}
