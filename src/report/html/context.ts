// Report → the lookups every part of the HTML page shares: claims and documents by id, which findings
// each claim is in, and the anchor ids that link cards, lists and the document view. Anchors are indexes
// into the report's arrays, never input strings, so they are stable and need no escaping.
import type { Finding } from '../../compare/schema.js';
import type { Claim } from '../../extract/schema.js';
import type { DocumentInfo } from '../../sources/schema.js';
import { formatGrouped } from '../grouped.js';
import type { Report, ReportOptions } from '../model.js';

export type ClaimStatus = 'conflict' | 'agreement' | 'unmatched' | 'other';

export interface Context {
  report: Report;
  options: ReportOptions;
  claimsById: ReadonlyMap<string, Claim>;
  docsById: ReadonlyMap<string, DocumentInfo>;
  claimIndex: ReadonlyMap<string, number>;
  docIndex: ReadonlyMap<string, number>;
  /** Claim id → indexes of the findings that cite it. */
  findingsOf: ReadonlyMap<string, number[]>;
  /** Document id → its claims, in the report's order. */
  claimsIn: ReadonlyMap<string, Claim[]>;
  /** Document id → indexes of the findings that cite one of its claims. */
  findingsIn: ReadonlyMap<string, number[]>;
  unmatched: ReadonlySet<string>;
}

export function buildContext(report: Report, options: ReportOptions): Context {
  const claimsById = new Map(report.claims.map((c) => [c.id, c]));
  const findingsOf = new Map<string, number[]>();
  const findingsIn = new Map<string, number[]>();
  const claimsIn = new Map<string, Claim[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  };
  for (const c of report.claims) add(claimsIn, c.document, c);
  report.findings.forEach((f, i) => {
    for (const id of f.claims) {
      add(findingsOf, id, i);
      const doc = claimsById.get(id)?.document;
      if (doc !== undefined) add(findingsIn, doc, i);
    }
  });
  return {
    report,
    options,
    claimsById,
    claimsIn,
    findingsIn,
    docsById: new Map(report.documents.map((d) => [d.id, d])),
    claimIndex: new Map(report.claims.map((c, i) => [c.id, i])),
    docIndex: new Map(report.documents.map((d, i) => [d.id, i])),
    findingsOf,
    unmatched: new Set(report.unmatched),
  };
}

export const claimAnchor = (ctx: Context, claim: Claim): string => `claim-${ctx.claimIndex.get(claim.id) ?? 0}`;
export const docAnchor = (ctx: Context, docId: string): string => `doc-${ctx.docIndex.get(docId) ?? 0}`;
export const findingAnchor = (i: number): string => `finding-${i}`;

/** The outlet a reader knows: the publisher, else the document id. */
export function outletOf(ctx: Context, docId: string): string {
  const publisher = ctx.docsById.get(docId)?.publisher?.trim();
  return publisher ? publisher : docId;
}

export function dateOf(ctx: Context, docId: string): string {
  return ctx.docsById.get(docId)?.published ?? 'undated';
}

export function claimStatus(ctx: Context, claim: Claim): ClaimStatus {
  const findings = (ctx.findingsOf.get(claim.id) ?? []).map((i) => ctx.report.findings[i]);
  if (findings.some((f) => f !== undefined && f.kind !== 'agreement')) return 'conflict';
  if (findings.length > 0) return 'agreement';
  return ctx.unmatched.has(claim.id) ? 'unmatched' : 'other';
}

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  conflict: 'in a conflict',
  agreement: 'in an agreement',
  unmatched: 'stood alone: nothing comparable elsewhere',
  other: 'not compared',
};


/** 82000000000 → "82,000,000,000"; small values keep their decimals. */
export function formatNumber(v: number): string {
  return Math.abs(v) >= 1000 ? formatGrouped(v) : String(Number(v.toPrecision(6)));
}

export function formatRatio(r: number): string {
  return Math.abs(r) >= 100 ? formatGrouped(Math.round(r)) : String(Number(r.toPrecision(3)));
}

/** "[4,900,000, ∞)": the interval a figure's qualifier allows. */
export function formatInterval(c: Claim): string {
  const low = c.low === null ? '(−∞' : `[${formatNumber(c.low)}`;
  const high = c.high === null ? '∞)' : `${formatNumber(c.high)}]`;
  return `${low}, ${high}`;
}

export function claimsOf(ctx: Context, f: Finding): Claim[] {
  return f.claims.map((id) => ctx.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
}

/** Sorted by code point, never localeCompare, so the page is the same everywhere. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
