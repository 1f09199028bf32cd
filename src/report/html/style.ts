// The page's one stylesheet, inlined and allowed by its sha256 in the CSP. No style attributes anywhere:
// the CSP would block them. Print: no filters, cards not split across pages, tooltips hidden.
export const STYLE = `
:root{--fg:#1d2430;--muted:#5b6472;--line:#d8dde5;--bg:#f6f7f9;--card:#fff;--error:#b42318;--error-bg:#fde7e5;--warning:#a15c00;--warning-bg:#fff2d6;--info:#1f5fa8;--info-bg:#e4eefb;--ok:#23703a;--ok-bg:#e3f4e7;--focus:#6d3fc0}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header.page{padding:18px 24px;background:#1d2430;color:#fff}
header.page h1{margin:0;font-size:20px;font-weight:600}
header.page .generated{color:#c4cad4;font-size:13px}
main{max-width:1040px;margin:0 auto;padding:16px 24px 48px}
h2{font-size:18px;margin:28px 0 10px}
h3{font-size:16px;margin:4px 0}
a{color:#1f5fa8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.lead{font-size:16px}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 12px;padding:0}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px}
.stat dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.stat dd{margin:0;font-size:24px;font-weight:600}
.stat small{font-size:13px;font-weight:400;color:var(--muted)}
.stat.sev-error dd{color:var(--error)}.stat.sev-warning dd{color:var(--warning)}.stat.sev-info dd{color:var(--info)}
.coverage{color:var(--muted)}
table.documents{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line)}
table.documents th,table.documents td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
table.documents .num{text-align:right}
table.documents time{white-space:nowrap}
.problems .path,.path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.toolbar{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;background:var(--bg);border-bottom:1px solid var(--line);padding:10px 0;margin-top:18px}
.toolbar fieldset{border:1px solid var(--line);border-radius:6px;padding:2px 10px 6px;margin:0}
.toolbar legend{font-size:12px;color:var(--muted)}
.toolbar label{margin-right:8px;white-space:nowrap}
.toolbar input[type=search]{width:16em;padding:4px 6px}
.toolbar .keys{flex-basis:100%;margin:0;font-size:12px;color:var(--muted)}
kbd{border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 4px;font-size:12px;background:#fff}
.status{color:var(--muted);font-size:13px}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--info);border-radius:8px;padding:12px 18px;margin:14px 0}
.card.sev-error{border-left-color:var(--error)}.card.sev-warning{border-left-color:var(--warning)}
.card:focus{outline:3px solid var(--focus)}
.card:target{box-shadow:0 0 0 3px var(--focus)}
.card,.document,mark.claim{scroll-margin-top:24px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;text-transform:uppercase}
.badge.sev-error{background:var(--error-bg);color:var(--error)}.badge.sev-warning{background:var(--warning-bg);color:var(--warning)}.badge.sev-info{background:var(--info-bg);color:var(--info)}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
.ratio{float:right;font-weight:700;font-size:18px}
.diagnosis{font-weight:600;margin:6px 0}
.sources{padding-left:20px}
.source{margin:8px 0}
.who{margin:0}
.who time{color:var(--muted);margin:0 6px}
.sentence{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);color:#323a46}
blockquote.sentence{font-style:normal}
mark.fig{background:#ffe28a;padding:0 2px;border-radius:3px;font-weight:600}
.figure{margin:0;font-size:13px;color:var(--muted)}
.message,.meta{font-size:13px;color:var(--muted);margin:6px 0}
.numberline{margin:8px 0}
.numberline svg{max-width:100%;height:auto;font:12px system-ui,sans-serif}
.numberline figcaption{font-size:12px;color:var(--muted)}
.numberline .axis{stroke:#8a93a0;stroke-width:1}
.numberline .tick,.numberline .guide{stroke:#e4e7ec;stroke-width:1}
.numberline .tick-label{fill:var(--muted);font-size:11px}
.numberline .label{fill:var(--fg);font-weight:600}
.numberline .outlet,.numberline .value{fill:var(--muted);font-size:11px}
.numberline .interval{fill:#c9d7ea}
.numberline .arrow{fill:#8fa9cc}
.numberline .dot{fill:var(--info);stroke:#fff;stroke-width:1.5}
.numberline .sev-error .dot{fill:var(--error)}.numberline .sev-warning .dot{fill:var(--warning)}
.unmatched li{margin:6px 0}
.unmatched .outlet{color:var(--muted);margin:0 6px}
summary h2{display:inline;font-size:16px}
.legend{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}
.document{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 18px;margin:14px 0}
.document .meta{margin:2px 0}
.doc-findings{font-size:13px;margin:4px 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 Georgia,"Noto Serif",serif}
.sentences li{margin:6px 0}
.note{font-size:13px;color:var(--muted)}
mark.claim{position:relative;border-radius:3px;padding:0 2px;cursor:help;background:#e9ecf1;border-bottom:2px solid #9aa3b0}
mark.claim.st-conflict{background:var(--error-bg);border-bottom-color:var(--error)}
mark.claim.st-agreement{background:var(--ok-bg);border-bottom-color:var(--ok)}
mark.claim.st-unmatched{background:var(--warning-bg);border-bottom-color:var(--warning)}
mark.claim:target{outline:3px solid var(--focus)}
.tip{display:none;position:absolute;left:0;top:calc(100% + 6px);z-index:3;width:max-content;max-width:380px;white-space:normal;font:13px/1.45 system-ui,sans-serif;color:var(--fg);background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 10px;box-shadow:0 4px 14px rgba(0,0,0,.15)}
mark.claim:hover>.tip,mark.claim:focus>.tip{display:block}
.tip .kv{display:block}
.tip .k{display:inline-block;min-width:72px;color:var(--muted)}
@media print{
body{background:#fff;font-size:12px}
header.page{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
.toolbar,.status,.tip,.keys{display:none!important}
main{max-width:none;padding:0}
.card,.document .meta,.stat,table.documents tr{break-inside:avoid}
.card{border-color:#999}
a{color:inherit;text-decoration:none}
}
`;
