// A hand-built, realistic check Report over the five seed articles (four outlets), standing in for the
// extractor and comparator while they are built: a ×1,000 scale slip ($4.9 billion vs at least $4.9 million),
// a conversion mismatch (82 billion rupees restated as $976,650), a qualifier tension ("exceeded $50 billion"
// vs "$65 billion"), agreements, figures that stood alone and figures never compared.
import { readFileSync } from 'node:fs';
import type { Claim } from '../../../src/extract/schema.js';
import type { Report } from '../../../src/report/model.js';
import type { DocumentInfo } from '../../../src/sources/schema.js';
import { finding, placeClaim, type ClaimSpec } from './build.js';

const SEEDS = ['000_1c550e910b2543f9', '001_14f8fc34f2883d10', '002_3036cecfe3ef939d', '003_dd2b5a3fd76e9680', '004_a453dcac4f58de94'];
const ids = SEEDS.map((s) => `seeds/${s}.txt`);
const [D0, D1, D2, D3, D4] = ids as [string, string, string, string, string];
export const sampleTexts = new Map(ids.map((id) => [id, readFileSync(new URL(`../../../${id}`, import.meta.url), 'utf8')]));

const doc = (id: string, publisher: string, published: string, title: string, url: string | null = null): DocumentInfo => ({
  id,
  format: 'txt',
  title,
  publisher,
  url,
  published,
});

const documents: DocumentInfo[] = [
  doc(D0, 'Euromaidan Press', '2024-10-31', 'Russia secretly purchases dual-use goods from India after China imposes restrictions - FT'),
  doc(D1, 'The Moscow Times', '2024-10-31', 'Russia sets up covert trade route for Indian electronics, FT reports', 'https://example.com/news/covert-trade-route'),
  doc(D2, 'Euromaidan Press', '2024-08-16', 'The West is worried about India’s role in supplying sanctioned goods to Russia — Bloomberg'),
  doc(D3, 'Focus', '2024-08-17', 'Putin found another ally for the Russian Federation amid the war against Ukraine'),
  doc(D4, 'Global Research', '2023-12-28', 'Washington Fails to Deter India-Russia Ties as Trade Explodes to $50 Billion'),
];

const at = (id: string, spec: ClaimSpec): Claim => placeClaim(id, sampleTexts.get(id) ?? '', spec);
const FT = 'Financial Times';
const plan = { measure: 'spending-plan', entities: ['Russian Ministry of Industry and Trade', 'India'], terms: ['components', 'electronics'] };
const innovio = { measure: 'supplies', entities: ['Innovio Ventures', 'Russia'], terms: ['drones', 'electronics'], attribution: FT };
const exportsTo = { measure: 'exports', entities: ['India', 'Russia'], terms: ['sanctioned', 'goods'], attribution: 'Bloomberg' };
const trade = { measure: 'trade', entities: ['India', 'Russia'], terms: ['bilateral', 'trade'], period: '2023' };

const c0 = at(D0, { text: '82 billion rupees', value: 82e9, unit: 'INR', scale: 'billion', precision: 1e9, qualifier: 'about', low: 77.9e9, high: 86.1e9, period: '2022', attribution: FT, ...plan });
const c1 = at(D0, { text: '1 billion USD', value: 1e9, scale: 'billion', precision: 1e9, low: 0.5e9, high: 1.5e9, attribution: FT, equivalentOf: c0.id, ...plan });
const c2 = at(D0, { text: '$4.9 billion', value: 4.9e9, scale: 'billion', precision: 1e8, low: 4.85e9, high: 4.95e9, ...innovio });
const c3 = at(D1, { text: '82 billion rupees', value: 82e9, unit: 'INR', scale: 'billion', precision: 1e9, low: 81.5e9, high: 82.5e9, period: 'October 2022', attribution: FT, ...plan });
const c4 = at(D1, { text: '$976,650', value: 976650, attribution: FT, equivalentOf: c3.id, ...plan });
const c5 = at(D1, { text: '$65 billion', value: 65e9, scale: 'billion', precision: 1e9, low: 64.5e9, high: 65.5e9, ...trade });
const c6 = at(D1, { text: '$4.9 million', value: 4.9e6, scale: 'million', precision: 1e5, qualifier: 'at-least', low: 4.9e6, high: null, ...innovio });
const c7 = at(D1, { text: '$600,000', value: 6e5, measure: 'shipments', entities: ['Innovio Ventures', 'Kyrgyzstan'] });
const c8 = at(D2, { text: '$60 million', value: 60e6, scale: 'million', precision: 1e6, qualifier: 'more-than', low: 60e6, high: null, period: 'April–May 2024', ...exportsTo });
const c9 = at(D2, { text: '$95 million', value: 95e6, scale: 'million', precision: 1e6, low: 94.5e6, high: 95.5e6, period: 'July 2024', ...exportsTo });
const c10 = at(D2, { text: '$4 billion', value: 4e9, scale: 'billion', precision: 1e9, qualifier: 'nearly', low: 3.6e9, high: 4e9, measure: 'arms-sale', entities: ['MQ-9B SkyGuardian', 'India'] });
const c11 = at(D3, { text: '60 million dollars', value: 60e6, scale: 'million', precision: 1e6, qualifier: 'more-than', low: 60e6, high: null, period: 'April-May 2024', ...exportsTo });
const c12 = at(D3, { text: '95 million dollars', value: 95e6, scale: 'million', precision: 1e6, low: 94.5e6, high: 95.5e6, period: 'July 2024', ...exportsTo });
const c13 = at(D4, { text: '$50 Billion', value: 50e9, scale: 'billion', precision: 1e9, low: 49.5e9, high: 50.5e9, measure: 'trade' });
const c14 = at(D4, { text: '$50 billion', after: 'Trade between', value: 50e9, scale: 'billion', precision: 1e9, qualifier: 'more-than', low: 50e9, high: null, attribution: 'Subrahmanyam Jaishankar', ...trade });
const c15 = at(D4, { text: '$100 billion', value: 100e9, scale: 'billion', precision: 1e9, modality: 'projected', measure: 'trade', entities: ['India', 'Russia'] });
const c16 = at(D4, { text: '$12 billion and \\$14 billion', value: 13e9, scale: 'billion', precision: 1e9, qualifier: 'range', low: 12e9, high: 14e9, measure: 'trade' });
const claims = [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16].sort(
  (a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start),
);

