// A hand-built, realistic Report for reporter goldens: 4 documents from 3 outlets, 14 claims, a scale slip,
// a conversion mismatch, a qualifier tension, a decimal slip with no data, two agreements (one of rewrites
// of the same original) and an unmatched claim. Sentences hold commas, double quotes, a newline, cells
// starting with = + - @, and non-ASCII text, so every escaping path is exercised.
import type { Finding } from '../../src/compare/schema.js';
import type { Claim } from '../../src/extract/schema.js';
import type { Report } from '../../src/report/model.js';
import type { DocumentInfo } from '../../src/sources/schema.js';
import { LineIndex } from '../../src/sources/positions.js';
import { hashId } from '../../src/util/hash.js';

export const DOCUMENT_TEXTS: Record<string, string> = {
  'articles/ft-russia.md':
    '# Russia buys dual-use goods from India\n' +
    '\n' +
    'Specifically, the Russian Ministry of Industry and Trade planned to spend around 82 billion rupees (1 billion USD) on protecting critical electronics.\n' +
    '= 12,000 firms, "shell" or not, were listed in the leaked files.\n' +
    'Exports of components fell -35% in the first quarter, the ministry said.\n',
  'articles/ft-followup.html':
    '<p>The plan, worth $1bn according to the Financial Times, is still under review.</p>\n' +
    '<p>Imports of Indian electronics changed by -3.5% year on year.</p>\n',
  'articles/the-hindu.txt':
    'NEW DELHI — Moscow set aside 82 million rupees for the electronics plan, the FT reported.\n' +
    'Officials put the wider programme at Rs 8,200 crore (about $1.5 billion).\n' +
    'Growth in Bengaluru’s electronics sector hit 4.9% last year.\n',
  'wire/kyiv independent.txt':
    'More than 5,000 firms,\nincluding "front" companies, took part — так повідомляє джерело.\n' +
    'Shipments to Europe rose +12% in the first quarter.\n' +
    '@ Sector growth reached 4.9 per cent, officials said.\n' +
    'A separate fund of ₹1,200 crore was announced.\n',
};

export const SAMPLE_DOCUMENTS: DocumentInfo[] = [
  { id: 'articles/ft-followup.html', format: 'html', title: 'India plan under review', publisher: 'Financial Times', url: 'https://www.ft.com/content/plan-review', published: '2024-03-14' },
  { id: 'articles/ft-russia.md', format: 'md', title: 'Russia buys dual-use goods from India', publisher: 'Financial Times', url: 'https://www.ft.com/content/russia-india', published: '2024-03-12' },
  { id: 'articles/the-hindu.txt', format: 'txt', title: 'Moscow’s electronics plan', publisher: 'The Hindu', url: null, published: '2024-03-13' },
  { id: 'wire/kyiv independent.txt', format: 'txt', title: 'Україна: звіт про санкції', publisher: '@kyivindependent', url: null, published: null },
];

interface ClaimSpec {
  key: string;
  document: string;
  text: string;
  kind: Claim['kind'];
  value: number;
  unit: string;
  scale?: string;
  precision?: number;
  qualifier?: Claim['qualifier'];
  low?: number | null;
  high?: number | null;
  measure: string;
  entities?: string[];
  terms?: string[];
  attribution?: string;
  restates?: string;
  sentence?: string;
}

/** The line holding the figure, tags stripped: the sample's articles have one sentence a line. */
function lineAround(text: string, start: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', start);
  return text.slice(from, to < 0 ? text.length : to).replace(/<[^>]*>/g, '');
}

const ids = new Map<string, string>();

function claim(spec: ClaimSpec): Claim {
  const text = DOCUMENT_TEXTS[spec.document] ?? '';
  const start = text.indexOf(spec.text);
  if (start < 0) throw new Error(`sample: "${spec.text}" not in ${spec.document}`);
  const end = start + spec.text.length;
  const { line, column } = new LineIndex(text).locate(start);
  const id = hashId(spec.document, spec.text, '0');
  ids.set(spec.key, id);
  return {
    id,
    document: spec.document,
    start,
    end,
    line,
    column,
    text: spec.text,
    sentence: spec.sentence ?? lineAround(text, start),
    kind: spec.kind,
    value: spec.value,
    unit: spec.unit,
    scale: spec.scale ?? null,
    precision: spec.precision ?? 1,
    qualifier: spec.qualifier ?? null,
    low: spec.low === undefined ? spec.value : spec.low,
    high: spec.high === undefined ? spec.value : spec.high,
    per: null,
    period: { label: '2024', start: '2024-01-01', end: '2024-12-31' },
    subject: { entities: spec.entities ?? [], terms: spec.terms ?? [], measure: spec.measure },
    attribution: spec.attribution ?? null,
    modality: 'reported',
    equivalentOf: spec.restates === undefined ? null : (ids.get(spec.restates) ?? null),
  };
}

