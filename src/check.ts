// The stages composed: sources → extract → compare → report model. Read this file first.
// Reading and extraction run together, file batch by file batch, on worker threads when there are enough
// files (extract/pool.ts); the result does not depend on the number of threads.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareClaims, type CompareOptions } from './compare/index.js';
import { readAndExtract, type ExtractedDocument, type ParallelOptions } from './extract/pool.js';
import type { ExtractOptions } from './extract/index.js';
import type { Claim } from './extract/schema.js';
import type { Report } from './report/model.js';
import { combineClaimsFiles, readClaimsNdjson, type ClaimsFile } from './report/read-ndjson.js';
import type { SourceOptions } from './sources/index.js';
import type { Problem } from './sources/types.js';

export type Stage = 'read+extract' | 'compare';

export interface RunOptions {
  sources: SourceOptions;
  extract: ExtractOptions;
  compare: CompareOptions;
  generatedAt: string | null;
  /** Worker threads (jobs) and the progress callback for reading and extraction. */
  parallel?: ParallelOptions;
  /** Keep the article texts in the report, for the HTML document view. They cost memory on big runs. */
  texts?: boolean;
  /** Told how long each stage took (CLAIMCHECK_TIMING=1). */
  onStage?: (stage: Stage, ms: number) => void;
}

export async function extract(paths: string[], options: RunOptions): Promise<Report> {
  const { documents, claims, problems } = await timed(options, 'read+extract', () => readAndExtract(paths, options.sources, options.extract, options.parallel));
  return { command: 'extract', documents: documents.map((d) => d.info), claims, findings: [], unmatched: [], summary: null, problems, generatedAt: options.generatedAt, rates: options.compare.rates ?? {} };
}

export async function check(paths: string[], options: RunOptions): Promise<Report> {
  const parallel = { ...options.parallel, texts: options.texts ?? false };
  const { documents, claims, problems } = await timed(options, 'read+extract', () => readAndExtract(paths, options.sources, options.extract, parallel));
  const infos = documents.map((d) => d.info);
  const comparison = await timed(options, 'compare', async () => compareClaims(claims.filter(notSuppressed(documents)), infos, options.compare));
  const report: Report = { command: 'check', documents: infos, claims, ...comparison, problems, generatedAt: options.generatedAt, rates: options.compare.rates ?? {} };
  if (options.texts === true) report.texts = new Map(documents.map((d) => [d.info.id, d.origin ?? '']));
  return report;
}

/** A split run's second half: claims saved by `extract --format ndjson` → the report `check` gives. */
export async function compare(paths: string[], options: RunOptions): Promise<Report> {
  const files: ClaimsFile[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const text = path === '-' ? (await options.sources.readStdin()).toString('utf8') : await readFile(resolve(options.sources.cwd, path), 'utf8').catch(() => null);
    if (text === null) problems.push({ document: path, severity: 'error', code: 'unreadable', message: `${path}: cannot read this claims file` });
    else files.push(readClaimsNdjson(text, path));
  }
  const all = combineClaimsFiles(files, paths);
  const comparison = await timed(options, 'compare', async () => compareClaims(all.claims, all.documents, options.compare));
  return {
    command: 'check', documents: all.documents, claims: all.claims, ...comparison,
    problems: [...all.recorded, ...problems, ...all.problems], generatedAt: options.generatedAt, rates: options.compare.rates ?? {},
  };
}

/** Figures inside an inline `claimcheck-ignore` span stay in the claim list but out of comparisons. */
function notSuppressed(documents: ExtractedDocument[]): (claim: Claim) => boolean {
  const spans = new Map(documents.filter((d) => d.suppressed.length > 0).map((d) => [d.info.id, d.suppressed]));
  return (claim) => !(spans.get(claim.document) ?? []).some((s) => claim.start >= s.start && claim.end <= s.end);
}

async function timed<T>(options: RunOptions, stage: Stage, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  options.onStage?.(stage, performance.now() - started);
  return result;
}
