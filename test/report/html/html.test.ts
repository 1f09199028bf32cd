import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reporters } from '../../../src/report/registry.js';
import { contentSecurityPolicy, html } from '../../../src/report/html/index.js';
import { SCRIPT } from '../../../src/report/html/script.js';
import { STYLE } from '../../../src/report/html/style.js';
import { options } from './build.js';
import { PAYLOADS, injectionReport } from './injection.js';
import { sampleReport, withoutTexts } from './sample.js';

const page = html(sampleReport, options());
const evil = html(injectionReport, options({ showAgreements: true, showUnmatched: true }));
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const count = (text: string, needle: string) => text.split(needle).length - 1;
const between = (text: string, open: string, close: string) => {
  const from = text.indexOf(open) + open.length;
  return text.slice(from, text.indexOf(close, from));
};
/** Each start tag of the page outside its script and style, with quoted attribute values removed. */
const startTags = (text: string) =>
  (text.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, '').match(/<[a-zA-Z][^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));

describe('html reporter', () => {
  it('is registered as a format', () => {
    expect(reporters.html).toBe(html);
  });

  it('matches the golden pages', async () => {
    await expect(page).toMatchFileSnapshot('../__golden__/html-sample.html');
    await expect(evil).toMatchFileSnapshot('../__golden__/html-injection.html');
  });

  it('is deterministic: same report, same bytes, no timestamp unless asked', () => {
    expect(html(sampleReport, options())).toBe(page);
    expect(page).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    expect(html({ ...sampleReport, generatedAt: '2026-01-02T03:04:05Z' }, options())).toContain('<time class="generated">2026-01-02T03:04:05Z</time>');
  });

  it('sets a CSP that allows only its own style and script, by hash', () => {
    const csp = between(page, '<meta http-equiv="Content-Security-Policy" content="', '">').replaceAll('&#39;', "'");
    const style = between(page, '<style>', '</style>');
    const script = between(page, '<script>', '</script>');
    expect(style).toBe(STYLE);
    expect(script).toBe(SCRIPT);
    expect(csp).toBe(contentSecurityPolicy(STYLE, SCRIPT));
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toContain('unsafe');
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
  });

  it('has no style or event-handler attributes, which the CSP would block', () => {
    for (const out of [page, evil]) {
      const tags = startTags(out);
      expect(tags.length).toBeGreaterThan(100);
      for (const tag of tags) expect(tag).not.toMatch(/\s(style|on[a-z]+)\s*=/i);
    }
  });

  it('escapes every hostile string: one script, one style, no injected elements or links', () => {
    expect(count(evil, '<script')).toBe(1);
    expect(count(evil, '<style')).toBe(1);
    expect(count(evil, '</style>')).toBe(1);
    for (const tag of ['<img', '<iframe', '<svg onload', '<b onmouseover', '<a href="javascript', "<a href='javascript", '<!--']) {
      expect(evil).not.toContain(tag);
    }
    expect(evil).not.toMatch(/href="\s*javascript:/i);
    expect(evil).toContain('&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;');
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;News');
    expect(evil).toContain('<span class="url">javascript:alert(1)</span>');
    expect(evil).toContain('href="https://example.com/a?b=%3Cc%3E&amp;d=%22e%22"');
    expect(SCRIPT).not.toMatch(/<\/script|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/i);
    expect(PAYLOADS.length).toBeGreaterThan(5);
  });

  it('links every card and list entry to an element of the page', () => {
    for (const out of [page, evil, html(withoutTexts(sampleReport), options())]) {
      const ids = new Set([...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const targets = [...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) expect(ids.has(t), t).toBe(true);
      expect(ids.size).toBe([...out.matchAll(/\sid="/g)].length);
    }
  });

  it('draws the scale slip and the conversion on a log scale, the qualifier tension on a linear one', () => {
    const scales = [...page.matchAll(/<article class="card[^"]*"[^>]*data-code="([^"]+)"[\s\S]*?data-scale="(\w+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(scales).toEqual(['conversion-mismatch:log', 'scale-slip:log', 'qualifier-tension:linear', 'agreement:linear', 'agreement:linear', 'agreement:linear']);
  });

  it('hides agreements unless asked, and shows every finding as a card', () => {
    expect(count(page, '<article class="card')).toBe(6);
    expect(count(page, 'data-kind="agreement" data-severity="info" data-code="agreement" aria-labelledby="finding-3-fact" hidden>')).toBe(1);
    const all = html(sampleReport, options({ showAgreements: true }));
    expect(all).not.toMatch(/<article[^>]* hidden>/);
    expect(all).toContain('<input type="checkbox" name="kind" value="agreement" checked>');
  });

  it('marks every figure in the article text, and falls back to sentences without it', () => {
    expect(count(page, '<mark class="claim st-')).toBe(sampleReport.claims.length + 4);
    expect(page).toContain('class="claim st-conflict" id="claim-5"');
    const bare = html(withoutTexts(sampleReport), options());
    expect(bare).toContain('The article text is not in this report');
    expect(bare).not.toContain('<div class="text">');
    expect(count(bare, '<mark class="claim st-')).toBe(sampleReport.claims.length + 4);
  });

  it('lists figures whose offsets do not point at their text instead of marking the wrong words', () => {
    const shifted = new Map([...(sampleReport.texts ?? [])].map(([id, text]) => [id, ` ${text}`]));
    const out = html({ ...sampleReport, texts: shifted }, options());
    expect(count(out, 'does not match the text')).toBe(sampleReport.documents.length);
    expect(count(out, '<mark class="claim st-')).toBe(sampleReport.claims.length + 4);
  });

  it('renders figures without findings for extract', () => {
    const out = html({ ...sampleReport, command: 'extract', findings: [], unmatched: [], summary: null }, options());
    expect(out).toContain('<title>claimcheck figures</title>');
    expect(out).not.toContain('<article');
    expect(out).toContain('17 figures found');
  });
});
