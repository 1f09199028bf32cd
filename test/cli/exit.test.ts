import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/compare/schema.js';
import { exitCodeFor } from '../../src/cli/exit.js';
import { SAMPLE_FINDINGS } from '../report/sample-report.js';

const only = (severity: Finding['severity']) => SAMPLE_FINDINGS.filter((f) => f.severity === severity && f.kind !== 'agreement');
const errors = only('error');
const warnings = only('warning');
const agreements = SAMPLE_FINDINGS.filter((f) => f.kind === 'agreement');

describe('exit codes', () => {
  test.each([
    ['error', errors, undefined, 1],
    ['error', warnings, undefined, 0],
    ['warning', warnings, undefined, 1],
    ['warning', only('info'), undefined, 0],
    ['never', [...errors, ...warnings], undefined, 0],
    ['error', warnings, 1, 1],
    ['error', warnings, 2, 0],
    ['never', warnings, 0, 1],
    ['warning', agreements, 0, 0],
    ['error', [], undefined, 0],
  ] as const)('--fail-on %s, case %#', (failOn, findings, maxWarnings, code) => {
    expect(exitCodeFor(findings, failOn, maxWarnings)).toBe(code);
  });
});
