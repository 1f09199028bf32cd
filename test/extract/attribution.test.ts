import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { sourceLine } from '../../src/extract/attribution.js';

// What sourceLine replaced: the regex tried at every offset.
const SOURCE = /^[ \t]*(?:Source|Sources|Via)[ \t]*:[ \t]*([^\n]{1,60})$/im;
const pieces = ['Source', 'SOURCES', 'via', 'Via', 'xvia', 'ources', ' ', '\t', ':', '\n', '\r', '\r\n', '\u2028', 'Reuters', 'x', 'a'.repeat(30), 's', 'ſ', '.'];
const heads = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));

test.prop([heads], { numRuns: 5000 })('sourceLine finds what the regex finds', (head) => {
  const want = SOURCE.exec(head);
  const got = sourceLine(head);
  expect(got?.index).toBe(want?.index);
  expect(got?.[1]).toBe(want?.[1]);
});
