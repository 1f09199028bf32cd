import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scanFigures } from '../../src/extract/scan.js';

// Article-ish alphabet: digits, separators, currency signs, dashes, number and unit words.
const pieces = ['1', '2', '5', '9', '0', ',', '.', ' ', '-', '–', '−', '$', '€', '£', '₹', '\\', '%', '(', ')', '+', '/', ':',
  'Rs', 'USD', 'US$', 'million', 'bn', 'm', 'crore', 'lakh', 'a', 'half', 'one', 'two', 'fifth', 'thirds', 'twice',
  'percent', 'per cent', 'about', 'between', 'and', 'to', 'or', 'more', 'than', 'people', 'years', 'a year', 'July',
  'Article', 'ago', 'T-', 'www.', '\n'];
const articleish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), articleish);

function checkInvariants(text: string): void {
  const figures = scanFigures(text);
  let lastEnd = 0;
  for (const f of figures) {
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(Number.isFinite(f.value)).toBe(true);
    expect(Number.isFinite(f.precision)).toBe(true);
    if (f.low !== null) expect(f.low).toBeLessThanOrEqual(f.value);
    if (f.high !== null) expect(f.value).toBeLessThanOrEqual(f.high);
    expect(f.restates).toBeLessThan(figures.indexOf(f));
    lastEnd = f.end;
  }
}

describe('scanFigures invariants', () => {
  test.prop([anyText], { numRuns: 2000 })('never throws; spans are in bounds, sorted, disjoint; values finite and inside their interval', (text) => {
    checkInvariants(text);
  });
});

const currencies = [['$', '', 'USD'], ['€', '', 'EUR'], ['£', '', 'GBP'], ['₹', '', 'INR'], ['Rs ', '', 'INR'], ['USD', '', 'USD'],
  ['', ' rupees', 'INR'], ['', ' euros', 'EUR'], ['', ' USD', 'USD'], ['', ' yuan', 'CNY']] as const;
const scales = [['', 1], [' million', 1e6], ['m', 1e6], [' billion', 1e9], ['bn', 1e9], [' crore', 1e7], [' lakh', 1e5], ['k', 1e3], [' trillion', 1e12]] as const;

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

describe('formatting a figure and scanning it back', () => {
  test.prop([
    fc.integer({ min: 1, max: 999_999_999 }),
    fc.integer({ min: 0, max: 2 }),
    fc.constantFrom(...currencies),
    fc.constantFrom(...scales),
    fc.boolean(),
  ])('round-trips value, unit and span', (n, decimals, [pre, post, code], [scaleWord, mul], separators) => {
    const digits = separators ? group(n) : String(n);
    const num = decimals > 0 ? `${digits}.${'5'.repeat(decimals)}` : digits;
    const written = `${pre}${num}${scaleWord}${post}`;
    const text = `The ministry said it would spend ${written} on the project.`;
    const figures = scanFigures(text);
    const raw = Number(`${n}${decimals > 0 ? `.${'5'.repeat(decimals)}` : ''}`);
    expect(figures).toHaveLength(1);
    const f = figures[0]!;
    expect(text.slice(f.start, f.end)).toBe(written);
    expect(f.kind).toBe('money');
    expect(f.unit).toBe(code);
    expect(Math.abs(f.value - raw * mul)).toBeLessThanOrEqual(raw * mul * 1e-12);
  });

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('%', ' percent', ' per cent')])('round-trips percentages', (n, suffix) => {
    const written = `${group(n)}${suffix}`;
    const f = scanFigures(`Support rose ${written} overnight.`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: 'percent', value: n, unit: 'percent' });
  });
});

describe('surrounding prose never changes a figure', () => {
  const prose = fc.constantFrom('', 'Officials said ', 'The ministry, ', 'In a statement on Monday ', '"', '(', '— ', 'Reuters: ');
  const tail = fc.constantFrom('', '.', ', officials said.', ' in total.', ')', '"', ' — a record.', ';\nNext paragraph.');
  const figure = fc.constantFrom('$4.9 million', '82 billion rupees', 'Rs 5 crore', '12%', '3 percentage points', '€3bn',
    '1,100 injured', 'two-thirds', '$12–14 billion', '288 people', '₹1.5 lakh', 'half a billion dollars');
  test.prop([prose, figure, tail])('same value, unit, scale and span text', (before, written, after) => {
    const alone = scanFigures(written);
    const inProse = scanFigures(`${before}${written}${after}`);
    expect(alone).toHaveLength(1);
    expect(inProse).toHaveLength(1);
    const { start, end, ...rest } = inProse[0]!;
    expect(start - before.length).toBe(alone[0]!.start);
    expect(end - before.length).toBe(alone[0]!.end);
    const { start: _s, end: _e, ...expected } = alone[0]!;
    expect(rest).toEqual(expected);
  });
});

function indian(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  const head = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${s.slice(-3)}`;
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function words(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const rest = r < 20 ? UNITS[r]! : `${TENS[Math.floor(r / 10)]!}${r % 10 ? `-${UNITS[r % 10]!}` : ''}`;
  if (h === 0) return rest;
  return r === 0 ? `${UNITS[h]!} hundred` : `${UNITS[h]!} hundred and ${rest}`;
}

describe('Indian grouping and number words round-trip', () => {
  test.prop([fc.integer({ min: 1000, max: 999_999_999_999 }), fc.constantFrom('₹', 'Rs ', 'INR ')])('₹8,20,00,000 style', (n, pre) => {
    const written = `${pre}${indian(n)}`;
    const f = scanFigures(`The state paid ${written} to contractors.`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: 'money', unit: 'INR', value: n, precision: 1 });
  });

  test.prop([fc.integer({ min: 2, max: 999 }), fc.constantFrom(['', 1], [' thousand', 1e3], [' million', 1e6], [' billion', 1e9], [' lakh', 1e5], [' crore', 1e7])])(
    'cardinals in words, with and without a scale word', (n, [scale, mul]) => {
      const written = `${words(n)}${scale} people`;
      const f = scanFigures(`Officials said ${written} were affected.`);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ kind: 'count', unit: 'people', value: n * mul });
    });
});
