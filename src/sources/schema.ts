// The public Document record: what reports say about each input document.
import { z } from 'zod';

export const DocumentSchema = z.object({
  id: z.string().describe('The path as given, "-" for stdin, "file#N" for a record of a JSON file'),
  format: z.enum(['txt', 'md', 'html', 'json']),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable().describe('Publication date, YYYY-MM-DD'),
});
export type DocumentInfo = z.infer<typeof DocumentSchema>;

export const ProblemSchema = z.object({
  document: z.string(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});
