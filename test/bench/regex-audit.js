// Audits every regular expression in src/ for catastrophic backtracking with recheck (a static ReDoS
// checker that also confirms with an attack string). Regex literals and `new RegExp('literal')` are found
// with the TypeScript parser. Usage: node test/bench/regex-audit.js [--json] [src dir]
// Prints one line per pattern that is not linear; exits 1 when one is exponential.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { check } from 'recheck';
import ts from 'typescript';

export function findRegexes(root) {
  const found = [];
  for (const file of fg.sync('**/*.ts', { cwd: root, absolute: true }).sort()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        found.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
        found.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: node.arguments[0].text, flags });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
        found.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: null, flags: '', dynamic: node.getText().slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

export async function audit(root) {
  const results = [];
  for (const r of findRegexes(root)) {
    if (r.source === null) {
      results.push({ ...r, status: 'dynamic', complexity: null });
      continue;
    }
    const res = await check(r.source, r.flags, { timeout: 10_000 });
    results.push({ ...r, status: res.status, complexity: res.complexity?.type ?? null, attack: res.attack?.pattern ?? null, hotspot: res.hotspot?.map((h) => r.source.slice(h.start, h.end)) ?? [] });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'src');
  const results = await audit(root);
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  const counts = {};
  for (const r of results) counts[r.complexity ?? r.status] = (counts[r.complexity ?? r.status] ?? 0) + 1;
  console.log(`${results.length} regular expressions in ${root}: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  for (const r of results) {
    if (r.complexity === 'safe' || r.complexity === 'constant' || r.complexity === 'linear') continue;
    console.log(`${r.file}:${r.line}  ${r.complexity ?? r.status}  /${r.source ?? r.dynamic}/${r.flags}${r.attack ? `  attack: ${r.attack}` : ''}${r.hotspot?.length ? `  hotspot: ${r.hotspot.join(' | ')}` : ''}`);
  }
  process.exitCode = results.some((r) => r.complexity === 'exponential') ? 1 : 0;
}
