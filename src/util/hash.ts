// Stable, fast, non-cryptographic ids: 64-bit FNV-1a over UTF-16 code units, as 16 hex digits.
// Ids only need to be stable and collision-resistant within one corpus, and this runs for every claim.
type State = [number, number];
const SEED: State = [0x811c9dc5, 0x01000193 ^ 0x5bd1e995];

export function hashId(...parts: string[]): string {
  return hex(mix([SEED[0], SEED[1]], parts));
}

/** `(...rest) => hashId(first, ...rest)`, with `first`'s part of the hash computed once (extraction hashes
 * the document id into the id of every claim). */
export function hashIdFrom(first: string): (...rest: string[]) => string {
  const [h1, h2] = mix([SEED[0], SEED[1]], [first]);
  return (...rest) => hex(mix([h1, h2], rest));
}

function mix(state: State, parts: readonly string[]): State {
  let [h1, h2] = state;
  for (let p = 0; p < parts.length; p++) {
    const s = parts[p] as string;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995) ^ (h2 >>> 13);
  }
  state[0] = h1;
  state[1] = h2;
  return state;
}

// Number#toString(16) plus padStart cost as much as the hashing itself: the digits are written out instead.
const DIGITS = '0123456789abcdef';
const CODES: number[] = new Array<number>(16).fill(0);

function hex(state: State): string {
  for (let k = 0; k < 16; k++) {
    const h = state[k >> 3] as number;
    CODES[k] = DIGITS.charCodeAt((h >>> (28 - 4 * (k & 7))) & 15);
  }
  return String.fromCharCode(...CODES);
}
