// No input may crash or corrupt the pipeline: property tests over arbitrary strings and over generated
// article-like text. Timings of adversarial inputs live in the benchmark (npm run bench), not here.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../src/compare/index.js';
import { extractClaims } from '../src/extract/index.js';
import type { Claim } from '../src/extract/schema.js';
import type { DocumentInfo } from '../src/sources/schema.js';
import { parseMarkdown } from '../src/sources/formats/markdown.js';
import { ignoreReason } from '../src/sources/formats/suppress.js';
import type { SourceDocument } from '../src/sources/types.js';

function doc(text: string, id = 'a.txt', published: string | null = null): SourceDocument {
  return { id, format: 'txt', meta: { title: null, publisher: null, url: null, published }, text, origin: text, offsets: null, suppressed: [] };
}

const info = (d: SourceDocument): DocumentInfo => ({ id: d.id, format: d.format, ...d.meta });

// Pieces of news prose, numbers written every way we know, and the punctuation between them.
const fragment = fc.oneof(
  fc.constantFrom(
    'At least', 'more than', 'about', 'nearly', 'up to', 'between', 'and', 'to', 'people were killed', 'injured',
    'the government said', 'fined', 'raised', 'trade rose to', 'in 2023', 'last year', 'on Tuesday', 'in March 2024',
    'Q3 2023', 'FY24', 'per cent', '%', 'percentage points', 'a year', 'per day', 'Reuters reported', 'according to the BBC',
    'million', 'billion', 'bn', 'm', 'crore', 'lakh', 'lakh crore', 'thousand', 'trillion', 'dozen', 'one in five',
    'two-thirds', 'half', 'twenty-one', 'a hundred', 'Mr.', 'Ltd.', 'U.S.', '(', ')', '"', '“', '”', '—', '–', '-', '/',
    '.', ',', ';', ':', '!', '?', '\n', '\n\n', '\r\n', '\t', ' ', '  ', '$', '€', '£', '₹', 'Rs', 'US$', 'USD', 'EUR',
    'km', 'kg', 'tonnes', 'MW', '°C', 'x', '×', '~', '+', '±', '#', '½', '\u00a0', '\u200b', '\ufeff', '🙂', 'é', 'İ',
  ),
  fc.integer({ min: 0, max: 1e9 }).map(String),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString('en-IN')),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString('de-DE')),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
  fc.stringMatching(/^[0-9.,]{1,12}$/),
  fc.string({ maxLength: 8 }),
);
const article = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), article);

function checkClaims(d: SourceDocument, claims: Claim[]): void {
  const ids = new Set<string>();
  for (const c of claims) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(d.origin.length);
    expect(d.origin.slice(c.start, c.end)).toBe(c.text);
    expect(c.line).toBeGreaterThanOrEqual(1);
    expect(c.column).toBeGreaterThanOrEqual(1);
    for (const v of [c.value, c.precision]) expect(Number.isFinite(v)).toBe(true);
    for (const v of [c.low, c.high]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    expect(ids.has(c.id)).toBe(false);
    ids.add(c.id);
    if (c.equivalentOf !== null) expect(claims.some((o) => o.id === c.equivalentOf)).toBe(true);
  }
}

describe('extraction never throws and returns valid claims', () => {
  test.prop([anyText], { numRuns: 300 })('on any text', (text) => {
    const d = doc(text);
    checkClaims(d, extractClaims(d));
  });

  test.prop([article, fc.constantFrom(null, '2024-03-05', '1999-12-31')], { numRuns: 300 })('on article-like text, with or without a date', (text, published) => {
    const d = doc(text, 'a.txt', published);
    checkClaims(d, extractClaims(d));
  });
});

describe('ids are stable', () => {
  test.prop([article], { numRuns: 150 })('the same text gives the same claims, byte for byte', (text) => {
    expect(JSON.stringify(extractClaims(doc(text)))).toBe(JSON.stringify(extractClaims(doc(text))));
  });

  test.prop([article, article], { numRuns: 150 })('a paragraph added at the end keeps the earlier ids', (text, more) => {
    const before = extractClaims(doc(text)).map((c) => c.id);
    const after = new Set(extractClaims(doc(`${text}\n\n${more.replace(/^\s+/, '')}`)).map((c) => c.id));
    // Only figures that ended before the new paragraph: a figure at the very end may read on into it.
    const earlier = extractClaims(doc(text)).filter((c) => c.end < text.trimEnd().length - 20);
    for (const c of earlier) expect(after.has(c.id), `${c.id} ${c.text}`).toBe(true);
    expect(before.length).toBeGreaterThanOrEqual(earlier.length);
  });
});

describe('compare never throws and its findings point at claims', () => {
  test.prop([fc.array(article, { minLength: 2, maxLength: 4 })], { numRuns: 100 })('on several generated articles', (texts) => {
    const docs = texts.map((t, i) => doc(t, `d${i}.txt`, '2024-03-05'));
    const claims = docs.flatMap((d) => extractClaims(d));
    const result = compareClaims(claims, docs.map(info), {});
    const ids = new Set(claims.map((c) => c.id));
    for (const f of result.findings) {
      expect(Number.isFinite(f.ratio)).toBe(true);
      for (const id of f.claims) expect(ids.has(id)).toBe(true);
    }
    for (const id of result.unmatched) expect(ids.has(id)).toBe(true);
    expect(result.summary.claims).toBe(claims.length);
  });
});

describe('markup that once took quadratic time stays fast', () => {
  // 120 KB of each took 4 s and 2 s before the fix, growing with the square of the size.
  it.each([
    ['autolink openers without a closing >', '<http:'.repeat(40_000)],
    ['a claimcheck-ignore comment with long runs of spaces', `<!-- claimcheck-ignore: x${' '.repeat(60_000)}y${' '.repeat(60_000)} -->\n\nIt cost $5 million.`],
  ])('%s', (_name, text) => {
    const started = performance.now();
    const article = parseMarkdown(text, 'a.md', []);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(article.text.length).toBe(text.length);
  });

  it('the ignore comment keeps its reason, trimmed', () => {
    expect(ignoreReason('  claimcheck-ignore:  quoting the 2019 report \n ')).toBe('quoting the 2019 report');
    expect(ignoreReason('claimcheck-ignore')).toBe('');
    expect(ignoreReason('claimcheck-ignored')).toBeNull();
  });
});
