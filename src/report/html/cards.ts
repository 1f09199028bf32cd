// Findings → cards: the fact, each source's outlet, date and sentence with the figure marked, the
// diagnosis (wording from describe.ts) and the figures on a number line. Also the list of figures that
// stood alone. Every string from the input goes through the `html` tag.
import type { Finding } from '../../compare/schema.js';
import type { Claim } from '../../extract/schema.js';
import { describeDiagnosis, describeFinding } from '../describe.js';
import {
  claimAnchor,
  claimsOf,
  dateOf,
  docAnchor,
  findingAnchor,
  formatInterval,
  formatNumber,
  formatRatio,
  outletOf,
  type Context,
} from './context.js';
import { html, raw, type Html } from './escape.js';
import { numberLine, type LinePoint } from './numberline.js';

/** The sentence with the figure marked; the first occurrence of its text, or the figure after the sentence. */
export function markedSentence(claim: Claim): Html {
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0 || claim.text === '') return html`${claim.sentence} <mark class="fig">${claim.text}</mark>`;
  const end = at + claim.text.length;
  return html`${claim.sentence.slice(0, at)}<mark class="fig">${claim.text}</mark>${claim.sentence.slice(end)}`;
}

function sourceItem(ctx: Context, claim: Claim): Html {
  const outlet = outletOf(ctx, claim.document);
  const qualifier = claim.qualifier ? html` · ${claim.qualifier} · ${formatInterval(claim)}` : '';
  const credits = claim.attribution ? html` · credits ${claim.attribution}` : '';
  return html`<li class="source" data-outlet="${outlet}">
<p class="who"><strong class="outlet">${outlet}</strong> <time>${dateOf(ctx, claim.document)}</time> <a class="to-doc" href="#${claimAnchor(ctx, claim)}">${claim.document}:${claim.line}</a></p>
<blockquote class="sentence">${markedSentence(claim)}</blockquote>
<p class="figure">${formatNumber(claim.value)} ${claim.unit}${qualifier}${credits}</p>
</li>`;
}

/** The figures on one line. A conversion's source amount is drawn at the reference rate, in the restated currency. */
export function findingPoints(ctx: Context, f: Finding): { points: LinePoint[]; unit: string } {
  const claims = claimsOf(ctx, f);
  const { currency, restatedCurrency, referenceRate } = f.data;
  const convert = f.code === 'conversion-mismatch' && typeof referenceRate === 'number' && referenceRate > 0;
  const unit = convert && typeof restatedCurrency === 'string' ? restatedCurrency : (claims[0]?.unit ?? '');
  const points = claims.map((c): LinePoint => {
    const outlet = outletOf(ctx, c.document);
    if (convert && c.unit === currency && c.unit !== unit) {
      const at = (v: number | null) => (v === null ? null : v / referenceRate);
      return { figure: `${c.text} ÷ ${referenceRate}`, outlet, value: c.value / referenceRate, low: at(c.low), high: at(c.high), severity: f.severity };
    }
    return { figure: c.text, outlet, value: c.value, low: c.low, high: c.high, severity: f.severity };
  });
  return { points, unit };
}

export function findingCard(ctx: Context, f: Finding, i: number): Html {
  const id = findingAnchor(i);
  const { points, unit } = findingPoints(ctx, f);
  const hidden = f.kind === 'agreement' && !ctx.options.showAgreements ? raw(' hidden') : '';
  const line = points.length > 0 ? numberLine(points, unit, `${f.fact}: ${describeDiagnosis(f)}`) : '';
  return html`<article class="card sev-${f.severity}" id="${id}" tabindex="0" data-kind="${f.kind}" data-severity="${f.severity}" data-code="${f.code}" aria-labelledby="${id}-fact"${hidden}>
<header><span class="badge sev-${f.severity}">${f.severity}</span> <span class="code">${f.code}</span> <span class="ratio">×${formatRatio(f.ratio)}</span>
<h3 id="${id}-fact">${f.fact}</h3></header>
<p class="diagnosis">${describeDiagnosis(f)}</p>
<ol class="sources">${claimsOf(ctx, f).map((c) => sourceItem(ctx, c))}</ol>
${line}
<p class="message">${describeFinding(f, ctx.claimsById)}</p>
<p class="meta">confidence ${f.confidence} · id ${f.id}</p>
</article>`;
}

/** The findings section in parts: one a card. */
export function* findingsSection(ctx: Context): Generator<string> {
  const empty = ctx.report.findings.length === 0 ? html`<p class="empty">No findings.</p>` : '';
  yield html`<section id="findings" aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2>
<p id="filter-status" class="status" role="status" aria-live="polite"></p>
${empty}`.value;
  for (const [i, f] of ctx.report.findings.entries()) yield findingCard(ctx, f, i).value;
  yield html`
<p class="empty" id="no-match" hidden>No finding matches the filters.</p>
</section>`.value;
}

/** The figures that stood alone, in parts: one an item. */
export function* unmatchedSection(ctx: Context): Generator<string> {
  const claims = ctx.report.unmatched.map((id) => ctx.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  if (claims.length === 0) return;
  const open = ctx.options.showUnmatched ? raw(' open') : '';
  yield html`<section id="unmatched" aria-labelledby="unmatched-title"><details${open}><summary><h2 id="unmatched-title">Not compared: ${claims.length} figures stood alone</h2></summary>
<ul class="unmatched">`.value;
  for (const c of claims) {
    yield html`<li><a href="#${claimAnchor(ctx, c)}">${c.text}</a> <span class="outlet">${outletOf(ctx, c.document)}</span> <a class="where" href="#${docAnchor(ctx, c.document)}">${c.document}:${c.line}</a><br><span class="sentence">${markedSentence(c)}</span></li>`.value;
  }
  yield '</ul></details></section>';
}
