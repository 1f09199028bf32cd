// The public JSON output, defined once with zod; `claimcheck schema` prints the JSON Schema generated from it.
import { z } from 'zod';
import { FindingSchema, SummarySchema } from '../compare/schema.js';
import { ClaimSchema } from '../extract/schema.js';
import { DocumentSchema, ProblemSchema } from '../sources/schema.js';

export const SCHEMA_VERSION = 1;

export const ReportedFindingSchema = FindingSchema.extend({
  diagnosis: z.string().describe('The diagnosis in plain words, with the arithmetic'),
  message: z.string().describe('One sentence: what disagrees, where, and why the claims were taken as one fact'),
});

export const ExtractOutputSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generatedAt: z.string().optional(),
    documents: z.array(DocumentSchema),
    claims: z.array(ClaimSchema),
    problems: z.array(ProblemSchema),
  })
  .describe('claimcheck extract --format json');

export const CheckOutputSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generatedAt: z.string().optional(),
    documents: z.array(DocumentSchema),
    claims: z.array(ClaimSchema),
    findings: z.array(ReportedFindingSchema),
    unmatched: z.array(z.string()).describe('Ids of claims nothing in another document was compared with'),
    summary: SummarySchema,
    problems: z.array(ProblemSchema),
  })
  .describe('claimcheck check --format json');

// NDJSON: one JSON record a line, each tagged with `type` and `schemaVersion`, so files can be concatenated
// (`cat shard-*.ndjson`) and streamed. `extract` writes document records, then claim records, then problem
// records: everything `compare` needs later. `check` writes one finding record a line.
const tagged = <T extends string>(type: T) => ({ type: z.literal(type), schemaVersion: z.literal(SCHEMA_VERSION) });

export const NdjsonDocumentSchema = DocumentSchema.extend(tagged('document')).describe('A document read (extract)');
export const NdjsonClaimSchema = ClaimSchema.extend(tagged('claim')).describe('A claim, complete enough to compare later (extract)');
export const NdjsonProblemSchema = ProblemSchema.extend(tagged('problem')).describe('A document that could not be read fully (extract)');

export const NdjsonSourceSchema = z.object({
  claim: z.string(),
  document: z.string(),
  publisher: z.string().nullable(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  text: z.string(),
  value: z.number(),
  unit: z.string(),
});

export const NdjsonFindingSchema = ReportedFindingSchema.extend({
  ...tagged('finding'),
  sources: z.array(NdjsonSourceSchema).describe('The claims of `claims`, resolved, in the same order'),
}).describe('A finding (check)');

export const NdjsonRecordSchema = z.discriminatedUnion('type', [
  NdjsonDocumentSchema,
  NdjsonClaimSchema,
  NdjsonProblemSchema,
  NdjsonFindingSchema,
]);
export type NdjsonRecord = z.infer<typeof NdjsonRecordSchema>;

/** The JSON Schema of `claimcheck schema --for <output>`; for ndjson it describes one line. */
export function jsonSchemaOf(output: 'check' | 'extract' | 'ndjson'): unknown {
  const schema = output === 'check' ? CheckOutputSchema : output === 'extract' ? ExtractOutputSchema : NdjsonRecordSchema;
  return z.toJSONSchema(schema, { target: 'draft-2020-12' });
}
