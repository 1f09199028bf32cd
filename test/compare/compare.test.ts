import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import type { Claim } from '../../src/extract/schema.js';
import { documentsFor, makeClaim } from './helpers.js';

function run(claims: Claim[], extraDocs = 3, tolerance?: number) {
  return compareClaims(claims, documentsFor(claims, extraDocs), tolerance === undefined ? {} : { tolerance });
}

function codes(claims: Claim[]) {
  return run(claims).findings.map((f) => `${f.kind}:${f.code}:${f.severity}`);
}

const innovio = { entities: ['Innovio Ventures', 'Russia'], terms: ['supply', 'electronics', 'drones'], measure: 'exports' };

describe('conflicts', () => {
  it('finds a thousandfold scale slip even through "at least"', () => {
    const a = makeClaim({ document: 'a.txt', text: '$4.9 billion', value: 4.9e9, scale: 'billion', subject: innovio });
    const b = makeClaim({ document: 'b.txt', text: '$4.9 million', value: 4.9e6, scale: 'million', qualifier: 'at-least', subject: { ...innovio, terms: ['supplied', 'electronics', 'worth'] } });
    const { findings } = run([a, b]);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({ kind: 'conflict', code: 'scale-slip', severity: 'error', claims: [a.id, b.id] });
    expect(f.data).toMatchObject({ factor: 1000, digitsA: '4.9', digitsB: '4.9', scaleA: 'billion', scaleB: 'million' });
    expect(f.ratio).toBeCloseTo(1000);
    expect(f.basis.entities).toContain('Innovio Ventures');
    expect(f.fact).toContain('Innovio Ventures');
  });

  it('finds decimal slips and lakh/crore slips', () => {
    const subject = { entities: ['Harbour Authority'], terms: ['fine', 'pollution'], measure: 'fine' };
    const dec = [
      makeClaim({ document: 'a.txt', text: '$12 million', value: 12e6, subject }),
      makeClaim({ document: 'b.txt', text: '$120 million', value: 120e6, subject }),
    ];
    expect(codes(dec)).toEqual(['conflict:decimal-slip:error']);
    const rupees = { entities: ['Mumbai Municipal Corporation'], terms: ['penalty', 'contractor'], measure: 'fine' };
    const lakh = [
      makeClaim({ document: 'a.txt', text: '₹5 crore', value: 5e7, unit: 'INR', scale: 'crore', subject: rupees }),
      makeClaim({ document: 'b.txt', text: '₹5 lakh', value: 5e5, unit: 'INR', scale: 'lakh', subject: rupees }),
    ];
    expect(codes(lakh)).toEqual(['conflict:lakh-crore-slip:error']);
  });

  it('reads "exceeded $50 billion" vs "$65 billion" as qualifier tension, a warning', () => {
    const subject = { entities: ['India', 'Russia'], terms: ['trade', 'bilateral'], measure: 'trade' };
    const claims = [
      makeClaim({ document: 'a.txt', text: '$65 billion', value: 65e9, period: '2023', subject }),
      makeClaim({ document: 'b.txt', text: '$50 billion', value: 50e9, qualifier: 'more-than', period: '2023', subject: { ...subject, entities: ['India', 'Russia', 'Jaishankar'] } }),
    ];
    expect(codes(claims)).toEqual(['conflict:qualifier-tension:warning']);
  });

  it('reports death tolls by measure, not by the noun after the number', () => {
    const quake = (document: string, text: string, value: number, unit: string) =>
      makeClaim({ document, text, value, kind: 'count', unit, subject: { entities: ['Odisha'], terms: ['train', 'collision', 'balasore'], measure: 'deaths' }, period: '2023-06' });
    const claims = [quake('a.txt', '288', 288, 'people'), quake('b.txt', '275', 275, 'toll'), quake('c.txt', '288', 288, 'people')];
    const { findings } = run(claims);
    expect(findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['value-conflict:warning', 'agreement:info']);
    expect(findings[0]!.claims).toEqual([claims[0]!.id, claims[2]!.id, claims[1]!.id]);
  });

  it('makes a clear, confident value conflict an error', () => {
    const subject = { entities: ['Nordwind Energy', 'Bundesnetzagentur'], terms: ['fine', 'grid', 'outage'], measure: 'fine' };
    const claims = [
      makeClaim({ document: 'a.txt', text: '€3.2 million', value: 3.2e6, unit: 'EUR', period: '2024', subject }),
      makeClaim({ document: 'b.txt', text: '€4.6 million', value: 4.6e6, unit: 'EUR', period: '2024', subject }),
    ];
    expect(codes(claims)).toEqual(['conflict:value-conflict:error']);
  });

  it('links the same digits for the same measure with only the scale word changed, however the parties are named', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '2 lakh rupees', value: 2e5, unit: 'INR', scale: 'lakh', subject: { entities: ['Bhupendra Patel'], terms: ['ex-gratia', 'family', 'victim'], measure: 'compensation' } }),
      makeClaim({ document: 'b.txt', text: 'Rs 2 crore', value: 2e7, unit: 'INR', scale: 'crore', subject: { entities: ['Gujarat'], terms: ['government', 'victim'], measure: 'compensation' } }),
      makeClaim({ document: 'c.txt', text: 'Rs 3 crore', value: 3e7, unit: 'INR', scale: 'crore', subject: { entities: ['Konkan'], terms: ['renovation'], measure: 'compensation' } }),
    ];
    expect(codes(claims)).toEqual(['conflict:lakh-crore-slip:error']);
  });

  it('links the same number in points and in percent for one measure and period, however worded', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '0.3 percentage points', value: 0.3, kind: 'percent', unit: 'percentage-point', period: '2025-12', subject: { entities: ['ICRA'], terms: ['cpi', 'room'], measure: 'inflation' } }),
      makeClaim({ document: 'b.txt', text: '0.3%', value: 0.3, kind: 'percent', unit: 'percent', period: '2025-12', subject: { entities: ['Retail'], terms: ['headroom', 'subsidy'], measure: 'inflation' } }),
    ];
    expect(codes(claims)[0]).toMatch(/^conflict:percent-points/);
  });

  it('flags percent vs percentage points', () => {
    const subject = { entities: ['Reserve Bank'], terms: ['unemployment', 'rate', 'rise'], measure: 'unemployment-change' };
    const claims = [
      makeClaim({ document: 'a.txt', text: '2 percentage points', value: 2, kind: 'percent', unit: 'percentage points', period: '2024', subject }),
      makeClaim({ document: 'b.txt', text: '40%', value: 40, kind: 'percent', unit: 'percent', period: '2024', subject }),
    ];
    expect(codes(claims)).toEqual(['conflict:percent-points:warning']);
  });

  it('reports an internal conflict in one document, and merges repeats silently', () => {
    const subject = { entities: ['Kestrel Labs'], terms: ['series', 'round', 'raise'], measure: 'funding-round' };
    const repeat = [
      makeClaim({ document: 'a.txt', text: '$40 million', value: 40e6, subject }),
      makeClaim({ document: 'a.txt', text: '$40 million', value: 40e6, subject }),
    ];
    const r = run(repeat);
    expect(r.findings).toEqual([]);
    expect(r.unmatched).toHaveLength(2);
    // Only tokens two documents share are indexed (one article's own words never link two sources), so the
    // subject must be one the corpus shares: another article names Kestrel Labs in an unrelated figure.
    const slip = [
      makeClaim({ document: 'a.txt', text: '$40 million', value: 40e6, subject }),
      makeClaim({ document: 'a.txt', text: '$40 billion', value: 40e9, subject }),
      makeClaim({ document: 'b.txt', text: '120 engineers', value: 120, kind: 'count', unit: 'engineers', subject: { entities: ['Kestrel Labs'], terms: ['hire', 'series', 'round'], measure: null } }),
    ];
    const f = run(slip).findings;
    expect(f.map((x) => `${x.code}:${x.data['diagnosis']}`)).toEqual(['internal-conflict:scale-slip']);
  });
});

