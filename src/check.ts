// The stages composed: sources → extract → compare → report model. Read this file first.
import { compareClaims, type CompareOptions } from './compare/index.js';
import { extractClaims, type ExtractOptions } from './extract/index.js';
import type { Claim } from './extract/schema.js';
import type { Report } from './report/model.js';
import { loadSources, type SourceOptions } from './sources/index.js';
import { toDocumentInfo } from './sources/info.js';
import type { SourceDocument } from './sources/types.js';

export interface RunOptions {
  sources: SourceOptions;
  extract: ExtractOptions;
  compare: CompareOptions;
  generatedAt: string | null;
}

export async function extract(paths: string[], options: RunOptions): Promise<Report> {
  const { documents, problems } = await loadSources(paths, options.sources);
  const claims = documents.flatMap((doc) => extractClaims(doc, options.extract));
  const texts = new Map(documents.map((d) => [d.id, d.origin]));
  return { command: 'extract', documents: documents.map(toDocumentInfo), claims, findings: [], unmatched: [], summary: null, problems, generatedAt: options.generatedAt, texts, rates: options.compare.rates ?? {} };
}

export async function check(paths: string[], options: RunOptions): Promise<Report> {
  const { documents, problems } = await loadSources(paths, options.sources);
  const claims = documents.flatMap((doc) => extractClaims(doc, options.extract));
  const infos = documents.map(toDocumentInfo);
  const comparison = compareClaims(claims.filter(notSuppressed(documents)), infos, options.compare);
  const texts = new Map(documents.map((d) => [d.id, d.origin]));
  return { command: 'check', documents: infos, claims, ...comparison, problems, generatedAt: options.generatedAt, texts, rates: options.compare.rates ?? {} };
}

/** Figures inside an inline `claimcheck-ignore` span stay in the claim list but out of comparisons. */
function notSuppressed(documents: SourceDocument[]): (claim: Claim) => boolean {
  const spans = new Map(documents.filter((d) => d.suppressed.length > 0).map((d) => [d.id, d.suppressed]));
  return (claim) => !(spans.get(claim.document) ?? []).some((s) => claim.start >= s.start && claim.end <= s.end);
}
