// The HTML report in a real browser: Debian's Chromium driven by playwright-core. Pages are written under
// test/artifacts/html/ (ignored by git) and opened from disk, as a reader would open them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../../src/report/html/index.js';
import type { Report } from '../../../src/report/model.js';
import { options } from './build.js';
import { injectionReport } from './injection.js';
import { sampleReport } from './sample.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const title = skip
  ? `HTML report in Chromium: SKIPPED because ${CHROMIUM} is missing (apt-get install -y chromium); with CI set these tests always run`
  : 'HTML report in Chromium';
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/html/', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe.skipIf(skip)(title, { timeout: 60_000 }, () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'claimcheck-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Writes the page to disk, opens it from there and records anything that went wrong or left the page. */
  async function open(name: string, content: string): Promise<{ page: Page; problems: string[] }> {
    const file = join(ARTIFACTS, name);
    writeFileSync(file, content);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    return { page, problems };
  }

  /** Evaluates an expression in the page: a string, so the tests need no DOM typings. */
  const js = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
  const render = (report: Report, showAgreements = false) => html(report, options({ showAgreements }));
  const visibleFacts = (page: Page) => page.locator('article.card:visible h3').allTextContents();

  it('loads the seeds report with no console errors and shows the expected findings', async () => {
    const { page, problems } = await open('sample.html', render(sampleReport));
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe('3 of 6 findings shown');
    expect(await visibleFacts(page)).toEqual(['Russian electronics spending plan, 2022', 'Innovio Ventures supplies to Russia', 'India–Russia trade, 2023']);
    const slip = page.locator('article[data-code="scale-slip"]');
    expect(await slip.locator('mark.fig').allTextContents()).toEqual(['$4.9 million', '$4.9 billion']);
    expect(await slip.locator('.diagnosis').textContent()).toContain('×1,000 apart with the same digits 4.9');
    expect(await slip.locator('figure').getAttribute('data-scale')).toBe('log');
    const dots = await slip.locator('circle.dot').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().x));
    expect(Math.abs((dots[1] ?? 0) - (dots[0] ?? 0))).toBeGreaterThan(200);
    expect(await page.locator('#toolbar').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by kind, severity and outlet, and searches', async () => {
    const { page, problems } = await open('filters.html', render(sampleReport));
    await page.getByLabel('agreement').check();
    expect(await visibleFacts(page)).toHaveLength(6);
    await page.getByLabel('error').uncheck();
    expect(await visibleFacts(page)).toHaveLength(4);
    await page.getByLabel('error').check();
    await page.selectOption('#outlet', 'Focus');
    expect(await visibleFacts(page)).toEqual([
      'Indian exports of sanctioned goods to Russia, April–May 2024',
      'Indian exports of sanctioned goods to Russia, July 2024',
    ]);
    await page.selectOption('#outlet', '');
    await page.fill('#search', 'INR');
    expect(await visibleFacts(page)).toEqual(['Russian electronics spending plan, 2022', 'Russian electronics spending plan, 2022']);
    await page.fill('#search', 'no such thing');
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    await page.press('#search', 'Escape');
    expect(await visibleFacts(page)).toHaveLength(6);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves between cards with the keyboard and opens a figure in its article', async () => {
    const { page, problems } = await open('keys.html', render(sampleReport));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await js(page, 'document.activeElement?.getAttribute("data-code")')).toBe('scale-slip');
    await page.keyboard.press('j');
    expect(await js(page, 'document.activeElement?.getAttribute("data-code")')).toBe('qualifier-tension');
    await page.keyboard.press('k');
    expect(await js(page, 'document.activeElement?.getAttribute("data-code")')).toBe('scale-slip');
    await page.keyboard.press('Enter');
    await expect.poll(() => js(page, 'document.activeElement?.tagName')).toBe('MARK');
    const mark = page.locator('mark.claim:focus');
    expect(await mark.evaluate((m) => m.firstChild?.textContent)).toBe('$4.9 million');
    expect(await mark.locator('.tip').isVisible()).toBe(true);
    expect(await mark.locator('.tip').textContent()).toContain('at-least');
    await page.keyboard.press('/');
    expect(await js(page, 'document.activeElement?.id')).toBe('search');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each article with every figure marked and its details on hover', async () => {
    const { page, problems } = await open('documents.html', render(sampleReport));
    expect(await page.locator('#documents mark.claim[id]').count()).toBe(sampleReport.claims.length);
    const text = await js(page, `(() => {
      const copy = document.querySelector('#doc-4 .text').cloneNode(true);
      copy.querySelectorAll('.tip').forEach((t) => t.remove());
      return copy.textContent;
    })()`);
    expect(text).toBe(sampleReport.texts?.get(sampleReport.documents[4]?.id ?? ''));
    const figure = page.locator('#doc-0 mark.claim', { hasText: '$4.9 billion' }).first();
    expect(await figure.locator('.tip').isVisible()).toBe(false);
    await figure.hover();
    expect(await figure.locator('.tip').isVisible()).toBe(true);
    expect(await figure.locator('.tip').textContent()).toContain('Innovio Ventures supplies to Russia');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs nothing from the injection fixture and shows its markup as text', async () => {
    const { page, problems } = await open('injection.html', render(injectionReport, true));
    expect(await js(page, 'window.__pwned')).toBeUndefined();
    const dom = await js(page, `({
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      injected: document.querySelectorAll('img, iframe, b, a[href^="javascript" i], body svg[onload]').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    })`);
    expect(dom).toEqual({ scripts: 1, styles: 1, injected: 0, handlers: 0, bodyShown: true });
    expect(await page.locator('#doc-0 .text').textContent()).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(await page.locator('article h3').textContent()).toContain('</style><style>body{display:none}</style>');
    expect(await page.locator('#doc-0 .url').evaluate((e) => e.tagName)).toBe('SPAN');
    await page.locator('#doc-0 .text').click({ position: { x: 5, y: 5 } });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('enforces its Content-Security-Policy: a script smuggled into the file does not run', async () => {
    const tampered = render(sampleReport).replace('</main>', '</main><script>window.__smuggled = 1</script>');
    const { page, problems } = await open('tampered.html', tampered);
    expect(await js(page, 'window.__smuggled')).toBeUndefined();
    expect(problems.some((p) => p.includes('Content Security Policy'))).toBe(true);
    expect(await page.locator('#filter-status').textContent()).toBe('3 of 6 findings shown');
    await page.close();
  });

  it('hides the filters in print and writes a screenshot for review', async () => {
    const { page, problems } = await open('report.html', render(sampleReport, true));
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-top.png') });
    await page.locator('#doc-1 mark.claim', { hasText: '$4.9 million' }).first().hover();
    await page.locator('#doc-1').screenshot({ path: join(ARTIFACTS, 'document-view.png') });
    expect(readFileSync(join(ARTIFACTS, 'report.png')).subarray(1, 4).toString()).toBe('PNG');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#toolbar').isVisible()).toBe(false);
    expect(await js(page, 'getComputedStyle(document.querySelector("article.card")).breakInside')).toBe('avoid');
    expect(problems).toEqual([]);
    await page.close();
  });
});