describe('traps: not the same fact', () => {
  const exports = { entities: ['India', 'Russia'], terms: ['exports', 'sanctioned', 'goods', 'chips'], measure: 'exports' };

  it('keeps other periods apart', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '$60 million', value: 60e6, qualifier: 'more-than', period: '2024-04..2024-05', subject: exports }),
      makeClaim({ document: 'b.txt', text: '$95 million', value: 95e6, period: '2024-07', subject: exports }),
      makeClaim({ document: 'b.txt', text: '60 million dollars', value: 60e6, qualifier: 'more-than', period: '2024-04..2024-05', subject: exports }),
    ];
    const { findings } = run(claims);
    expect(findings.map((f) => f.code)).toEqual(['agreement']);
    expect(findings[0]!.claims).toEqual([claims[0]!.id, claims[2]!.id]);
  });

  it('never compares projections with reported figures', () => {
    const trade = { entities: ['India', 'Russia'], terms: ['trade'], measure: 'trade' };
    const claims = [
      makeClaim({ document: 'a.txt', text: '$65 billion', value: 65e9, period: '2023', subject: trade }),
      makeClaim({ document: 'b.txt', text: '$100 billion', value: 100e9, modality: 'projected', period: '2023', subject: trade }),
    ];
    expect(run(claims).findings).toEqual([]);
  });

  it('never matches different measures: injured vs killed, pre- vs post-money', () => {
    const crash = (document: string, value: number, measure: string) =>
      makeClaim({ document, text: String(value), value, kind: 'count', unit: 'people', subject: { entities: ['Karachi'], terms: ['bus', 'crash'], measure } });
    expect(run([crash('a.txt', 14, 'deaths'), crash('b.txt', 41, 'injured')]).findings).toEqual([]);
    const val = (document: string, value: number, measure: string) =>
      makeClaim({ document, text: `$${value / 1e6} million`, value, subject: { entities: ['Brightloop'], terms: ['valuation', 'series'], measure } });
    expect(run([val('a.txt', 400e6, 'valuation-pre'), val('b.txt', 450e6, 'valuation-post')]).findings).toEqual([]);
    // A plain "valuation" is compatible with its refinement.
    expect(codes([val('a.txt', 450e6, 'valuation'), val('b.txt', 450e6, 'valuation-post')])).toEqual(['agreement:agreement:info']);
  });

  it('does not match another entity with the same measure and period', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '$4.9 billion', value: 4.9e9, subject: innovio }),
      makeClaim({ document: 'b.txt', text: '$4 billion', value: 4e9, qualifier: 'nearly', low: 3.6e9, high: 4e9, period: '2024-02', subject: { entities: ['State Department', 'SkyGuardian', 'India'], terms: ['sale', 'drones', 'missiles'], measure: 'sale' } }),
      makeClaim({ document: 'c.txt', text: '$568,000', value: 568000, subject: { entities: ['Testkomplekt', 'Russia'], terms: ['electronic', 'equipment', 'received'], measure: null } }),
    ];
    expect(run(claims).findings).toEqual([]);
  });

  it('does not merge a second figure about a side shipment into the main one', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '$4.9 million', value: 4.9e6, subject: innovio }),
      makeClaim({ document: 'a.txt', text: '$600,000', value: 600000, subject: { entities: ['Kyrgyzstan', 'Innovio Ventures'], terms: ['shipped', 'goods'], measure: 'exports' } }),
      makeClaim({ document: 'b.txt', text: '$4.9 billion', value: 4.9e9, subject: innovio }),
    ];
    expect(codes(claims)).toEqual(['conflict:scale-slip:error']);
  });

  it('compares rates only with the same denominator', () => {
    const subject = { entities: ['Lumen Health'], terms: ['contract', 'licence'], measure: 'contract' };
    const claims = [
      makeClaim({ document: 'a.txt', text: '$75m', value: 75e6, per: 'year', subject }),
      makeClaim({ document: 'b.txt', text: '$300m', value: 300e6, subject }),
    ];
    expect(run(claims).findings).toEqual([]);
  });

  it('lets a claim without a period match one with a period only on a strong subject match', () => {
    const strong = { entities: ['Halvorsen Shipping', 'Oslo'], terms: ['fine', 'emissions', 'ferry'], measure: 'fine' };
    const pair = [
      makeClaim({ document: 'a.txt', text: '$2.5 million', value: 2.5e6, period: '2023', subject: strong }),
      makeClaim({ document: 'b.txt', text: '$2.5 million', value: 2.5e6, subject: strong }),
    ];
    expect(codes(pair)).toEqual(['agreement:agreement:info']);
    const weak = [
      makeClaim({ document: 'a.txt', text: '$2.5 million', value: 2.5e6, period: '2023', subject: { entities: ['Oslo'], terms: ['budget', 'schools'], measure: null } }),
      makeClaim({ document: 'b.txt', text: '$2.9 million', value: 2.9e6, subject: { entities: ['Oslo'], terms: ['fine', 'ferry'], measure: 'fine' } }),
    ];
    expect(run(weak).findings).toEqual([]);
  });

  it('does not chain A~B~C into one fact when A and C are unrelated', () => {
    const a = makeClaim({ document: 'a.txt', text: '$30 million', value: 30e6, subject: { entities: ['Arcadia Foods'], terms: ['acquisition', 'dairy'], measure: null } });
    const b = makeClaim({ document: 'b.txt', text: '$30 million', value: 30e6, subject: { entities: ['Arcadia Foods', 'Verdant Dairy'], terms: ['acquisition', 'dairy', 'brand'], measure: null } });
    const c = makeClaim({ document: 'c.txt', text: '$34 million', value: 34e6, subject: { entities: ['Verdant Dairy'], terms: ['brand', 'revenue'], measure: null } });
    const { findings } = run([a, b, c]);
    expect(findings.every((f) => !(f.claims.includes(a.id) && f.claims.includes(c.id)))).toBe(true);
  });
});

