import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { MAX_SENTENCE, splitSentences, splitSentencesAt, type Span } from '../../src/extract/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['ends at terminal punctuation', 'The fine was $5m. The company appealed.', ['The fine was $5m.', 'The company appealed.']],
    ['question and exclamation marks', 'Who pays? Taxpayers do! Nobody else.', ['Who pays?', 'Taxpayers do!', 'Nobody else.']],
    ['decimals', 'Sales rose 4.9 per cent to Rs 3.2 crore.', ['Sales rose 4.9 per cent to Rs 3.2 crore.']],
    ['titles', 'Mr. Smith and Dr. Jones met Gov. Newsom and Sen. Reed.', ['Mr. Smith and Dr. Jones met Gov. Newsom and Sen. Reed.']],
    ['company suffixes mid-sentence', 'Acme Ltd. paid Foo Inc. and Bar Corp. $2m.', ['Acme Ltd. paid Foo Inc. and Bar Corp. $2m.']],
    ['company suffix ending a sentence', 'It sold the unit to Acme Inc. The deal closed in May.', ['It sold the unit to Acme Inc.', 'The deal closed in May.']],
    ['U.S. and U.K.', 'The U.S. Treasury and the U.K. fined the bank.', ['The U.S. Treasury and the U.K. fined the bank.']],
    ['U.S. ending a sentence', 'Exports went to the U.S. The rest stayed home.', ['Exports went to the U.S.', 'The rest stayed home.']],
    ['e.g. and i.e.', 'Costs, e.g. Fuel, rose; i.e. Margins fell.', ['Costs, e.g. Fuel, rose; i.e. Margins fell.']],
    ['initials', 'J. K. Rowling gave $1m to the charity.', ['J. K. Rowling gave $1m to the charity.']],
    ['No. and Rs.', 'It ranked No. 3 with Rs. 500 crore in sales.', ['It ranked No. 3 with Rs. 500 crore in sales.']],
    ['month abbreviations', 'On Sept. 12 and Jan. 3 it paid approx. $4m.', ['On Sept. 12 and Jan. 3 it paid approx. $4m.']],
    ['lower-case continuation', 'The toll rose to 12 vs. 9 a day earlier.', ['The toll rose to 12 vs. 9 a day earlier.']],
    ['quote that continues', '"We paid. We will pay again," the minister said. Then he left.', ['"We paid. We will pay again," the minister said.', 'Then he left.']],
    ['curly quote closing a sentence', '“Prices rose.” Analysts agreed.', ['“Prices rose.”', 'Analysts agreed.']],
    ['blank lines end a paragraph', 'Headline without a stop\n\nBody text here.', ['Headline without a stop', 'Body text here.']],
    ['single newlines end headings and bullets', 'Source: Bloomberg\n• First point\n• Second point', ['Source: Bloomberg', '• First point', '• Second point']],
    ['hard-wrapped lines join', 'Trade between the two countries\nreached $50 billion.', ['Trade between the two countries\nreached $50 billion.']],
    ['URLs and domains', 'See example.com for more. Done.', ['See example.com for more.', 'Done.']],
    ['ellipsis', 'It went on… Then it stopped.', ['It went on…', 'Then it stopped.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('empty and blank text give no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });

  test('bounds a sentence without punctuation, cutting at a clause mark or space', () => {
    const text = 'word, '.repeat(2000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(4);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE + 1);
  });

  test('stays linear on a long document', () => {
    const text = 'Mr. Smith said the U.S. paid $4.9 million in 2023. '.repeat(40000);
    const t0 = performance.now();
    const spans = splitSentences(text);
    expect(spans.length).toBe(40000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  fcTest.prop([fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '\n', '"', '“', '”', 'Mr', '4', ',', ';', '\u{1F600}'), maxLength: 400 })])(
    'never throws; spans are ordered, trimmed, in bounds and cover every non-space char',
    (text) => {
      const spans = splitSentences(text);
      let prev = 0;
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(prev);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(prev, s.start).trim()).toBe('');
        expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
        prev = s.end;
      }
      expect(text.slice(prev).trim()).toBe('');
    },
  );

  // extractClaims splits only the stretches that hold a figure: each figure must land in the same sentence.
  const sentenceOf = (spans: readonly Span[], at: number): Span | undefined => {
    let s = 0;
    while (s < spans.length - 1 && (spans[s]?.end ?? 0) <= at) s++;
    return spans[s];
  };
  const units = ['a', 'B', 'the', 'of', ' ', ' ', '.', '!', '\n', '\n\n', '\r\n', '\u2028', ' \n ', '"', '“', '”', 'Mr', 'U.S', '4', ',', ';', ':', ')', 'word '.repeat(90)];
  fcTest.prop([fc.string({ unit: fc.constantFrom(...units), maxLength: 300 }), fc.array(fc.nat(), { maxLength: 12 })])(
    'splitSentencesAt puts every offset in the sentence splitSentences puts it in',
    (text, picks) => {
      const full = splitSentences(text);
      const solid = [...text].map((_, i) => i).filter((i) => text[i]?.trim() !== '');
      if (solid.length === 0) return;
      const offsets = [...new Set(picks.map((p) => solid[p % solid.length] as number))].sort((a, b) => a - b).map((start) => ({ start }));
      const part = splitSentencesAt(text, offsets);
      for (const s of part) expect(full).toContainEqual(s);
      for (const { start } of offsets) expect(sentenceOf(part, start)).toEqual(sentenceOf(full, start));
    },
  );
});
