// Helpers for hand-built report fixtures: a claim is placed by finding its text in the document's text,
// so offsets, line, column and sentence are consistent with the text the document view shows.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../../../src/compare/schema.js';
import type { Claim } from '../../../src/extract/schema.js';
import type { ReportOptions } from '../../../src/report/model.js';
import { LineIndex } from '../../../src/sources/positions.js';
import { hashId } from '../../../src/util/hash.js';

export interface ClaimSpec {
  text: string;
  /** The claim is the first occurrence of `text` after this anchor. */
  after?: string;
  kind?: Claim['kind'];
  value: number;
  unit?: string;
  scale?: string | null;
  precision?: number;
  qualifier?: Claim['qualifier'];
  low?: number | null;
  high?: number | null;
  period?: string;
  measure?: string | null;
  entities?: string[];
  terms?: string[];
  attribution?: string | null;
  modality?: Claim['modality'];
  equivalentOf?: string | null;
}

/** A crude sentence: from the previous ". " or line break to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, text.lastIndexOf('. ', start - 1) + 2, 0);
  const stops = [text.indexOf('\n', end), text.indexOf('. ', end)].filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) + (text[Math.min(...stops)] === '.' ? 1 : 0) : text.length;
  return text.slice(from, to).trim();
}

export function placeClaim(document: string, body: string, spec: ClaimSpec): Claim {
  const from = spec.after === undefined ? 0 : body.indexOf(spec.after);
  if (from < 0) throw new Error(`${document}: anchor not found: ${spec.after}`);
  const start = body.indexOf(spec.text, from);
  if (start < 0) throw new Error(`${document}: figure not found: ${spec.text}`);
  const end = start + spec.text.length;
  const { line, column } = new LineIndex(body).locate(start);
  const year = spec.period?.slice(-4) ?? '';
  return {
    id: hashId(document, spec.text, String(start)),
    document,
    start,
    end,
    line,
    column,
    text: spec.text,
    sentence: sentenceAround(body, start, end),
    kind: spec.kind ?? 'money',
    value: spec.value,
    unit: spec.unit ?? 'USD',
    scale: spec.scale ?? null,
    precision: spec.precision ?? 1,
    qualifier: spec.qualifier ?? null,
    low: spec.low === undefined ? spec.value : spec.low,
    high: spec.high === undefined ? spec.value : spec.high,
    per: null,
    period: spec.period ? { label: spec.period, start: `${year}-01-01`, end: `${year}-12-31` } : null,
    subject: { entities: spec.entities ?? [], terms: spec.terms ?? [], measure: spec.measure ?? null },
    attribution: spec.attribution ?? null,
    modality: spec.modality ?? 'reported',
    equivalentOf: spec.equivalentOf ?? null,
  };
}

export function finding(
  fields: Pick<Finding, 'kind' | 'code' | 'severity' | 'fact' | 'ratio' | 'data'> & { claims: Claim[] } & Partial<Pick<Finding, 'sameOriginal' | 'confidence' | 'basis'>>,
): Finding {
  const { claims, ...rest } = fields;
  return {
    id: hashId(fields.code, fields.fact, ...claims.map((c) => String(c.value))),
    confidence: 0.9,
    sameOriginal: null,
    basis: { entities: [], terms: [], measure: null, period: null },
    ...rest,
    claims: claims.map((c) => c.id),
  };
}

export function options(overrides: Partial<ReportOptions> = {}): ReportOptions {
  const color: ChalkInstance = new Chalk({ level: 0 });
  return { color, showAgreements: false, showUnmatched: false, explain: false, bom: false, columns: 0, ...overrides };
}
