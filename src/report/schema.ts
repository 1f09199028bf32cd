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

export function jsonSchemaOf(command: 'check' | 'extract'): unknown {
  const schema = command === 'check' ? CheckOutputSchema : ExtractOutputSchema;
  return z.toJSONSchema(schema, { target: 'draft-2020-12' });
}
