import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { json } from '../../src/report/json.js';
import { ndjson } from '../../src/report/ndjson.js';
import { jsonSchemaOf, NdjsonRecordSchema } from '../../src/report/schema.js';
import { options } from './helpers.js';
import { sampleExtractReport, sampleReport } from './sample-report.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });

describe('json', () => {
  test.each(['check', 'extract'] as const)('%s output validates against the generated JSON Schema', (command) => {
    const report = command === 'check' ? sampleReport() : sampleExtractReport();
    const validate = ajv.compile(jsonSchemaOf(command) as object);
    const ok = validate(JSON.parse(json(report, options())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('--timestamp adds generatedAt; without it the output has no time', () => {
    expect(json(sampleReport(), options())).not.toContain('generatedAt');
    expect(JSON.parse(json(sampleReport({ generatedAt: '2024-03-15T10:00:00.000Z' }), options())).generatedAt).toBe('2024-03-15T10:00:00.000Z');
  });
});

describe('ndjson', () => {
  const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

  test('check: one finding record a line, each valid', () => {
    const report = sampleReport();
    const records = lines(ndjson(report, options()));
    expect(records).toHaveLength(report.findings.length);
    for (const r of records) {
      expect(r.type).toBe('finding');
      expect(NdjsonRecordSchema.safeParse(r).success).toBe(true);
    }
  });

  test('extract: document records, then claim records, then problems; enough to rebuild the claims', () => {
    const report = sampleExtractReport();
    const records = lines(ndjson(report, options())).map((r) => NdjsonRecordSchema.parse(r));
    const types = records.map((r) => r.type);
    expect(types).toEqual([
      ...report.documents.map(() => 'document'),
      ...report.claims.map(() => 'claim'),
      ...report.problems.map(() => 'problem'),
    ]);
    const claims = records.flatMap((r) => (r.type === 'claim' ? [(({ type: _t, schemaVersion: _v, ...c }) => c)(r)] : []));
    expect(claims).toEqual(report.claims);
    const documents = records.flatMap((r) => (r.type === 'document' ? [(({ type: _t, schemaVersion: _v, ...d }) => d)(r)] : []));
    expect(documents).toEqual(report.documents);
  });

  test('every line validates against the generated NDJSON JSON Schema', () => {
    const validate = ajv.compile(jsonSchemaOf('ndjson') as object);
    const text = ndjson(sampleReport(), options()) + ndjson(sampleExtractReport(), options());
    for (const line of text.split('\n').filter(Boolean)) {
      validate(JSON.parse(line));
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  test('no line breaks inside a record, whatever the sentences hold', () => {
    const text = ndjson(sampleExtractReport(), options());
    expect(text.split('\n').filter(Boolean).every((l) => l.startsWith('{"type":'))).toBe(true);
  });
});
