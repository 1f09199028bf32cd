import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdown } from '../../src/report/markdown.js';
import { options } from './helpers.js';
import { sampleReport } from './sample-report.js';

describe('markdown', () => {
  test('escapes | * _ backticks < and line breaks in article text', () => {
    expect(escapeMarkdown('a|b *c* _d_ `e` <script> x\ny')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` &lt;script> x y');
    expect(escapeMarkdown('@someone & co')).toBe('&#64;someone &amp; co');
  });

  test('a summary table, then findings grouped by severity; agreements only when asked', () => {
    const out = markdown(sampleReport(), options());
    expect(out.indexOf('### Errors (1)')).toBeLessThan(out.indexOf('### Warnings (2)'));
    expect(out.indexOf('### Warnings (2)')).toBeLessThan(out.indexOf('### Notes (1)'));
    expect(out).not.toContain('### Agreements');
    expect(markdown(sampleReport(), options({ showAgreements: true }))).toContain('### Agreements (2)');
  });

  test('a table row never breaks, whatever the claim text holds', () => {
    const report = sampleReport();
    const claims = report.claims.map((c, i) => (i === 0 ? { ...c, text: '82 | billion\nrupees' } : c));
    const row = markdown(sampleReport({ claims }), options()).split('\n').find((l) => l.includes('82 \\| billion'));
    expect(row).toBe('| Financial Times (articles/ft-russia.md) | 3 | 82 \\| billion rupees | 82,000,000,000 INR |');
  });
});
