// Problem codes of the sources stage and all their wording: a bad input becomes one of these and the run goes on.
import type { Problem, ProblemSeverity } from './types.js';

export type SourceProblemCode =
  | 'path-not-found'
  | 'no-match'
  | 'file-ignored'
  | 'not-a-file'
  | 'file-too-large'
  | 'file-unreadable'
  | 'file-empty'
  | 'file-binary'
  | 'invalid-utf8'
  | 'symlink-loop'
  | 'symlink-broken'
  | 'json-invalid'
  | 'json-line-invalid'
  | 'json-no-text'
  | 'date-invalid'
  | 'sidecar-invalid';

const SEVERITY: Record<SourceProblemCode, ProblemSeverity> = {
  'path-not-found': 'error',
  'no-match': 'error',
  'file-ignored': 'warning',
  'not-a-file': 'error',
  'file-too-large': 'error',
  'file-unreadable': 'error',
  'file-empty': 'error',
  'file-binary': 'error',
  'invalid-utf8': 'warning',
  'symlink-loop': 'warning',
  'symlink-broken': 'warning',
  'json-invalid': 'error',
  'json-line-invalid': 'error',
  'json-no-text': 'error',
  'date-invalid': 'warning',
  'sidecar-invalid': 'warning',
};

/** `where` is the document id, or `file:line` when the problem is on one line; `detail` completes the sentence. */
export function problem(code: SourceProblemCode, document: string, detail: string, where = document): Problem {
  // One line, always: engine messages (JSON.parse) and odd file names can carry line breaks.
  const message = `${where}: ${detail}`.replace(/\s*[\r\n]+\s*/g, ' ');
  return { document, severity: SEVERITY[code], code, message };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