describe('data for the report wording', () => {
  it('carries digits and scales of a slip, and the qualifier of a tension', () => {
    const a = makeClaim({ document: 'a.txt', text: '$4.9 billion', value: 4.9e9, scale: 'billion', subject: innovio });
    const b = makeClaim({ document: 'b.txt', text: '$4.9 million', value: 4.9e6, scale: 'million', qualifier: 'at-least', subject: innovio });
    expect(run([a, b]).findings[0]!.data).toMatchObject({ digits: '4.9', scaleLow: 'million', scaleHigh: 'billion', factor: 1000 });
    const subject = { entities: ['India', 'Russia'], terms: ['trade'], measure: 'trade' };
    const t = [
      makeClaim({ document: 'a.txt', text: '$65 billion', value: 65e9, period: '2023', subject }),
      makeClaim({ document: 'b.txt', text: '$50 billion', value: 50e9, qualifier: 'more-than', period: '2023', subject }),
    ];
    expect(run(t).findings[0]!.data).toMatchObject({ qualifier: 'more-than' });
  });
});

describe('the same figure', () => {
  it('links differently worded subjects that share a word, but not a bare coincidence', () => {
    const a = makeClaim({ document: 'a.txt', text: '₹8,240 crore', value: 8.24e10, unit: 'INR', scale: 'crore', subject: { entities: ['Ministry of Road Transport and Highways'], terms: ['allocation', 'expressway'], measure: 'budget' } });
    const b = makeClaim({ document: 'b.txt', text: '₹8,240 crore', value: 8.24e10, unit: 'INR', scale: 'crore', period: '2024', subject: { entities: ['Road Transport Ministry'], terms: ['corridor', 'funds'], measure: 'budget' } });
    expect(codes([a, b])).toEqual(['agreement:agreement:info']);
    const c = makeClaim({ document: 'c.txt', text: '₹8,240 crore', value: 8.24e10, unit: 'INR', scale: 'crore', subject: { entities: ['Hindustan Zinc'], terms: ['dividend', 'shareholders'], measure: 'budget' } });
    expect(run([a, c]).findings).toEqual([]);
  });
});

