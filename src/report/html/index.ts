// Report → one self-contained HTML page: summary, a card per finding with its number line, filters, and
// the document view. No network: style and script are inline, allowed by their sha256 in a restrictive
// Content-Security-Policy, and every input string is escaped. Same report, same bytes.
import { createHash } from 'node:crypto';
import type { Report, ReportOptions } from '../model.js';
import { findingsSection, unmatchedSection } from './cards.js';
import { buildContext } from './context.js';
import { documentsSection } from './documents.js';
import { inPieces } from '../pieces.js';
import { pageHead, pageTail, summarySection, toolbar } from './page.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';
import { compareText, viewOf } from '../view.js';

/** The CSP source for an inline element: sha256 of its exact text, as the browser hashes it. */
export function hashSource(inline: string): string {
  return `'sha256-${createHash('sha256').update(inline, 'utf8').digest('base64')}'`;
}

/** Nothing may load from anywhere; only this page's own style and script run. */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${hashSource(style)}`,
    `script-src ${hashSource(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function* htmlParts(input: Report, options: ReportOptions): Generator<string> {
  // The page follows the one total order of findings and claims, whatever order they arrive in.
  const report: Report = {
    ...input,
    findings: viewOf(input).findings,
    claims: [...input.claims].sort((a, b) => compareText(a.document, b.document) || a.start - b.start || compareText(a.id, b.id)),
  };
  const ctx = buildContext(report, options);
  const shell = {
    csp: contentSecurityPolicy(STYLE, SCRIPT),
    style: STYLE,
    script: SCRIPT,
    title: report.command === 'check' ? 'claimcheck report' : 'claimcheck figures',
    generatedAt: report.generatedAt,
  };
  yield pageHead(shell);
  yield summarySection(ctx).value;
  if (report.command === 'check') {
    yield toolbar(ctx).value;
    yield* findingsSection(ctx);
    yield* unmatchedSection(ctx);
  }
  yield* documentsSection(ctx);
  yield pageTail(shell);
}

/** The page in pieces: a big run's page (the article texts are in it) does not fit in one string. */
export function htmlPieces(input: Report, options: ReportOptions): Iterable<string> {
  return inPieces(htmlParts(input, options));
}

export function html(input: Report, options: ReportOptions): string {
  return [...htmlParts(input, options)].join('');
}
