import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CHECK_COLUMNS, csv, csvText, EXTRACT_COLUMNS } from '../../src/report/csv.js';
import { usdConverter } from '../../src/report/usd.js';
import { options } from './helpers.js';
import { SAMPLE_CLAIMS, sampleExtractReport, sampleReport } from './sample-report.js';

const records = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false }) as string[][];

describe('csv', () => {
  test('check: a header and one row per claim within a finding, read back by a real CSV parser', () => {
    const report = sampleReport();
    const rows = records(csv(report, options()));
    expect(rows[0]).toEqual([...CHECK_COLUMNS]);
    const claimRows = report.findings.reduce((n, f) => n + f.claims.length, 0);
    expect(rows).toHaveLength(1 + claimRows);
    for (const row of rows) expect(row).toHaveLength(CHECK_COLUMNS.length);
    const at = (name: (typeof CHECK_COLUMNS)[number]) => CHECK_COLUMNS.indexOf(name);
    const firms = rows.find((r) => r[at('text')] === 'More than 5,000 firms');
    expect(firms?.[at('fact')]).toBe('Firms supplying Russia, 2024');
    expect(firms?.[at('diagnosis')]).toBe('compatible only through the qualifier "more than", but ×2.4 apart');
    expect(firms?.[at('publisher')]).toBe("'@kyivindependent");
  });

  test('extract: one row per claim; sentences with commas, quotes, newlines and non-ASCII survive', () => {
    const report = sampleExtractReport();
    const rows = records(csv(report, options()));
    expect(rows[0]).toEqual([...EXTRACT_COLUMNS]);
    expect(rows).toHaveLength(1 + report.claims.length);
    const sentences = rows.slice(1).map((r) => r[EXTRACT_COLUMNS.indexOf('sentence')]);
    const multiLine = SAMPLE_CLAIMS.find((c) => c.sentence.includes('\n'));
    expect(sentences).toContain(multiLine?.sentence);
    expect(sentences).toContain("'= 12,000 firms, \"shell\" or not, were listed in the leaked files.");
    expect(sentences.some((s) => s?.includes('так повідомляє'))).toBe(true);
  });

  test('CRLF line ends, and LF only inside quoted fields', () => {
    const text = csv(sampleExtractReport(), options());
    expect(text.endsWith('\r\n')).toBe(true);
    const bareLf = text.replaceAll('\r\n', '').match(/\n/g)?.length ?? 0;
    expect(bareLf).toBe(1); // the one newline inside a sentence, quoted
  });

  test('formula injection: text cells starting with = + - @ tab CR get a quote prefix; numbers stay numbers', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvText(`${lead}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvText('plain, text')).toBe('"plain, text"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    const rows = records(csv(sampleReport(), options()));
    const slip = rows.find((r) => r[CHECK_COLUMNS.indexOf('text')] === "'-3.5%");
    expect(slip?.[CHECK_COLUMNS.indexOf('value')]).toBe('-3.5');
  });

  test('--bom starts the file with a UTF-8 byte order mark', () => {
    expect(csv(sampleReport(), options({ bom: true })).startsWith('\uFEFF')).toBe(true);
    expect(csv(sampleReport(), options()).startsWith('\uFEFF')).toBe(false);
  });

  test('value_usd: the value for USD amounts, converted at the annual average for others', () => {
    const usd = SAMPLE_CLAIMS.find((c) => c.unit === 'USD');
    const inr = SAMPLE_CLAIMS.find((c) => c.unit === 'INR');
    expect(usd && usdConverter()(usd, null)).toBe(usd?.value);
    expect(inr && usdConverter({ INR: { '2024': 82 } })(inr, null)).toBe((inr?.value ?? 0) / 82);
  });
});

describe('value_usd', () => {
  test('converts other currencies at the annual average of the claim period, the user rates first', () => {
    const base = sampleReport().claims[0]!;
    const inr = { ...base, kind: 'money' as const, unit: 'INR', value: 82_000_000_000, period: { label: '2022', start: '2022-01-01', end: '2022-12-31' } };
    const builtIn = usdConverter()(inr, null);
    expect(builtIn).toBeGreaterThan(0.95e9);
    expect(builtIn).toBeLessThan(1.1e9);
    expect(usdConverter({ INR: { '2022': 82 } })(inr, null)).toBe(1e9);
    expect(usdConverter()({ ...inr, unit: 'USD', value: 5 }, null)).toBe(5);
    expect(usdConverter()({ ...inr, kind: 'count', unit: 'people' }, null)).toBeNull();
  });
});
