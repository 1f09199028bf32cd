import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, safeHref } from '../../../src/report/html/escape.js';
import { buildScale, chooseScale, compact, numberLine } from '../../../src/report/html/numberline.js';

describe('escaping', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes interpolations in the html tag unless they are Html, and flattens arrays', () => {
    const evil = '<script>alert(1)</script>';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html`<ul>${['<a>', html`<li>${'&'}</li>`]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>&amp;</li></ul>');
    expect(html`${null}${undefined}${false}${0}${raw('<br>')}`.value).toBe('0<br>');
  });

  it('links only http and https URLs', () => {
    expect(safeHref('https://example.com/a b?x=<y>')).toBe('https://example.com/a%20b?x=%3Cy%3E');
    expect(safeHref('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', '//host/x', 'file:///etc/passwd', '']) {
      expect(safeHref(bad), bad).toBeNull();
    }
    expect(safeHref(null)).toBeNull();
  });
});

describe('number line', () => {
  it('chooses a log scale only when positive figures are more than 20 times apart', () => {
    expect(chooseScale([4.9e6, 4.9e9])).toBe('log');
    expect(chooseScale([976650, 1.043e9])).toBe('log');
    expect(chooseScale([50e9, 65e9])).toBe('linear');
    expect(chooseScale([5, 100])).toBe('linear');
    expect(chooseScale([5, 100.1])).toBe('log');
    expect(chooseScale([0, 1e6])).toBe('linear');
    expect(chooseScale([-5, 1e6])).toBe('linear');
    expect(chooseScale([])).toBe('linear');
    expect(chooseScale([42])).toBe('linear');
  });

  it('puts a ×1,000 slip three decades apart on whole-decade ticks', () => {
    const s = buildScale([4.9e6, 4.9e9]);
    expect(s.kind).toBe('log');
    expect(s.ticks).toEqual([1e6, 1e7, 1e8, 1e9, 1e10]);
    expect(s.position(4.9e9) - s.position(4.9e6)).toBeCloseTo(3 / 4, 6);
  });

  it('pads a linear scale to round ticks and keeps positive data off negative ticks', () => {
    const s = buildScale([50e9, 65e9]);
    expect(s.kind).toBe('linear');
    expect(s.min).toBeLessThanOrEqual(50e9);
    expect(s.max).toBeGreaterThanOrEqual(65e9);
    expect(s.ticks[0]).toBe(s.min);
    expect(buildScale([1, 2]).min).toBeGreaterThanOrEqual(0);
    expect(buildScale([7, 7]).ticks.length).toBeGreaterThan(1);
  });

  it('takes interval bounds into the domain and ignores non-positive bounds on a log scale', () => {
    expect(buildScale([10, 1000], [0, 5000]).max).toBe(1e4);
    expect(buildScale([10, 1000], [0]).min).toBe(10);
  });

  it('labels ticks compactly', () => {
    expect([4.9e9, 976650, 1e12, 1500, 12, 0.5].map(compact)).toEqual(['4.9B', '977K', '1T', '1.5K', '12', '0.5']);
  });

  it('draws a bar per interval, an arrow where it is unbounded, and escapes labels', () => {
    const svg = numberLine(
      [
        { figure: 'at least $4.9 million', outlet: '<b>A</b>', value: 4.9e6, low: 4.9e6, high: null, severity: 'error' },
        { figure: '$4.9 billion', outlet: 'B', value: 4.9e9, low: 4.85e9, high: 4.95e9, severity: 'error' },
      ],
      'USD',
      'caption "quoted"',
    ).value;
    expect(svg).toContain('data-scale="log"');
    expect(svg.match(/<rect class="interval"/g)).toHaveLength(2);
    expect(svg.match(/<path class="arrow"/g)).toHaveLength(1);
    expect(svg.match(/<circle class="dot"/g)).toHaveLength(2);
    expect(svg).toContain('&lt;b&gt;A&lt;/b&gt;');
    expect(svg).toContain('aria-label="caption &quot;quoted&quot;"');
    expect(svg).not.toContain('NaN');
  });
});