const plan = { entities: ['Russian Ministry of Industry and Trade', 'India'], terms: ['electronics', 'spend', 'plan'] };

export const SAMPLE_CLAIMS: Claim[] = [
  claim({ key: 'ft-inr', document: 'articles/ft-russia.md', text: '82 billion rupees', kind: 'money', value: 82e9, unit: 'INR', scale: 'billion', precision: 1e9, qualifier: 'about', low: 81.5e9, high: 82.5e9, measure: 'spending', ...plan, attribution: 'Financial Times' }),
  claim({ key: 'ft-usd', document: 'articles/ft-russia.md', text: '1 billion USD', kind: 'money', value: 1e9, unit: 'USD', scale: 'billion', precision: 1e9, measure: 'spending', ...plan, attribution: 'Financial Times', restates: 'ft-inr' }),
  claim({ key: 'ft-firms', document: 'articles/ft-russia.md', text: '12,000 firms', kind: 'count', value: 12000, unit: 'firms', precision: 1000, measure: 'firms', entities: ['Russia'], terms: ['firms', 'listed'] }),
  claim({ key: 'ft-exports', document: 'articles/ft-russia.md', text: '-35%', kind: 'percent', value: -35, unit: 'percent', measure: 'exports', entities: ['Russia'], terms: ['exports', 'components', 'quarter'] }),
  claim({ key: 'fu-usd', document: 'articles/ft-followup.html', text: '$1bn', kind: 'money', value: 1e9, unit: 'USD', scale: 'bn', precision: 1e9, measure: 'spending', ...plan, attribution: 'Financial Times' }),
  claim({ key: 'fu-imports', document: 'articles/ft-followup.html', text: '-3.5%', kind: 'percent', value: -3.5, unit: 'percent', precision: 0.1, measure: 'imports', entities: ['India'], terms: ['imports', 'electronics'] }),
  claim({ key: 'th-inr', document: 'articles/the-hindu.txt', text: '82 million rupees', kind: 'money', value: 82e6, unit: 'INR', scale: 'million', precision: 1e6, measure: 'spending', ...plan, attribution: 'Financial Times' }),
  claim({ key: 'th-crore', document: 'articles/the-hindu.txt', text: 'Rs 8,200 crore', kind: 'money', value: 82e9, unit: 'INR', scale: 'crore', precision: 1e7, measure: 'spending', entities: ['India'], terms: ['programme'] }),
  claim({ key: 'th-usd', document: 'articles/the-hindu.txt', text: '$1.5 billion', kind: 'money', value: 1.5e9, unit: 'USD', scale: 'billion', precision: 1e8, qualifier: 'about', low: 1.45e9, high: 1.55e9, measure: 'spending', entities: ['India'], terms: ['programme'], restates: 'th-crore' }),
  claim({ key: 'th-growth', document: 'articles/the-hindu.txt', text: '4.9%', kind: 'percent', value: 4.9, unit: 'percent', precision: 0.1, measure: 'growth', entities: ['Bengaluru'], terms: ['electronics', 'sector'] }),
  claim({ key: 'ki-firms', document: 'wire/kyiv independent.txt', text: 'More than 5,000 firms', kind: 'count', value: 5000, unit: 'firms', precision: 1000, qualifier: 'more-than', low: 5000, high: null, measure: 'firms', entities: ['Russia'], terms: ['firms', 'front'], sentence: 'More than 5,000 firms,\nincluding "front" companies, took part — так повідомляє джерело.' }),
  claim({ key: 'ki-shipments', document: 'wire/kyiv independent.txt', text: '+12%', kind: 'percent', value: 12, unit: 'percent', measure: 'shipments', entities: ['Europe'], terms: ['shipments', 'quarter'] }),
  claim({ key: 'ki-growth', document: 'wire/kyiv independent.txt', text: '4.9 per cent', kind: 'percent', value: 4.9, unit: 'percent', precision: 0.1, measure: 'growth', entities: ['Bengaluru'], terms: ['sector', 'growth'] }),
  claim({ key: 'ki-fund', document: 'wire/kyiv independent.txt', text: '₹1,200 crore', kind: 'money', value: 12e9, unit: 'INR', scale: 'crore', precision: 1e7, measure: 'fund', terms: ['fund'] }),
];