const findings = [
  finding({
    kind: 'conflict', code: 'scale-slip', severity: 'error', fact: 'Innovio Ventures supplies to Russia', claims: [c6, c2], ratio: 1000,
    data: { factor: 1000, digits: '4.9', scaleLow: 'million', scaleHigh: 'billion' }, sameOriginal: FT, confidence: 0.86,
    basis: { entities: ['Innovio Ventures'], terms: ['drones', 'electronics'], measure: 'supplies', period: null },
  }),
  finding({
    kind: 'conversion', code: 'conversion-mismatch', severity: 'error', fact: 'Russian electronics spending plan, 2022', claims: [c3, c4], ratio: 1068.2,
    data: { amount: 82e9, currency: 'INR', restated: 976650, restatedCurrency: 'USD', impliedRate: 83960.47, referenceRate: 78.6, year: 2022 }, confidence: 1,
  }),
  finding({
    kind: 'conflict', code: 'qualifier-tension', severity: 'warning', fact: 'India–Russia trade, 2023', claims: [c14, c5], ratio: 1.3,
    data: { qualifier: 'exceeded' }, confidence: 0.74, basis: { entities: ['India', 'Russia'], terms: ['trade'], measure: 'trade', period: '2023' },
  }),
  finding({
    kind: 'agreement', code: 'agreement', severity: 'info', fact: 'Indian exports of sanctioned goods to Russia, April–May 2024', claims: [c8, c11], ratio: 1,
    data: {}, sameOriginal: 'Bloomberg', basis: { entities: ['India', 'Russia'], terms: ['sanctioned'], measure: 'exports', period: '2024-04/2024-05' },
  }),
  finding({
    kind: 'agreement', code: 'agreement', severity: 'info', fact: 'Indian exports of sanctioned goods to Russia, July 2024', claims: [c9, c12], ratio: 1,
    data: {}, sameOriginal: 'Bloomberg', basis: { entities: ['India', 'Russia'], terms: ['exports'], measure: 'exports', period: '2024-07' },
  }),
  finding({
    kind: 'agreement', code: 'agreement', severity: 'info', fact: 'Russian electronics spending plan, 2022', claims: [c0, c3], ratio: 1.0,
    data: {}, sameOriginal: FT, basis: { entities: ['India'], terms: ['components'], measure: 'spending-plan', period: '2022' },
  }),
];

export const sampleReport: Report = {
  command: 'check',
  documents,
  claims,
  findings,
  unmatched: [c7.id, c10.id, c15.id],
  summary: {
    documents: 5, claims: claims.length, compared: 10, unmatched: 3,
    conflicts: { error: 1, warning: 1, info: 0 }, conversions: 1, agreements: 3, suppressed: 0,
  },
  problems: [],
  generatedAt: null,
  texts: sampleTexts,
};

/** The same report without article texts: the document view falls back to sentences. */
export function withoutTexts(report: Report): Report {
  const { texts: _texts, ...rest } = report;
  return rest;
}
