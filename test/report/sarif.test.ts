import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { FINGERPRINT_KEY, sarif, sarifLog, toUri } from '../../src/report/sarif.js';
import { options } from './helpers.js';
import { sampleReport } from './sample-report.js';

// The official SARIF 2.1.0 schema, as shipped by @microsoft/jest-sarif. It declares draft-04, which Ajv 8 does
// not load; the only draft-04 constructs that differ from draft-07 are the top-level "id" (draft-07: "$id") and
// boolean exclusiveMinimum/Maximum, and the schema has no exclusive bounds (asserted below). So the top-level
// $schema and id are dropped and plain Ajv validates it as draft-07 with the same meaning.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schemaText = readFileSync(schemaPath, 'utf8');
const { $schema: _draft, id: _id, ...schema } = JSON.parse(schemaText) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

describe('sarif', () => {
  test('the schema reads the same as draft-07', () => {
    expect(_draft).toBe('http://json-schema.org/draft-04/schema#');
    expect(schemaText).not.toMatch(/exclusiveM(in|ax)imum/);
  });

  test('validates against the official SARIF 2.1.0 schema', () => {
    const ok = validate(JSON.parse(sarif(sampleReport(), options({ version: '0.1.0' }))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('one result per finding, agreements left out; levels from severities; a rule per code with help', () => {
    const report = sampleReport();
    const run = sarifLog(report, {}).runs[0];
    const problems = report.findings.filter((f) => f.kind !== 'agreement');
    expect(run?.results).toHaveLength(problems.length);
    expect(run?.results?.map((r) => r.level)).toEqual(['error', 'warning', 'warning', 'note']);
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).not.toContain('agreement');
    for (const r of run?.results ?? []) {
      expect(rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
      const rule = rules[r.ruleIndex ?? -1];
      expect(rule?.help?.text).toBeTruthy();
      expect(rule?.fullDescription?.text).toBeTruthy();
    }
  });

  test('the first claim is the location, the others related locations, with relative "/" uris and regions', () => {
    const result = sarifLog(sampleReport(), {}).runs[0]?.results?.find((r) => r.ruleId === 'qualifier-tension');
    expect(result?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'wire/kyiv%20independent.txt' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 22, snippet: { text: 'More than 5,000 firms' } },
    });
    expect(result?.relatedLocations?.[0]?.physicalLocation?.region).toMatchObject({ startLine: 4, startColumn: 3, endColumn: 15 });
    expect(toUri('data/feed.json#3')).toBe('data/feed.json');
  });

  test('fingerprints come from the stable finding id: moving a claim does not change them', () => {
    const report = sampleReport();
    const moved = sampleReport({ claims: report.claims.map((c) => ({ ...c, line: c.line + 5, start: c.start + 100, end: c.end + 100 })) });
    const prints = (r: typeof report) => sarifLog(r, {}).runs[0]?.results?.map((x) => x.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(prints(moved)).toEqual(prints(report));
    expect(prints(report)).toEqual(report.findings.filter((f) => f.kind !== 'agreement').map((f) => f.id).sort((a, b) => (prints(report)?.indexOf(a) ?? 0) - (prints(report)?.indexOf(b) ?? 0)));
  });
});
