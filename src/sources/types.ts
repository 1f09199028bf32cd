// Sources stage types: what the rest of the pipeline knows about an input document.
export type DocumentFormat = 'txt' | 'md' | 'html' | 'json';

export interface DocumentMeta {
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** Publication date as YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

export interface SourceDocument {
  /** The path as given (relative, '/' separators), '-' (or --stdin-name) for stdin, 'file#N' for one record of a JSON file. */
  id: string;
  format: DocumentFormat;
  meta: DocumentMeta;
  /** The article text the extractor reads: markup, front matter and boilerplate removed or blanked. */
  text: string;
  /** The text positions refer to: the decoded file content. The same string as `text` for plain text. */
  origin: string;
  /**
   * offsets[i] is the index in `origin` of `text[i]` (length text.length + 1, the last entry maps the end).
   * null when `text` and `origin` share positions (plain text, or markup blanked with spaces).
   */
  offsets: Uint32Array | null;
  /**
   * Spans of `origin` (UTF-16 offsets, like a claim's start and end) whose figures must stay out of comparisons
   * (inline suppressions). The same as `text` offsets except for HTML.
   */
  suppressed: Array<{ start: number; end: number; reason: string }>;
}

export type ProblemSeverity = 'error' | 'warning';

/** A problem with one input: the run goes on without it (error) or with it (warning). */
export interface Problem {
  document: string;
  severity: ProblemSeverity;
  code: string;
  message: string;
}

export interface Sourced<T> {
  value: T;
  problems: Problem[];
}
