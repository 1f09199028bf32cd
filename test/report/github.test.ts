import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/compare/schema.js';
import { ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, github } from '../../src/report/github.js';
import { options } from './helpers.js';
import { SAMPLE_FINDINGS, sampleReport } from './sample-report.js';

const ESC = String.fromCharCode(27);

describe('github', () => {
  test('escapes data and properties as the actions toolkit does', () => {
    expect(escapeData('50% off\r\nnext: a, b')).toBe('50%25 off%0D%0Anext: a, b');
    expect(escapeProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });

  test('annotations with file, line, col, endColumn and title; most severe first; then the plain table', () => {
    const out = github(sampleReport(), options());
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^::error file=articles\/ft-russia\.md,line=3,col=82,endColumn=98,title=Russian electronics spending plan%2C 2024 \(scale-slip\)::/);
    expect(lines.slice(1, 3).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(lines[3]).toMatch(/^::notice /);
    expect(out).not.toContain('::notice file=articles/ft-russia.md,line=3,col=101'); // agreements are not annotated
    expect(out).toContain('Russian electronics spending plan, 2024\n');
    expect(out).not.toContain(ESC);
  });

  test('at most 10 annotations a level, then one line counting the rest; the report keeps them all', () => {
    const base = SAMPLE_FINDINGS[0] as Finding;
    const many = Array.from({ length: 13 }, (_, i) => ({ ...base, id: `e${String(i).padStart(2, '0')}`, fact: `Fact ${i}` }));
    const warn = Array.from({ length: 11 }, (_, i) => ({ ...base, id: `w${i}`, severity: 'warning' as const, fact: `Warn ${i}` }));
    const out = github(sampleReport({ findings: [...warn, ...many] }), options());
    expect(out.match(/^::error /gm)).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(out.match(/^::warning /gm)).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(out.indexOf('::error ')).toBeLessThan(out.indexOf('::warning '));
    expect(out).toContain('claimcheck: 4 more findings not annotated');
    expect(out).toContain('Fact 12\n');
  });

  test('a claim read from stdin has no file to point at', () => {
    const report = sampleReport();
    const claims = report.claims.map((c) => ({ ...c, document: '-' }));
    expect(github(sampleReport({ claims }), options())).toMatch(/^::error title=/);
  });
});
