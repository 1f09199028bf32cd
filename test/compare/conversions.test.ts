import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import type { Claim } from '../../src/extract/schema.js';
import { documentsFor, makeClaim } from './helpers.js';

const plan = { entities: ['Industry Ministry'], terms: ['components', 'electronics', 'spend'], measure: 'spending' };

function restated(document: string, rupees: Partial<Claim>, dollars: Partial<Claim>, period: string | null = '2022'): Claim[] {
  const anchor = makeClaim({ document, text: '82 billion rupees', value: 82e9, unit: 'INR', scale: 'billion', period, subject: plan, ...rupees });
  const usd = makeClaim({ document, text: '$1 billion', value: 1e9, period, subject: plan, equivalentOf: anchor.id, ...dollars });
  return [anchor, usd];
}

describe('conversions', () => {
  it('flags a restatement off by a power of ten from the annual average, as an error', () => {
    const claims = restated('a.txt', {}, { text: '$976,650', value: 976650 });
    const { findings } = compareClaims(claims, documentsFor(claims, 2), {});
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({ kind: 'conversion', code: 'conversion-mismatch', severity: 'error', claims: [claims[0]!.id, claims[1]!.id] });
    expect(f.data['impliedRate']).toBeCloseTo(83960, -1);
    expect(f.data['referenceRate']).toBeCloseTo(78.6, 0);
    expect(f.data).toMatchObject({ year: 2022, currencyA: 'INR', currencyB: 'USD', rateCurrency: 'INR', ratePer: 'USD', powerOfTen: 1000 });
  });

  it('accepts a restatement that matches the table, and warns when it is merely off', () => {
    const ok = restated('a.txt', {}, {});
    expect(compareClaims(ok, documentsFor(ok, 2), {}).findings).toEqual([]);
    const off = restated('a.txt', {}, { text: '$1.5 billion', value: 1.5e9 });
    expect(compareClaims(off, documentsFor(off, 2), {}).findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['conversion-mismatch:warning']);
  });

  it('reads rates the other way round when the anchor is in dollars', () => {
    const anchor = makeClaim({ text: '$2 billion', value: 2e9, period: '2023', subject: plan });
    const inr = makeClaim({ text: '₹16,500 crore', value: 165e9, unit: 'INR', scale: 'crore', period: '2023', equivalentOf: anchor.id, subject: plan });
    expect(compareClaims([anchor, inr], documentsFor([anchor], 1), {}).findings).toEqual([]);
  });

  it('uses user overrides before the table', () => {
    const claims = restated('a.txt', {}, {});
    const { findings } = compareClaims(claims, documentsFor(claims, 2), { rates: { INR: { '2022': 40 } } });
    expect(findings.map((f) => [f.code, f.data['referenceRate']])).toEqual([['conversion-mismatch', 40]]);
  });

  it('groups restatements of one anchor figure across documents and reports their conflict', () => {
    const a = restated('a.txt', { qualifier: 'about', low: 8e10, high: 8.4e10 }, {}, null);
    const b = restated('b.txt', {}, { text: '$976,650', value: 976650 }, '2022-10');
    const claims = [...a, ...b];
    const { findings, summary } = compareClaims(claims, documentsFor(claims, 3), {});
    const byCode = findings.map((f) => `${f.kind}:${f.code}:${f.severity}`);
    expect(byCode).toContain('conversion:conversion-mismatch:error');
    expect(byCode).toContain('agreement:agreement:info');
    const dollars = findings.find((f) => f.kind === 'conflict');
    expect(dollars?.claims.sort()).toEqual([a[1]!.id, b[1]!.id].sort());
    // A thousandfold slip: 976,650 × 1,000 ≈ $1 billion.
    expect(dollars?.code).toBe('scale-slip');
    expect(summary).toMatchObject({ documents: 5, claims: 4, compared: 4, unmatched: 0, conversions: 1, agreements: 1 });
  });
});

describe('currencies', () => {
  const fine = { entities: ['Competition Authority', 'Velora Telecom'], terms: ['fine', 'cartel'], measure: 'fine' };

  it('compares money across currencies through the year average', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '€3bn', value: 3e9, unit: 'EUR', period: '2023', subject: fine }),
      makeClaim({ document: 'b.txt', text: '$3.2bn', value: 3.2e9, period: '2023', subject: fine }),
      makeClaim({ document: 'c.txt', text: '£2.6bn', value: 2.6e9, unit: 'GBP', period: '2023', subject: fine }),
    ];
    const { findings } = compareClaims(claims, documentsFor(claims, 2), {});
    expect(findings.map((f) => f.code)).toEqual(['agreement']);
    expect(findings[0]!.claims).toHaveLength(3);
  });

  it('finds a conflict in another currency and states the ratio in dollars', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '€3bn', value: 3e9, unit: 'EUR', period: '2023', subject: fine }),
      makeClaim({ document: 'b.txt', text: '$4.5bn', value: 4.5e9, period: '2023', subject: fine }),
    ];
    const [f] = compareClaims(claims, documentsFor(claims, 2), {}).findings;
    expect(f).toMatchObject({ code: 'value-conflict', data: { unit: 'USD' } });
    expect(f!.ratio).toBeCloseTo(4.5e9 / (3e9 / 0.9248), 2);
  });

  it('does not compare a currency it cannot convert', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '3bn zorkmids', value: 3e9, unit: 'XZK', period: '2023', subject: fine }),
      makeClaim({ document: 'b.txt', text: '$4.5bn', value: 4.5e9, period: '2023', subject: fine }),
    ];
    expect(compareClaims(claims, documentsFor(claims, 2), {}).findings).toEqual([]);
  });
});

describe('data for the report wording', () => {
  it('names the amounts, currencies and rates of a conversion', () => {
    const claims = restated('a.txt', {}, { text: '$976,650', value: 976650 });
    const [f] = compareClaims(claims, documentsFor(claims, 2), {}).findings;
    expect(f!.data).toMatchObject({ amount: 82e9, currency: 'INR', restated: 976650, restatedCurrency: 'USD', year: 2022 });
  });
});
