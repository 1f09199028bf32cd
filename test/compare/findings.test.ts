import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import { compareCodePoints } from '../../src/compare/findings.js';
import { FindingSchema, SummarySchema } from '../../src/compare/schema.js';
import type { Claim } from '../../src/extract/schema.js';
import { documentsFor, makeClaim } from './helpers.js';

const toll = { entities: ['Kerala'], terms: ['landslide', 'wayanad'], measure: 'deaths' };
const fund = { entities: ['Quillfeather'], terms: ['seed', 'round'], measure: 'funding-round' };

function corpus(shift = 0): Claim[] {
  return [
    makeClaim({ document: 'a.txt', start: 10 + shift, text: '231', value: 231, kind: 'count', unit: 'people', subject: toll, period: '2024-07' }),
    makeClaim({ document: 'b.txt', start: 50 + shift, text: '213', value: 213, kind: 'count', unit: 'deaths', subject: toll, period: '2024-07' }),
    makeClaim({ document: 'c.txt', start: 5 + shift, text: '231', value: 231, kind: 'count', unit: 'bodies', subject: toll, period: '2024-07' }),
    makeClaim({ document: 'a.txt', start: 90 + shift, text: '$8 million', value: 8e6, subject: fund }),
    makeClaim({ document: 'b.txt', start: 70 + shift, text: '$8 billion', value: 8e9, subject: fund }),
    makeClaim({ document: 'c.txt', start: 200 + shift, text: '$3.1 million', value: 3.1e6, subject: { entities: ['Orbison Mills'], terms: ['loss'], measure: 'loss' } }),
  ].map((c) => ({ ...c, id: `${c.document}:${c.text}` }));
}

describe('findings', () => {
  it('are valid records, in one total order: severity, kind, code, document, offset, id', () => {
    const { findings, summary } = compareClaims(corpus(), documentsFor(corpus(), 2), {});
    for (const f of findings) expect(() => FindingSchema.parse(f)).not.toThrow();
    expect(() => SummarySchema.parse(summary)).not.toThrow();
    expect(findings.map((f) => `${f.severity}:${f.code}`)).toEqual(['error:scale-slip', 'warning:value-conflict', 'info:agreement']);
    expect(summary).toEqual({
      documents: 5, claims: 6, compared: 5, unmatched: 1,
      conflicts: { error: 1, warning: 1, info: 0 }, conversions: 0, agreements: 1, suppressed: 0,
    });
  });

  it('keep their ids and order when positions and input order change', () => {
    const first = compareClaims(corpus(), documentsFor(corpus(), 2), {});
    const moved = corpus(1000).reverse();
    const second = compareClaims(moved, documentsFor(corpus(), 2), {});
    expect(second.findings.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
    expect(new Set(first.findings.map((f) => f.id)).size).toBe(first.findings.length);
    expect(second.unmatched).toEqual(first.unmatched);
  });

  it('are deterministic to the byte', () => {
    const a = JSON.stringify(compareClaims(corpus(), documentsFor(corpus(), 2), {}));
    const b = JSON.stringify(compareClaims(corpus(), documentsFor(corpus(), 2), {}));
    expect(a).toBe(b);
  });

  it('mark findings whose claims all credit one original report', () => {
    const wire = (document: string, attribution: string | null) =>
      makeClaim({ document, text: '$60 million', value: 60e6, attribution, period: '2024-05', subject: { entities: ['Solano Rail'], terms: ['contract'], measure: 'contract' } });
    const same = [wire('a.txt', 'Reuters'), wire('b.txt', 'reuters')];
    expect(compareClaims(same, documentsFor(same, 2), {}).findings[0]!.sameOriginal).toBe('Reuters');
    const aliased = [wire('a.txt', 'AP'), wire('b.txt', 'Associated Press')];
    const withAlias = compareClaims(aliased, documentsFor(aliased, 2), { aliases: new Map([['AP', 'Associated Press']]) });
    expect(withAlias.findings[0]!.sameOriginal).toBe('Associated Press');
    const mixed = [wire('a.txt', 'Reuters'), wire('b.txt', null)];
    expect(compareClaims(mixed, documentsFor(mixed, 2), {}).findings[0]!.sameOriginal).toBeNull();
  });

  it('carry confidence and basis', () => {
    const [slip] = compareClaims(corpus(), documentsFor(corpus(), 2), {}).findings;
    expect(slip!.confidence).toBeGreaterThan(0.5);
    expect(slip!.confidence).toBeLessThanOrEqual(1);
    expect(slip!.basis).toMatchObject({ entities: ['Quillfeather'], measure: 'funding-round', period: null });
    expect(slip!.basis.terms).toEqual(expect.arrayContaining(['seed', 'round']));
  });

  it('honour the tolerance option', () => {
    const pair = [
      makeClaim({ document: 'a.txt', text: '1,040', value: 1040, kind: 'count', unit: 'people', subject: toll, period: '2024-07' }),
      makeClaim({ document: 'b.txt', text: '1,000', value: 1000, kind: 'count', unit: 'people', subject: toll, period: '2024-07', precision: 1 }),
    ];
    const docs = documentsFor(pair, 2);
    expect(compareClaims(pair, docs, {}).findings.map((f) => f.code)).toEqual(['value-conflict']);
    const [agreement] = compareClaims(pair, docs, { tolerance: 0.02 }).findings;
    expect(agreement).toMatchObject({ code: 'agreement', ratio: 1 });
    expect(agreement!.data['spread']).toBeCloseTo(1.04);
  });

  it('compare strings by code point', () => {
    expect(compareCodePoints('a', 'b')).toBeLessThan(0);
    expect(compareCodePoints('\u{1F600}', '\uFFFF')).toBeGreaterThan(0); // UTF-16 order would say less
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('Z', 'a')).toBeLessThan(0);
  });
});
