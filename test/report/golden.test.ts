// Goldens for every reporter on the sample report: the committed files under __golden__ pin the wording and
// layout. Regenerate with `npx vitest run test/report -u` and review the diff.
import { describe, expect, test } from 'vitest';
import { FORMAT_NAMES, reporters } from '../../src/report/registry.js';
import { colour, options } from './helpers.js';
import { sampleExtractReport, sampleReport } from './sample-report.js';

const EXT: Record<string, string> = { json: 'json', ndjson: 'ndjson', csv: 'csv', markdown: 'md', sarif: 'sarif.json', table: 'txt', github: 'github.txt', html: 'html' };
const EXTRACT_FORMATS = FORMAT_NAMES.filter((f) => f !== 'sarif' && f !== 'github');

describe('check', () => {
  for (const format of FORMAT_NAMES) {
    test(format, async () => {
      const out = reporters[format](sampleReport(), options({ version: '0.1.0' }));
      await expect(out).toMatchFileSnapshot(`__golden__/check.${EXT[format]}`);
    });
  }

  test('table with --explain, --show agreements and unmatched, in colour at 120 columns', async () => {
    const out = reporters.table(sampleReport(), options({ color: colour, explain: true, showAgreements: true, showUnmatched: true, columns: 120 }));
    await expect(out).toMatchFileSnapshot('__golden__/check.explain.color.txt');
  });

  test('table with --explain, without colour', async () => {
    const out = reporters.table(sampleReport(), options({ explain: true, showAgreements: true, showUnmatched: true }));
    await expect(out).toMatchFileSnapshot('__golden__/check.explain.txt');
  });

  test('markdown with --explain and agreements', async () => {
    const out = reporters.markdown(sampleReport(), options({ explain: true, showAgreements: true, showUnmatched: true }));
    await expect(out).toMatchFileSnapshot('__golden__/check.explain.md');
  });
});

describe('extract', () => {
  for (const format of EXTRACT_FORMATS) {
    test(format, async () => {
      const out = reporters[format](sampleExtractReport(), options());
      await expect(out).toMatchFileSnapshot(`__golden__/extract.${EXT[format]}`);
    });
  }
});

describe('determinism', () => {
  test('the same report in another finding and claim order gives the same bytes', () => {
    const a = sampleReport();
    const b = sampleReport({ findings: [...a.findings].reverse() });
    for (const format of FORMAT_NAMES) {
      expect(reporters[format](b, options()), format).toBe(reporters[format](a, options()));
    }
  });
});