const id = (key: string): string => ids.get(key) ?? key;

function finding(f: Omit<Finding, 'id' | 'claims'> & { claims: string[] }): Finding {
  const claims = f.claims.map(id);
  const values = claims.map((c) => String(SAMPLE_CLAIMS.find((x) => x.id === c)?.value));
  return { id: hashId(f.code, f.fact, ...values), ...f, claims };
}

const planBasis = { entities: plan.entities, terms: plan.terms, measure: 'spending', period: '2024' };

export const SAMPLE_FINDINGS: Finding[] = [
  finding({ kind: 'conflict', code: 'scale-slip', severity: 'error', fact: 'Russian electronics spending plan, 2024', claims: ['ft-inr', 'th-inr'], ratio: 1000, confidence: 0.92, basis: planBasis, sameOriginal: null, data: { factor: 1000, digits: '82', scaleLow: 'million', scaleHigh: 'billion' } }),
  finding({ kind: 'conversion', code: 'conversion-mismatch', severity: 'warning', fact: 'Indian electronics programme, 2024', claims: ['th-crore', 'th-usd'], ratio: 1.524, confidence: 1, basis: { entities: ['India'], terms: ['programme'], measure: 'spending', period: '2024' }, sameOriginal: null, data: { amount: 82e9, currency: 'INR', restated: 1.5e9, restatedCurrency: 'USD', impliedRate: 54.67, referenceRate: 83.3, year: 2024 } }),
  finding({ kind: 'conflict', code: 'qualifier-tension', severity: 'warning', fact: 'Firms supplying Russia, 2024', claims: ['ki-firms', 'ft-firms'], ratio: 2.4, confidence: 0.71, basis: { entities: ['Russia'], terms: ['firms'], measure: 'firms', period: null }, sameOriginal: null, data: { qualifier: 'more than' } }),
  finding({ kind: 'agreement', code: 'agreement', severity: 'info', fact: 'Russian electronics spending plan in dollars, 2024', claims: ['ft-usd', 'fu-usd'], ratio: 1, confidence: 0.88, basis: planBasis, sameOriginal: 'Financial Times', data: {} }),
  finding({ kind: 'agreement', code: 'agreement', severity: 'info', fact: 'Bengaluru electronics growth, 2024', claims: ['th-growth', 'ki-growth'], ratio: 1, confidence: 0.8, basis: { entities: ['Bengaluru'], terms: ['sector'], measure: 'growth', period: '2024' }, sameOriginal: null, data: {} }),
  finding({ kind: 'conflict', code: 'decimal-slip', severity: 'info', fact: 'Russian component exports, Q1 2024', claims: ['fu-imports', 'ft-exports'], ratio: 10, confidence: 0.55, basis: { entities: [], terms: [], measure: null, period: null }, sameOriginal: null, data: {} }),
];

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    command: 'check',
    documents: SAMPLE_DOCUMENTS,
    claims: SAMPLE_CLAIMS,
    findings: SAMPLE_FINDINGS,
    unmatched: [id('ki-shipments'), id('ki-fund')],
    summary: {
      documents: 4,
      claims: SAMPLE_CLAIMS.length,
      compared: 12,
      unmatched: 2,
      conflicts: { error: 1, warning: 1, info: 1 },
      conversions: 1,
      agreements: 2,
      suppressed: 0,
    },
    problems: [{ document: 'wire/broken.pdf', severity: 'error', code: 'unsupported-format', message: 'wire/broken.pdf: PDF is not supported, skipped' }],
    generatedAt: null,
    ...overrides,
  };
}

export function sampleExtractReport(): Report {
  return sampleReport({ command: 'extract', findings: [], unmatched: [], summary: null });
}
