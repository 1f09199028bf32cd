// The page around the cards: head with the Content-Security-Policy, the summary, the filter toolbar and
// the shell that puts the sections together.
import { byText, dateOf, docAnchor, outletOf, type Context } from './context.js';
import { html, raw, type Html } from './escape.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);

function documentsTable(ctx: Context): Html {
  const rows = ctx.report.documents
    .map((d) => ({ d, outlet: outletOf(ctx, d.id), date: dateOf(ctx, d.id) }))
    .sort((a, b) => byText(a.outlet, b.outlet) || byText(a.date, b.date) || byText(a.d.id, b.d.id))
    .map(({ d, outlet, date }) => {
      const figures = ctx.claimsIn.get(d.id)?.length ?? 0;
      return html`<tr><td>${outlet}</td><td><time>${date}</time></td><td><a href="#${docAnchor(ctx, d.id)}">${d.title ?? d.id}</a></td><td class="num">${figures}</td></tr>`;
    });
  return html`<table class="documents"><thead><tr><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Document</th><th scope="col" class="num">Figures</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function summarySection(ctx: Context): Html {
  const s = ctx.report.summary;
  const outlets = new Set(ctx.report.documents.map((d) => outletOf(ctx, d.id))).size;
  const lead = `${plural(ctx.report.documents.length, 'document')} from ${plural(outlets, 'outlet')}, ${plural(ctx.report.claims.length, 'figure')} found.`;
  let stats: Html = html``;
  if (s !== null) {
    const other = Math.max(0, s.claims - s.compared - s.unmatched);
    stats = html`<dl class="stats">
<div class="stat sev-error"><dt>Conflicts: error</dt><dd>${s.conflicts.error}</dd></div>
<div class="stat sev-warning"><dt>Conflicts: warning</dt><dd>${s.conflicts.warning}</dd></div>
<div class="stat sev-info"><dt>Conflicts: info</dt><dd>${s.conflicts.info}</dd></div>
<div class="stat"><dt>Conversion problems</dt><dd>${s.conversions}</dd></div>
<div class="stat"><dt>Agreements</dt><dd>${s.agreements}</dd></div>
<div class="stat"><dt>Compared</dt><dd>${s.compared} <small>of ${s.claims}</small></dd></div>
</dl>
<p class="coverage">Coverage: ${s.compared} of ${plural(s.claims, 'figure')} (${percent(s.compared, s.claims)}) were compared across sources; ${s.unmatched} (${percent(s.unmatched, s.claims)}) stood alone, with nothing comparable in another source${other > 0 ? `; ${other} were not compared` : ''}.${s.suppressed > 0 ? ` ${s.suppressed} findings suppressed.` : ''}</p>`;
  }
  const problems = ctx.report.problems.map((p) => html`<li class="problem ${p.severity}"><span class="path">${p.document}</span>: ${p.message} <span class="code">${p.code}</span></li>`);
  return html`<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>
<p class="lead">${lead}</p>
${stats}
${documentsTable(ctx)}
${problems.length > 0 ? html`<h3>Problems</h3><ul class="problems">${problems}</ul>` : ''}
</section>`;
}

function checkboxes(name: string, values: readonly string[], checked: (v: string) => boolean): Html {
  return html`${values.map((v) => html`<label><input type="checkbox" name="${name}" value="${v}"${checked(v) ? raw(' checked') : ''}> ${v}</label>`)}`;
}

/** Rendered hidden: the script shows it, so a page without script never shows controls that do nothing. */
export function toolbar(ctx: Context): Html {
  const kinds = ['conflict', 'conversion', 'agreement'];
  const outlets = [...new Set(ctx.report.documents.map((d) => outletOf(ctx, d.id)))].sort(byText);
  return html`<nav id="toolbar" class="toolbar" aria-label="Filters" hidden>
<fieldset><legend>Kind</legend>${checkboxes('kind', kinds, (k) => k !== 'agreement' || ctx.options.showAgreements)}</fieldset>
<fieldset><legend>Severity</legend>${checkboxes('severity', ['error', 'warning', 'info'], () => true)}</fieldset>
<label>Outlet <select id="outlet"><option value="">all outlets</option>${outlets.map((o) => html`<option value="${o}">${o}</option>`)}</select></label>
<label>Search <input type="search" id="search" placeholder="fact, outlet, sentence…" autocomplete="off"></label>
<p class="keys"><kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> next and previous finding · <kbd>Enter</kbd> open in the article · <kbd>Esc</kbd> clear</p>
</nav>`;
}

export interface Shell {
  csp: string;
  style: string;
  script: string;
  title: string;
  generatedAt: string | null;
}

/** The page up to its sections: the sections follow it directly, and pageTail after them. */
export function pageHead(p: Shell): string {
  const stamp = p.generatedAt === null ? '' : html` <time class="generated">${p.generatedAt}</time>`;
  return `<!doctype html>
${html`<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${p.csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
<link rel="icon" href="data:,">
<style>${raw(p.style)}</style>
</head>
<body>
<header class="page"><h1>${p.title}</h1>${stamp}</header>
<main>
`}`;
}

export function pageTail(p: Shell): string {
  return html`
</main>
<script>${raw(p.script)}</script>
</body>
</html>
`.value;
}
