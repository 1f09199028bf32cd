// The seed articles as an extractor would plausibly see them: hand-built claims, one per figure.
// A smoke test of the acceptance list; nothing in src/ knows these names or figures.
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/compare/index.js';
import type { Claim } from '../../src/extract/schema.js';
import { documentsFor, makeClaim, type ClaimInput } from './helpers.js';

const D = ['000.txt', '001.txt', '002.txt', '003.txt', '004.txt'] as const;
const c = (document: string, text: string, input: ClaimInput): Claim => makeClaim({ document, text, id: `${document}:${text}`, ...input });

const trade = { measure: 'trade' };
const claims: Claim[] = [
  c(D[0], '82 billion rupees', { value: 82e9, unit: 'INR', scale: 'billion', qualifier: 'about', low: 78e9, high: 86e9, subject: { entities: ['Russian Ministry of Industry and Trade', 'India'], terms: ['plans', 'spend', 'protecting', 'critical', 'electronics', 'rupees'], measure: 'spending' } }),
  c(D[0], '1 billion USD', { value: 1e9, scale: 'billion', equivalentOf: `${D[0]}:82 billion rupees` }),
  c(D[0], '$4.9 billion', { value: 4.9e9, scale: 'billion', subject: { entities: ['Innovio Ventures', 'Russia'], terms: ['suppliers', 'company', 'drones', 'electronic', 'equipment'], measure: 'supplies' } }),
  c(D[1], '82 billion rupees', { value: 82e9, unit: 'INR', scale: 'billion', period: '2022-10', subject: { entities: ['Ved MMKP', "Russia's Industry and Trade Ministry"], terms: ['consortium', 'spend', 'components', 'western', 'rupees'], measure: 'spending' } }),
  c(D[1], '$976,650', { value: 976650, period: '2022-10', equivalentOf: `${D[1]}:82 billion rupees` }),
  c(D[1], '$65 billion', { value: 65e9, scale: 'billion', period: '2023', subject: { entities: ['Russia', 'India'], terms: ['trade', 'nations', 'doubling', 'rupees', 'oil', 'sales'], ...trade } }),
  c(D[1], '$4.9 million', { value: 4.9e6, scale: 'million', qualifier: 'at-least', subject: { entities: ['Innovio Ventures', 'Russia'], terms: ['company', 'supplied', 'electronics', 'drones'], measure: 'supplies' } }),
  c(D[1], '$600,000', { value: 600000, subject: { entities: ['Kyrgyzstan', 'Innovio Ventures', 'Russia'], terms: ['shipped', 'goods', 'backchannel', 'imports', 'sanctioned'], measure: 'supplies' } }),
  c(D[1], '$568,000', { value: 568000, subject: { entities: ['Testkomplekt'], terms: ['sanctioned', 'company', 'received', 'electronic', 'equipment'], measure: null } }),
  c(D[1], '$2', { value: 2, per: 'month', subject: { entities: ['The Moscow Times'], terms: ['support', 'contribution'], measure: 'donation' } }),
  c(D[2], '$60 million', { value: 60e6, scale: 'million', qualifier: 'more-than', period: '2024-04..2024-05', subject: { entities: ['India', 'Russia', 'Bloomberg'], terms: ['exports', 'sanctioned', 'goods', 'chips', 'machine', 'tools'], measure: 'exports' }, attribution: 'Bloomberg' }),
  c(D[2], '$95 million', { value: 95e6, scale: 'million', period: '2024-07', subject: { entities: ['China', 'Bloomberg'], terms: ['exports', 'jumped'], measure: 'exports' }, attribution: 'Bloomberg' }),
  c(D[2], 'one-fifth', { kind: 'ratio', unit: 'ratio', value: 0.2, precision: 0, subject: { entities: ['Russia', 'India'], terms: ['secret', 'technologies', 'military-industrial', 'complex'], measure: null } }),
  c(D[2], '$4 billion', { value: 4e9, scale: 'billion', qualifier: 'nearly', low: 3.6e9, high: 4e9, period: '2024-02', subject: { entities: ['US State Department', 'MQ-9B SkyGuardian', 'India'], terms: ['sale', 'drones', 'missiles', 'equipment'], measure: 'deal' } }),
  c(D[3], '60 million dollars', { value: 60e6, scale: 'million', qualifier: 'more-than', period: '2024-04..2024-05', subject: { entities: ['European Union', 'United States', 'India', 'Russia'], terms: ['export', 'sanctioned', 'goods', 'microcircuits', 'machines'], measure: 'exports' }, attribution: 'Bloomberg' }),
  c(D[3], '95 million dollars', { value: 95e6, scale: 'million', period: '2024-07', subject: { entities: ['Vladimir Putin', 'China'], terms: ['exports', 'reached'], measure: 'exports' }, attribution: 'Bloomberg' }),
  c(D[3], 'one fifth', { kind: 'ratio', unit: 'ratio', value: 0.2, precision: 0, subject: { entities: ['Russian Federation', 'India'], terms: ['secret', 'technologies', 'military-industrial', 'complex', 'exports'], measure: null } }),
  c(D[4], '$50 billion', { value: 50e9, scale: 'billion', qualifier: 'more-than', period: '2023', subject: { entities: ['India', 'Russia', 'Subrahmanyam Jaishankar'], terms: ['trade', 'record'], ...trade } }),
  c(D[4], '$50 billion ', { value: 50e9, scale: 'billion', period: '2023', subject: { entities: ['India', 'Russia'], terms: ['bilateral', 'trade', 'present'], ...trade } }),
  c(D[4], '$100 billion', { value: 100e9, scale: 'billion', modality: 'projected', subject: { entities: ['India', 'Russia'], terms: ['bilateral', 'trade', 'increase'], ...trade } }),
  c(D[4], '$12 billion', { value: 13e9, scale: 'billion', qualifier: 'range', low: 12e9, high: 14e9, precision: 1e9, subject: { entities: ['Russia'], terms: ['trade', 'exchange', 'previously'], ...trade } }),
];

describe('seed articles (hand-built claims)', () => {
  const { findings } = compareClaims(claims, documentsFor(claims), {});
  const texts = (ids: readonly string[]) => ids.map((id) => id.slice(id.indexOf(':') + 1).trim()).sort();
  const summary = findings.map((f) => `${f.kind}/${f.code}/${f.severity}: ${texts(f.claims).join(' | ')}`);

  it('reports exactly the expected conflicts and conversion', () => {
    expect(summary.filter((s) => !s.startsWith('agreement'))).toEqual([
      'conflict/scale-slip/error: $976,650 | 1 billion USD',
      'conflict/scale-slip/error: $4.9 billion | $4.9 million',
      'conversion/conversion-mismatch/error: $976,650 | 82 billion rupees',
      'conflict/qualifier-tension/warning: $50 billion | $50 billion | $65 billion',
    ]);
  });

  it('reports the agreements', () => {
    expect(summary.filter((s) => s.startsWith('agreement'))).toEqual([
      'agreement/agreement/info: 82 billion rupees | 82 billion rupees',
      'agreement/agreement/info: $60 million | 60 million dollars',
      'agreement/agreement/info: $95 million | 95 million dollars',
      'agreement/agreement/info: one fifth | one-fifth',
    ]);
    const sixty = findings.find((f) => f.claims.includes(`${D[2]}:$60 million`));
    expect(sixty?.sameOriginal).toBe('Bloomberg');
  });
});
