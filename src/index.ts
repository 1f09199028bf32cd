// The public library API: run the pipeline, or any stage of it, from code.
export { check, extract, type RunOptions } from './check.js';
export { loadSources, type SourceOptions } from './sources/index.js';
export type { SourceDocument, DocumentMeta, Problem } from './sources/types.js';
export { DocumentSchema, type DocumentInfo } from './sources/schema.js';
export { extractClaims, type ExtractOptions } from './extract/index.js';
export { ClaimSchema, type Claim, type ClaimKind, type Qualifier, type Period } from './extract/schema.js';
export { compareClaims, type CompareOptions, type Comparison } from './compare/index.js';
export { FindingSchema, SummarySchema, type Finding, type Summary, type Severity } from './compare/schema.js';
export { reporters, FORMAT_NAMES, type FormatName } from './report/registry.js';
export type { Report, ReportOptions, Reporter } from './report/model.js';
export { describeFinding, describeDiagnosis } from './report/describe.js';
export { CheckOutputSchema, ExtractOutputSchema, jsonSchemaOf } from './report/schema.js';
export { main } from './cli/main.js';
export type { Io } from './cli/io.js';
