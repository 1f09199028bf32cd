import { describe, expect, test } from 'vitest';
import { FindingCode, type Finding } from '../../src/compare/schema.js';
import { describeDiagnosis, describeFinding, describeRule } from '../../src/report/describe.js';
import { SAMPLE_FINDINGS } from './sample-report.js';

const base = SAMPLE_FINDINGS[0] as Finding;

describe('describe', () => {
  test.each(FindingCode.options)('%s: words without data keys, never "undefined", "?" or "NaN"', (code) => {
    const f: Finding = { ...base, code, data: {} };
    const text = describeDiagnosis(f);
    expect(text).not.toMatch(/undefined|NaN|\?|null/);
    expect(describeFinding(f, new Map())).not.toMatch(/undefined|NaN/);
    expect(describeRule(code).help.length).toBeGreaterThan(10);
  });

  test('data keys fill in the arithmetic', () => {
    const f: Finding = { ...base, code: 'conversion-mismatch', data: { amount: 82e9, currency: 'INR', restated: 1.5e9, restatedCurrency: 'USD', impliedRate: 54.67, referenceRate: 83.3, year: 2024 } };
    expect(describeDiagnosis(f)).toBe('82,000,000,000 INR / 1,500,000,000 USD = 54.67 INR per USD; 2024 average 83.3');
    expect(describeDiagnosis({ ...base, code: 'percent-points', data: { percent: 4, points: 4 } })).toMatch(/^4% vs 4 percentage points/);
  });
});
