import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { tokenize, tokensBefore } from '../../src/extract/tokens.js';
import { WordSet } from '../../src/extract/wordset.js';

// Prose-like strings: words, capitals, apostrophes, non-ASCII letters and symbols, line breaks.
const prose = fc.array(fc.constantFrom('Russia', '’s', "'s", 'said', ' ', '  ', '\n', ',', '-', '£5', 'é', 'Ünal', '—', '2024', 'x', '₹'), { maxLength: 40 }).map((a) => a.join(''));

describe('tokens', () => {
  test.prop([prose, fc.nat()])('tokensBefore reads the same tokens as a bounded tokenize', (text, n) => {
    const to = n % (text.length + 1);
    expect(tokensBefore(text, tokenize(text), to)).toEqual(tokenize(text, 0, to));
  });

  test.prop([prose])('lower is always the lower case of the text', (text) => {
    for (const t of tokenize(text)) expect(t.lower).toBe(t.text.toLowerCase());
  });
});

describe('WordSet', () => {
  test.prop([fc.array(fc.string()), fc.string()])('agrees with Set', (words, w) => {
    const set = new WordSet(words);
    expect(set.has(w)).toBe(words.includes(w));
    for (const x of words) expect(set.has(x)).toBe(true);
  });
});
