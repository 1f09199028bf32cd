import { describe, expect, test } from 'vitest';
import { table, termSafe } from '../../src/report/table.js';
import { colour, options } from './helpers.js';
import { sampleExtractReport, sampleReport } from './sample-report.js';

const ESC = String.fromCharCode(27);
const width = (s: string) => Math.max(...s.split('\n').map((l) => [...l].length));

describe('table', () => {
  test('plain text without colour: no escape sequences, fits 100 columns', () => {
    for (const report of [sampleReport(), sampleExtractReport()]) {
      const out = table(report, options({ explain: true, showAgreements: true, showUnmatched: true }));
      expect(out).not.toContain(ESC);
      expect(width(out)).toBeLessThanOrEqual(100);
    }
  });

  test('severity in colour when given a colour Chalk', () => {
    expect(table(sampleReport(), options({ color: colour }))).toContain(`${ESC}[31m`);
  });

  test('grouped by fact: each fact once, as a heading', () => {
    const out = table(sampleReport(), options({ showAgreements: true }));
    for (const f of sampleReport().findings) expect(out.split('\n').filter((l) => l === f.fact)).toHaveLength(1);
  });

  test('the outlet is the publisher, else the file', () => {
    const report = sampleReport();
    const documents = report.documents.map((d) => ({ ...d, publisher: null }));
    const out = table(sampleReport({ documents }), options());
    expect(out).not.toContain('Financial Times');
    expect(out).toContain('articles/ft-russia.md');
  });

  test('article text cannot send escape sequences to the terminal', () => {
    expect(termSafe(`evil${ESC}]52;c;bad\u0007 text\r\nnext\tcell`)).toBe('evil]52;c;bad text\nnext cell');
  });

  test('agreements and unmatched figures only when asked; a summary line always', () => {
    const plain = table(sampleReport(), options());
    expect(plain).not.toContain('Bengaluru electronics growth');
    expect(plain).not.toContain('Unmatched figures');
    expect(plain.trimEnd().split('\n').slice(-2).join(' ')).toMatch(/^4 documents · 14 figures .* 2 agreements\.$/);
    const all = table(sampleReport(), options({ showAgreements: true, showUnmatched: true }));
    expect(all).toContain('Bengaluru electronics growth');
    expect(all).toContain('Unmatched figures');
  });
});
