import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { csv } from '../../src/report/csv.js';
import { html, htmlPieces } from '../../src/report/html/index.js';
import { json } from '../../src/report/json.js';
import { ndjson } from '../../src/report/ndjson.js';
import { sarif } from '../../src/report/sarif.js';
import { inPieces, jsonPieces, ndjsonPieces, pieceWriters } from '../../src/report/stream.js';
import { options } from './helpers.js';
import { SAMPLE_CLAIMS, sampleExtractReport, sampleReport } from './sample-report.js';

const joined = (pieces: Iterable<string>) => [...pieces].join('');

describe('reports written in pieces', () => {
  const reports = {
    check: sampleReport(),
    extract: sampleExtractReport(),
    'check with a timestamp': sampleReport({ generatedAt: '2024-01-02T03:04:05.000Z' }),
    'empty check': sampleReport({ documents: [], claims: [], findings: [], unmatched: [], problems: [] }),
    'extract with problems': { ...sampleExtractReport(), problems: [{ document: 'a.txt', severity: 'warning' as const, code: 'invalid-utf8', message: 'a.txt: "bad"\nbytes' }] },
  };

  it.each(Object.entries(reports))('%s: JSON in pieces is the JSON text, byte for byte', (_name, report) => {
    expect(joined(jsonPieces(report, options()))).toBe(json(report, options()));
  });

  it.each(Object.entries(reports))('%s: NDJSON in pieces is the NDJSON text, byte for byte', (_name, report) => {
    expect(joined(ndjsonPieces(report, options()))).toBe(ndjson(report, options()));
  });

  it.each(Object.entries(reports))('%s: HTML in pieces is the HTML page, byte for byte', (_name, report) => {
    expect(joined(htmlPieces(report, options()))).toBe(html(report, options()));
  });

  it.each(Object.entries(reports))('%s: every format written in pieces is its text, byte for byte', (_name, report) => {
    for (const [format, pieces] of Object.entries(pieceWriters)) {
      const text = { csv, html, json, ndjson, sarif }[format];
      expect(text, format).toBeDefined();
      expect(joined(pieces?.(report, options()) ?? []), format).toBe(text?.(report, options()));
      expect(joined(pieces?.(report, options({ bom: true })) ?? []), format).toBe(text?.(report, options({ bom: true })));
    }
  });

  test.prop([fc.array(fc.record({ sentence: fc.string({ unit: 'binary' }), value: fc.double(), entities: fc.array(fc.string()) }), { maxLength: 20 })])(
    'any strings and numbers in claims',
    (rows) => {
      const base = SAMPLE_CLAIMS[0];
      if (base === undefined) throw new Error('sample has no claims');
      const claims = rows.map((r, i) => ({ ...base, id: `c${i}`, sentence: r.sentence, value: r.value, subject: { ...base.subject, entities: r.entities } }));
      const report = { ...sampleExtractReport(), claims };
      expect(joined(jsonPieces(report, options()))).toBe(json(report, options()));
      expect(joined(ndjsonPieces(report, options()))).toBe(ndjson(report, options()));
    },
  );

  it('a report of thousands of claims (several groups) is the same text', () => {
    const base = SAMPLE_CLAIMS[1];
    if (base === undefined) throw new Error('sample has no claims');
    const claims = Array.from({ length: 2500 }, (_, i) => ({ ...base, id: `c${i}`, value: i * 1.5 }));
    const report = { ...sampleReport(), claims, unmatched: claims.map((c) => c.id) };
    expect(joined(jsonPieces(report, options()))).toBe(json(report, options()));
  });

  it('joins small parts into pieces of about the size asked', () => {
    expect([...inPieces(['ab', 'cd', 'e', 'fgh', 'i'], 4)]).toEqual(['abcd', 'efgh', 'i']);
    expect([...inPieces([], 4)]).toEqual([]);
  });
});
