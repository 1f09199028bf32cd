// Random prose built from the words the context stages react to: nothing throws, periods are valid dates,
// and the per-document describer agrees with the one-off describeFigure.
import { fc, test as fcTest } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createPeriodResolver } from '../../src/extract/periods.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { createDescriber, describeFigure, documentAttribution } from '../../src/extract/subjects.js';
import { parseIsoDate } from '../../src/util/calendar.js';

const word = fc.oneof(
  fc.constantFrom(
    'in', 'the', 'past', 'last', 'next', 'first', 'Q1', 'H2', 'FY', 'fiscal', 'year', 'years', 'month', 'months', 'week',
    'quarter', 'half', 'of', 'since', 'between', 'and', 'to', 'ended', 'ending', 'mid', 'early', 'late', 'end', 'May', 'July',
    'December', 'Monday', 'yesterday', 'said', 'according', 'FT', 'U.S.', '’s', '-', '–', '/', ',', '.', '"', '(', ')', '\n',
    '\n\n', 'crore', 'rupees', '$', 'Mr.', 'Inc.', 'police', 'told', 'will', 'from',
  ),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.string({ maxLength: 4 }),
);
const published = fc.option(fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }));

fcTest.prop([fc.array(word, { maxLength: 60 }), published, fc.nat()], { numRuns: 300 })(
  'random text: periods stay valid, both describers agree',
  (words, date, seed) => {
    const text = words.join(words.length % 2 ? ' ' : '');
    const resolve = createPeriodResolver(text, date === null ? null : date.toISOString().slice(0, 10));
    const doc = { title: null, docAttribution: documentAttribution(text, text.slice(0, 30)) };
    const describeIn = createDescriber(text, doc);
    for (const s of splitSentences(text)) {
      const at = s.start + (seed % Math.max(1, s.end - s.start));
      const figure = { start: at, end: Math.min(s.end, at + 2), kind: 'money' as const, unit: 'USD' };
      const p = resolve(s, figure);
      if (p !== null) {
        expect(parseIsoDate(p.start)).not.toBeNull();
        expect(parseIsoDate(p.end)).not.toBeNull();
        expect(p.start <= p.end).toBe(true);
      }
      expect(describeIn(s, figure)).toEqual(describeFigure(text, s, figure, doc));
    }
  },
);
