import { describe, expect, test } from 'vitest';
import { applyBaseline, changeBaseline, parseBaseline, serializeBaseline, summaryWithout, type Baseline } from '../../src/report/baseline.js';
import { SAMPLE_FINDINGS, sampleReport } from './sample-report.js';

const problems = SAMPLE_FINDINGS.filter((f) => f.kind !== 'agreement');
const [first, second] = problems;

describe('baseline', () => {
  test('apply: findings the baseline records are suppressed, by id alone', () => {
    const baseline: Baseline = { version: 1, findings: [{ id: first?.id ?? '', code: 'renamed-code', fact: 'old wording' }] };
    const { kept, suppressed } = applyBaseline(SAMPLE_FINDINGS, baseline);
    expect(suppressed.map((f) => f.id)).toEqual([first?.id]);
    expect(kept).toHaveLength(SAMPLE_FINDINGS.length - 1);
  });

  test('the summary loses what was suppressed and counts it', () => {
    const summary = sampleReport().summary;
    if (!summary || !first || !second) throw new Error('sample');
    const after = summaryWithout(summary, [first, second]);
    expect(after.conflicts).toEqual({ error: 0, warning: 1, info: 1 });
    expect(after.conversions).toBe(0);
    expect(after.suppressed).toBe(2);
  });

  test('update: every current problem recorded, agreements never, sorted by id, reasons kept', () => {
    const previous: Baseline = { version: 1, findings: [{ id: first?.id ?? '', code: 'scale-slip', fact: 'x', reason: 'Checked with the FT desk' }] };
    const { baseline, added, removed } = changeBaseline(previous, SAMPLE_FINDINGS, { update: true, prune: false });
    expect(baseline.findings.map((e) => e.id)).toEqual(problems.map((f) => f.id).sort());
    expect(baseline.findings.find((e) => e.id === first?.id)).toEqual({ id: first?.id, code: 'scale-slip', fact: first?.fact, reason: 'Checked with the FT desk' });
    expect([added, removed]).toEqual([problems.length - 1, 0]);
  });

  test('update keeps entries that no longer occur; prune drops them and adds nothing', () => {
    const gone = { id: '0000000000000000', code: 'value-conflict', fact: 'An old fact' };
    const previous: Baseline = { version: 1, findings: [gone, { id: first?.id ?? '', code: 'scale-slip', fact: 'x' }] };
    expect(changeBaseline(previous, SAMPLE_FINDINGS, { update: true, prune: false }).baseline.findings).toContainEqual(gone);
    const pruned = changeBaseline(previous, SAMPLE_FINDINGS, { update: false, prune: true });
    expect(pruned.baseline.findings.map((e) => e.id)).toEqual([first?.id]);
    expect([pruned.added, pruned.removed]).toEqual([0, 1]);
    const both = changeBaseline(previous, SAMPLE_FINDINGS, { update: true, prune: true });
    expect(both.baseline.findings.map((e) => e.id)).toEqual(problems.map((f) => f.id).sort());
  });

  test('serialise and parse round-trip; errors name the field in one line', () => {
    const { baseline } = changeBaseline(null, SAMPLE_FINDINGS, { update: true, prune: false });
    expect(parseBaseline(serializeBaseline(baseline))).toEqual({ value: baseline });
    expect(parseBaseline('{"version":1,"findings":[{"id":"a","code":"c","fact":"f"},{"id":7,"code":"c","fact":"f"}]}')).toEqual({
      error: 'findings[1].id: Invalid input: expected string, received number',
    });
    expect(parseBaseline('{"version":2,"findings":[]}')).toMatchObject({ error: expect.stringMatching(/^version: /) });
    expect(parseBaseline('{"version":1,"findings":[{"id":"a","code":"c","fact":"f","reson":"typo"}]}')).toMatchObject({ error: expect.stringMatching(/^findings\[0\]: .*reson/) });
    expect(parseBaseline('{oops')).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
  });
});
