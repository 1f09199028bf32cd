// Report → Markdown for a pull-request comment or a newsroom note: a summary table, then findings grouped by
// severity, each with its sources, values and diagnosis. Everything that comes from articles is escaped so
// it renders as text: no tables broken by "|", no emphasis from "*" or "_", no HTML from "<".
import type { Claim } from '../extract/schema.js';
import type { Finding } from '../compare/schema.js';
import type { Report, ReportOptions } from './model.js';
import { describeBasis, describeOriginal, describeSeverity, diagnosisSentence, formatRatio } from './describe.js';
import { formatValue, isProblem, SEVERITIES, viewOf, type ReportView } from './view.js';

const MARKDOWN_SPECIAL = /[\\`*_|[\]&<@\r\n]/;

/** Escapes Markdown and inline HTML; line breaks become spaces so a table row stays one row. */
export function escapeMarkdown(s: string): string {
  // Most cells have nothing to escape: testing first spares five passes over each.
  if (!MARKDOWN_SPECIAL.test(s)) return s;
  return s
    .replace(/[\\`*_|[\]]/g, (c) => `\\${c}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    // "@name" would notify a GitHub user from a pull-request comment.
    .replaceAll('@', '&#64;')
    .replace(/\r\n|\r|\n/g, ' ');
}

function summaryTable(report: Report): string {
  const s = report.summary;
  if (s === null) return `| Documents | Claims |\n| ---: | ---: |\n| ${report.documents.length} | ${report.claims.length} |\n`;
  const head = ['Documents', 'Claims', 'Errors', 'Warnings', 'Notes', 'Conversion problems', 'Agreements', 'Unmatched', 'Suppressed'];
  const row = [s.documents, s.claims, s.conflicts.error, s.conflicts.warning, s.conflicts.info, s.conversions, s.agreements, s.unmatched, s.suppressed];
  return `| ${head.join(' | ')} |\n|${head.map(() => ' ---: |').join('')}\n| ${row.join(' | ')} |\n`;
}

function sourceRow(view: ReportView, id: string): string {
  const c = view.claim(id);
  if (!c) return `| ${escapeMarkdown(id)} | | | |`;
  const doc = view.document(c.document);
  const outlet = doc?.publisher ? `${escapeMarkdown(doc.publisher)} (${escapeMarkdown(c.document)})` : escapeMarkdown(c.document);
  return `| ${outlet} | ${c.line} | ${escapeMarkdown(c.text)} | ${escapeMarkdown(formatValue(c))} |`;
}

function explainLines(view: ReportView, f: Finding): string {
  const quotes = f.claims
    .map((id) => view.claim(id))
    .filter((c): c is Claim => c !== undefined)
    .map((c) => {
      const at = c.sentence.indexOf(c.text);
      const sentence =
        at < 0
          ? escapeMarkdown(c.sentence)
          : `${escapeMarkdown(c.sentence.slice(0, at))}**${escapeMarkdown(c.text)}**${escapeMarkdown(c.sentence.slice(at + c.text.length))}`;
      return `> ${sentence}\n`;
    });
  const basis = describeBasis(f);
  return `\n${quotes.join('>\n')}${basis ? `\n${escapeMarkdown(basis)}\n` : ''}`;
}

function findingSection(view: ReportView, f: Finding, explain: boolean): string {
  const title = `#### ${escapeMarkdown(f.fact)}: \`${f.code}\` ${formatRatio(f.ratio)}\n\n`;
  const table = `| Source | Line | Text | Value |\n| --- | ---: | --- | ---: |\n${f.claims.map((id) => sourceRow(view, id)).join('\n')}\n`;
  const original = describeOriginal(f);
  return `${title}${table}\n${escapeMarkdown(`${diagnosisSentence(f)}${original ? ` ${original}` : ''}`)}\n${explain ? explainLines(view, f) : ''}`;
}

export function markdown(report: Report, options: ReportOptions): string {
  const view = viewOf(report);
  let out = `## claimcheck report\n\n${summaryTable(report)}`;
  if (report.command === 'extract') {
    const rows = report.claims.map((c) => `| ${escapeMarkdown(view.outlet(c.document))} | ${c.line} | ${escapeMarkdown(c.text)} | ${escapeMarkdown(formatValue(c))} | ${escapeMarkdown(c.subject.measure ?? '')} |`);
    return `${out}\n| Source | Line | Text | Value | Measure |\n| --- | ---: | --- | ---: | --- |\n${rows.join('\n')}\n`;
  }
  const problems = view.findings.filter(isProblem);
  if (problems.length === 0) out += '\nNo disagreements found.\n';
  for (const severity of SEVERITIES) {
    const shown = problems.filter((f) => f.severity === severity);
    if (shown.length === 0) continue;
    out += `\n### ${describeSeverity(severity)} (${shown.length})\n`;
    for (const f of shown) out += `\n${findingSection(view, f, options.explain)}`;
  }
  const agreements = view.findings.filter((f) => !isProblem(f));
  if (options.showAgreements && agreements.length > 0) {
    out += `\n### Agreements (${agreements.length})\n`;
    for (const f of agreements) out += `\n${findingSection(view, f, options.explain)}`;
  }
  if (options.showUnmatched && report.unmatched.length > 0) {
    out += `\n### Unmatched figures (${report.unmatched.length})\n\n| Source | Line | Text | Value |\n| --- | ---: | --- | ---: |\n`;
    out += `${report.unmatched.map((id) => sourceRow(view, id)).join('\n')}\n`;
  }
  return out;
}
