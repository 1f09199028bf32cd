// SourceDocument → the public DocumentInfo record.
import type { DocumentInfo } from './schema.js';
import type { SourceDocument } from './types.js';

export function toDocumentInfo(doc: SourceDocument): DocumentInfo {
  return { id: doc.id, format: doc.format, ...doc.meta };
}