describe('one story per folder', () => {
  const dated = (claims: Claim[], dates: Record<string, string>) =>
    documentsFor(claims, 3).map((d) => ({ ...d, published: dates[d.id] ?? null }));

  it('links the same measure with close figures when both claims name the story, however differently worded', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '288 people', value: 288, kind: 'count', unit: 'people', subject: { entities: ['Balasore', 'Odisha', 'Bhubaneswar'], terms: ['died', 'passenger', 'collided'], measure: 'deaths' } }),
      makeClaim({ document: 'b.txt', text: '278', value: 278, kind: 'count', unit: 'count', subject: { entities: ['Coromandel Express', 'Odisha'], terms: ['killed', 'stationary', 'authorities'], measure: 'deaths' } }),
      makeClaim({ document: 'c.txt', text: '1,100', value: 1100, kind: 'count', unit: 'count', subject: { entities: ['Odisha'], terms: ['injured'], measure: 'injured' } }),
    ];
    expect(codes(claims)).toEqual(['conflict:value-conflict:warning']);
  });

  it('gives no benefit of the doubt to a claim that names another party instead of the story', () => {
    // Alike enough to link only through the same-measure rule: Harlow's fine names Ofgem but not Calder Power.
    const fine = (document: string, text: string, value: number, entities: string[], terms: string[]) =>
      makeClaim({ document, text, value, unit: 'GBP', subject: { entities, terms, measure: 'fine' } });
    const claims = [
      fine('a.txt', '£12.5 million', 12.5e6, ['Calder Power', 'Ofgem'], ['overcharged', 'prepayment', 'meters']),
      fine('b.txt', '£12.5 million', 12.5e6, ['Calder Power', 'Ofgem'], ['overcharged', 'prepayment', 'customers']),
      fine('c.txt', '£12.1 million', 12.1e6, ['Harlow Gas', 'Ofgem'], ['billing', 'errors', 'separate']),
    ];
    expect(codes(claims)).toEqual(['agreement:agreement:info']);
  });

  it('reads goods shipped or supplied abroad as exports', () => {
    const subject = { entities: ['Vietnam', 'European Union'], terms: ['solar', 'modules'] };
    const claims = [
      makeClaim({ document: 'a.txt', text: '$410 million', value: 410e6, period: '2024-04..2024-06', subject: { ...subject, measure: 'exports' } }),
      makeClaim({ document: 'b.txt', text: '$410 million', value: 410e6, period: '2024-04..2024-06', subject: { ...subject, measure: 'supplies' } }),
    ];
    expect(codes(claims)).toEqual(['agreement:agreement:info']);
  });

  it('keeps a figure dated before the other article was written apart from that article\'s undated figure', () => {
    const claims = [
      makeClaim({ document: 'a.txt', text: '€21.5 billion', value: 21.5e9, unit: 'EUR', period: '2022', subject: { entities: ['European Union'], terms: ['private', 'oligarch', 'alone'], measure: 'assets' } }),
      makeClaim({ document: 'b.txt', text: '€28 billion', value: 28e9, unit: 'EUR', subject: { entities: ['European Union'], terms: ['private', 'sanctioned', 'individuals'], measure: 'assets' } }),
    ];
    expect(run(claims).findings.map((f) => f.code)).toEqual(['value-conflict']); // the article's year unknown: one fact
    const known = compareClaims(claims, dated(claims, { 'b.txt': '2023-11-21' }));
    expect(known.findings).toEqual([]);
  });

  it('reads a toll that rises in later-dated articles as evolving (a warning), and a later lower toll as a conflict', () => {
    const toll = (document: string, value: number) =>
      makeClaim({ document, text: String(value), value, kind: 'count', unit: 'people', subject: { entities: ['Velmara'], terms: ['earthquake', 'killed'], measure: 'deaths' } });
    const claims = [toll('a.txt', 1500), toll('b.txt', 2000)];
    const rising = compareClaims(claims, dated(claims, { 'a.txt': '2024-02-06', 'b.txt': '2024-02-07' })).findings;
    expect(rising.map((f) => `${f.code}:${f.severity}:${f.data['evolving']}`)).toEqual(['value-conflict:warning:rising']);
    const falling = compareClaims(claims, dated(claims, { 'a.txt': '2024-02-08', 'b.txt': '2024-02-07' })).findings;
    expect(falling.map((f) => `${f.code}:${f.severity}:${f.data['evolving'] ?? null}`)).toEqual(['value-conflict:error:null']);
  });
});
