// Findings and the CI flags → the exit code. 0 nothing at or above --fail-on (and no more warnings than
// --max-warnings); 1 otherwise. Findings suppressed by a baseline are gone before this is asked; agreements
// never count. Writing to --output and the choice of format never change the answer.
import type { Finding } from '../compare/schema.js';
import { ExitCode } from './errors.js';

export function exitCodeFor(
  findings: readonly Finding[],
  failOn: 'error' | 'warning' | 'never',
  maxWarnings: number | undefined,
): ExitCode {
  const problems = findings.filter((f) => f.kind !== 'agreement');
  const errors = problems.filter((f) => f.severity === 'error').length;
  const warnings = problems.filter((f) => f.severity === 'warning').length;
  if (failOn !== 'never' && errors > 0) return ExitCode.findings;
  if (failOn === 'warning' && warnings > 0) return ExitCode.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) return ExitCode.findings;
  return ExitCode.ok;
}
