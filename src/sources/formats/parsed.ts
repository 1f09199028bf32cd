// What every format parser returns for one article: the pipeline adds id, format and merged metadata.
import type { PartialMeta } from '../metadata.js';
import type { SourceDocument } from '../types.js';

export interface ParsedArticle {
  text: string;
  origin: string;
  offsets: Uint32Array | null;
  /** Explicit metadata the article carries (front matter, fields, meta tags, header lines). */
  meta: PartialMeta;
  suppressed: SourceDocument['suppressed'];
}
