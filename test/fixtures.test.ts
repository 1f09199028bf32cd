// Fixture folders are the spec: each fixtures/<case>/ holds a few small articles and an expected.json of
// claims and findings that must and must not appear. One table-driven test runs them all and records the
// comparator's precision and recall over every case in test/artifacts/fixture-scores.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Finding } from '../src/compare/schema.js';
import type { Claim } from '../src/extract/schema.js';
import type { Report } from '../src/report/model.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures');

type ClaimExpectation = Partial<Record<keyof Claim | 'measure', unknown>>;
interface FindingExpectation {
  kind?: string;
  code?: string;
  severity?: string;
  texts: string[];
  sameOriginal?: string | null;
}
interface Expected {
  description?: string;
  paths?: string[];
  claims?: { must?: ClaimExpectation[]; mustNot?: ClaimExpectation[] };
  findings?: { must?: FindingExpectation[]; mustNot?: FindingExpectation[] };
}

function claimMatches(claim: Claim, want: ClaimExpectation): boolean {
  return Object.entries(want).every(([key, value]) => {
    if (key === 'measure') return claim.subject.measure === value;
    if (key === 'period') {
      if (value === null || claim.period === null) return claim.period === value;
      if (typeof value === 'string' && value.includes('/')) return `${claim.period.start}/${claim.period.end}` === value;
      return claim.period.label === value;
    }
    if (key === 'entities') return (value as string[]).every((e) => claim.subject.entities.includes(e));
    return (claim as unknown as Record<string, unknown>)[key] === value;
  });
}

function findingMatches(finding: Finding, want: FindingExpectation, byId: Map<string, Claim>): boolean {
  if (want.kind !== undefined && finding.kind !== want.kind) return false;
  if (want.code !== undefined && finding.code !== want.code) return false;
  if (want.severity !== undefined && finding.severity !== want.severity) return false;
  if (want.sameOriginal !== undefined && finding.sameOriginal !== want.sameOriginal) return false;
  const texts = finding.claims.map((id) => byId.get(id)?.text);
  return want.texts.every((t) => texts.includes(t));
}

const describeFinding = (f: Finding, byId: Map<string, Claim>) =>
  `${f.kind}/${f.code}/${f.severity} [${f.claims.map((id) => byId.get(id)?.text).join(' | ')}] ${f.fact}`;

const scores = { mustFindings: 0, foundFindings: 0, producedProblems: 0, producedProblemsExpected: 0 };

const cases = existsSync(fixtures)
  ? readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(fixtures, e.name, 'expected.json')))
  : [];

describe.each(cases.map((c) => c.name))('fixture %s', (name) => {
  const dir = join(fixtures, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  let report: Report;
  const run = async () =>
    (report ??= await check(expected.paths ?? ['.'], {
      sources: { cwd: dir, include: [], exclude: ['expected.json'], stdinName: '-', maxFileSize: 50 * 2 ** 20, readStdin: async () => Buffer.alloc(0) },
      extract: {},
      compare: {},
      generatedAt: null,
    }));

  for (const want of expected.claims?.must ?? []) {
    it(`finds claim ${JSON.stringify(want)}`, async () => {
      const { claims } = await run();
      const near = claims.filter((c) => c.text === want.text || c.text.includes(String(want.text)));
      expect(claims.some((c) => claimMatches(c, want)), `near misses: ${JSON.stringify(near.map((c) => ({ text: c.text, kind: c.kind, value: c.value, unit: c.unit, qualifier: c.qualifier, period: c.period?.label, measure: c.subject.measure })))}`).toBe(true);
    });
  }
  for (const want of expected.claims?.mustNot ?? []) {
    it(`takes no claim ${JSON.stringify(want)}`, async () => {
      const { claims } = await run();
      expect(claims.filter((c) => claimMatches(c, want)).map((c) => `${c.document}:${c.line} ${c.text}`)).toEqual([]);
    });
  }
  for (const want of expected.findings?.must ?? []) {
    it(`reports ${JSON.stringify(want)}`, async () => {
      const r = await run();
      const byId = new Map(r.claims.map((c) => [c.id, c]));
      const found = r.findings.some((f) => findingMatches(f, want, byId));
      scores.mustFindings++;
      if (found) scores.foundFindings++;
      expect(found, `findings were:\n${r.findings.map((f) => describeFinding(f, byId)).join('\n')}`).toBe(true);
    });
  }
  for (const want of expected.findings?.mustNot ?? []) {
    it(`does not report ${JSON.stringify(want)}`, async () => {
      const r = await run();
      const byId = new Map(r.claims.map((c) => [c.id, c]));
      const wrong = r.findings.filter((f) => findingMatches(f, want, byId));
      expect(wrong.map((f) => describeFinding(f, byId))).toEqual([]);
    });
  }
  it('reads every article of the fixture without a problem', async () => {
    const r = await run();
    expect(r.problems.map((p) => p.message)).toEqual([]);
  });

  it('reports no conflict or conversion finding the fixture does not expect', async () => {
    const r = await run();
    const byId = new Map(r.claims.map((c) => [c.id, c]));
    const problems = r.findings.filter((f) => f.kind !== 'agreement');
    const musts = (expected.findings?.must ?? []).filter((m) => m.kind !== 'agreement');
    const unexpected = problems.filter((f) => !musts.some((m) => findingMatches(f, m, byId)));
    scores.producedProblems += problems.length;
    scores.producedProblemsExpected += problems.length - unexpected.length;
    expect(unexpected.map((f) => describeFinding(f, byId))).toEqual([]);
  });
});

afterAll(() => {
  const precision = scores.producedProblems === 0 ? 1 : scores.producedProblemsExpected / scores.producedProblems;
  const recall = scores.mustFindings === 0 ? 1 : scores.foundFindings / scores.mustFindings;
  mkdirSync(join(root, 'test/artifacts'), { recursive: true });
  writeFileSync(join(root, 'test/artifacts/fixture-scores.json'), `${JSON.stringify({ ...scores, precision, recall }, null, 2)}\n`);
});
