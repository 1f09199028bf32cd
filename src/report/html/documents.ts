// Documents → the document view: each article's text with every extracted figure marked, its claim details
// shown on hover or focus, so a reader sees what was and was not understood. Without the text (Report.texts
// unset) each figure is shown in its sentence instead.
import type { Claim } from '../../extract/schema.js';
import type { DocumentInfo } from '../../sources/schema.js';
import {
  STATUS_LABEL,
  claimAnchor,
  claimStatus,
  dateOf,
  docAnchor,
  findingAnchor,
  formatInterval,
  formatNumber,
  outletOf,
  type ClaimStatus,
  type Context,
} from './context.js';
import { html, safeHref, type Html } from './escape.js';

function detail(key: string, value: string | null | undefined): Html {
  return value ? html`<span class="kv"><span class="k">${key}</span> ${value}</span>` : html``;
}

function claimDetails(ctx: Context, c: Claim, tipId: string): Html {
  const findings = (ctx.findingsOf.get(c.id) ?? []).map((i) => ctx.report.findings[i]?.fact ?? '');
  const subject = [c.subject.measure, ...c.subject.entities].filter(Boolean).join(', ');
  return html`<span class="tip" role="tooltip" id="${tipId}">${[
    detail('figure', `${c.text} (${c.kind})`),
    detail('value', `${formatNumber(c.value)} ${c.unit}${c.per ? ` per ${c.per}` : ''}`),
    detail('qualifier', c.qualifier),
    detail('interval', formatInterval(c)),
    detail('period', c.period?.label),
    detail('subject', subject),
    detail('credits', c.attribution),
    detail('modality', c.modality === 'reported' ? null : c.modality),
    detail('at', `line ${c.line}, column ${c.column}`),
    detail('status', STATUS_LABEL[claimStatus(ctx, c)]),
    detail('findings', findings.join('; ')),
  ]}</span>`;
}

function claimMark(ctx: Context, c: Claim, text: string): Html {
  const id = claimAnchor(ctx, c);
  const status: ClaimStatus = claimStatus(ctx, c);
  return html`<mark class="claim st-${status}" id="${id}" tabindex="0" aria-describedby="${id}-tip">${text}${claimDetails(ctx, c, `${id}-tip`)}</mark>`;
}

/** Each figure in its sentence: for documents without text, and for spans that cannot be placed in it. */
function sentences(ctx: Context, claims: readonly Claim[]): Html {
  const items = claims.map((c) => {
    const at = c.sentence.indexOf(c.text);
    const marked =
      at < 0 ? html`${c.sentence} ${claimMark(ctx, c, c.text)}` : html`${c.sentence.slice(0, at)}${claimMark(ctx, c, c.text)}${c.sentence.slice(at + c.text.length)}`;
    return html`<li>${marked}</li>`;
  });
  return html`<ul class="sentences">${items}</ul>`;
}

function fullText(ctx: Context, text: string, claims: readonly Claim[]): Html {
  const parts: Array<Html | string> = [];
  const misplaced: Claim[] = [];
  let pos = 0;
  for (const c of claims) {
    // A span that does not slice back to the claim's text means the text is not the one the offsets point
    // into: list the figure rather than mark the wrong words.
    if (c.start < pos || c.end <= c.start || text.slice(c.start, c.end) !== c.text) {
      misplaced.push(c);
      continue;
    }
    parts.push(text.slice(pos, c.start), claimMark(ctx, c, text.slice(c.start, c.end)));
    pos = c.end;
  }
  parts.push(text.slice(pos));
  const rest = misplaced.length > 0 ? html`<p class="note">Figures whose span overlaps another or does not match the text:</p>${sentences(ctx, misplaced)}` : '';
  return html`<div class="text">${parts}</div>${rest}`;
}

export function documentView(ctx: Context, doc: DocumentInfo): Html {
  const claims = [...(ctx.claimsIn.get(doc.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  const text = ctx.report.texts?.get(doc.id);
  const href = safeHref(doc.url);
  const url = doc.url === null ? '' : href === null ? html` · <span class="url">${doc.url}</span>` : html` · <a class="url" href="${href}" rel="noopener noreferrer">${doc.url}</a>`;
  const findings = (ctx.findingsIn.get(doc.id) ?? []).map((i) => {
    const f = ctx.report.findings[i];
    return f ? html`<li><a href="#${findingAnchor(i)}">${f.fact}</a> <span class="code">${f.code}</span></li>` : html``;
  });
  const body =
    text !== undefined
      ? fullText(ctx, text, claims)
      : html`<p class="note">The article text is not in this report: each figure is shown in its sentence.</p>${sentences(ctx, claims)}`;
  const id = docAnchor(ctx, doc.id);
  return html`<section class="document" id="${id}" aria-labelledby="${id}-title">
<header><h3 id="${id}-title">${doc.title ?? doc.id}</h3>
<p class="meta"><strong class="outlet">${outletOf(ctx, doc.id)}</strong> · <time>${dateOf(ctx, doc.id)}</time> · <span class="path">${doc.id}</span>${url} · ${claims.length} figures</p>
${findings.length > 0 ? html`<ul class="doc-findings">${findings}</ul>` : ''}</header>
${body}
</section>`;
}

/** The documents section in parts: one a document. */
export function* documentsSection(ctx: Context): Generator<string> {
  const legend = (['conflict', 'agreement', 'unmatched', 'other'] as const).map(
    (s) => html`<li><mark class="claim st-${s}">${STATUS_LABEL[s]}</mark></li>`,
  );
  yield html`<section id="documents" aria-labelledby="documents-title"><h2 id="documents-title">Documents</h2>
<ul class="legend" aria-label="Legend">${legend}</ul>
`.value;
  for (const d of ctx.report.documents) yield documentView(ctx, d).value;
  yield '\n</section>';
}
