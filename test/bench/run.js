// npm run bench: corpus → floor (read + one regex), extraction on one core, `check` end to end, wink-nlp,
// adversarial inputs. Options: --sizes 1000,10000,100000  --no-adversarial  --no-wink  --keep  --jobs N
// --no-audit skips the regular-expression audit. Figures are printed as a table and written to test/artifacts/bench.json.
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { ADVERSARIAL_KINDS } from './adversarial.js';
import { generateCorpus } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const sizes = value('sizes', '1000,10000,100000').split(',').map(Number);
const MB = 1024 * 1024;
const log = (s) => process.stderr.write(`${s}\n`);
const fmt = (n, d = 1) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(d));

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

function corpusFiles(dir) {
  return fg.sync('**/*.txt', { cwd: dir, absolute: true }).sort();
}

// The practical limit: find the files, read and decode them, one pass of one simple regular expression.
function floor(dir) {
  const started = performance.now();
  let bytes = 0;
  let hits = 0;
  for (const file of corpusFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const re = /\d[\d,.]*/g;
    while (re.exec(text) !== null) hits++;
  }
  const ms = performance.now() - started;
  return { ms, bytes, hits, mbps: bytes / MB / (ms / 1000) };
}

// Extraction alone on this thread: documents are read (untimed) in slices of 1,000 so memory stays flat.
async function extractOneCore(dir) {
  const { loadSources } = await import('../../dist/sources/index.js');
  const { extractClaims } = await import('../../dist/extract/index.js');
  const files = corpusFiles(dir);
  const options = { cwd: dir, include: [], exclude: [], stdinName: '-', maxFileSize: 50 * MB, readStdin: async () => Buffer.alloc(0) };
  let ms = 0;
  let bytes = 0;
  let claims = 0;
  for (let i = 0; i < files.length; i += 1000) {
    const { documents } = await loadSources(files.slice(i, i + 1000), options);
    for (const d of documents) bytes += Buffer.byteLength(d.origin);
    const started = performance.now();
    for (const d of documents) claims += extractClaims(d).length;
    ms += performance.now() - started;
  }
  return { ms, bytes, claims, mbps: bytes / MB / (ms / 1000) };
}

function child(mode, args, timeoutMs, bigHeap = false) {
  try {
    // Only when a run failed with Node's default heap (about 4 GB here): see the retry below.
    const heap = bigHeap ? ['--max-old-space-size=20000'] : [];
    const out = execFileSync(process.execPath, ['--expose-gc', ...heap, join(here, 'child.js'), mode, JSON.stringify(args)], {
      cwd: root,
      timeout: timeoutMs,
      maxBuffer: 64 * MB,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CI: '1' },
    });
    return JSON.parse(out.toString().trim().split('\n').pop());
  } catch (error) {
    return { error: error.code === 'ETIMEDOUT' || error.signal === 'SIGTERM' ? `timed out after ${timeoutMs / 1000} s` : String(error.message).slice(0, 500) };
  }
}

function checkRun(dir, jobs, bigHeap = false) {
  const output = join(os.tmpdir(), `claimcheck-bench-report-${process.pid}.json`);
  const args = ['check', dir, '--format', 'json', '--output', output, '--fail-on', 'never'];
  if (jobs !== undefined) args.push('--jobs', String(jobs));
  const result = child('cli', args, 1_200_000, bigHeap);
  rmSync(output, { force: true });
  return result;
}

// wink-nlp's full pipeline (tokens, sentences, entities including MONEY) on about 5 MB of the same corpus.
async function wink(dir) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  const texts = [];
  let bytes = 0;
  for (const file of corpusFiles(dir)) {
    if (bytes >= 5 * MB) break;
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  let entities = 0;
  const started = performance.now();
  for (const text of texts) entities += nlp.readDoc(text).entities().out(its.detail).length;
  const ms = performance.now() - started;
  return { ms, bytes, entities, mbps: bytes / MB / (ms / 1000) };
}

// Each input at 0.1, 1 and 10 MB in a fresh process. Linear time means ×10 per step; 10 MB is skipped
// when 1 MB already took over 20 s (the growth from 0.1 to 1 MB is then the finding).
function adversarial() {
  const rows = [];
  const total = (r) => (r.error ? null : r.extractMs + r.compareMs);
  for (const kind of ADVERSARIAL_KINDS) {
    const tiny = child('adversarial', { kind, mb: 0.1 }, 120_000);
    const small = child('adversarial', { kind, mb: 1 }, 300_000);
    const large = small.error || total(small) > 20_000 ? { error: 'skipped: 1 MB took over 20 s' } : child('adversarial', { kind, mb: 10 }, 600_000);
    const ratio = (a, b) => (total(a) && total(b) ? total(b) / total(a) : null);
    rows.push({ kind, tiny, small, large, ratio: ratio(small, large), ratioSmall: ratio(tiny, small) });
    log(`  adversarial ${kind}: 0.1 MB ${fmt(total(tiny), 0)} ms, 1 MB ${fmt(total(small), 0)} ms, 10 MB ${fmt(total(large), 0)} ms${large.error ? ` (${large.error})` : ''}`);
  }
  return rows;
}

const results = { machine: machine(), sizes: [], wink: null, adversarial: null };
log(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}`);
const jobs = value('jobs', undefined);
let winkDir = null;
for (const n of sizes) {
  const dir = join(os.tmpdir(), `claimcheck-bench-${n}`);
  rmSync(dir, { recursive: true, force: true });
  let started = performance.now();
  const corpus = generateCorpus(dir, n, 1);
  log(`corpus ${n}: ${(corpus.bytes / MB).toFixed(1)} MB, ${corpus.stories} stories, ${corpus.planted.length} planted slips (${fmt((performance.now() - started) / 1000)} s)`);
  const row = { articles: n, mb: corpus.bytes / MB, stories: corpus.stories, planted: corpus.planted.length };
  // Twice, best of two: the first pass may still be warming the page cache.
  const f1 = floor(dir);
  const f2 = floor(dir);
  row.floor = f1.ms < f2.ms ? f1 : f2;
  log(`  floor: ${fmt(row.floor.mbps)} MB/s`);
  row.extract = await extractOneCore(dir).catch((e) => ({ error: String(e) }));
  log(`  extract (1 core): ${fmt(row.extract.mbps)} MB/s, ${row.extract.claims} claims`);
  row.check = checkRun(dir, jobs === undefined ? undefined : Number(jobs));
  if (row.check.error && n >= 50_000) {
    // What a user gets is the run above, with Node's default heap; when that fails, the figures of a run
    // with a larger heap still show where the time and memory go.
    log(`  check with the default heap failed: ${row.check.error.split('\n')[0]}; again with a larger heap`);
    row.checkDefaultHeapError = row.check.error.slice(0, 300);
    row.check = checkRun(dir, jobs === undefined ? undefined : Number(jobs), true);
    row.check.bigHeap = true;
  }
  if (!row.check.error) row.check.mbps = row.mb / (row.check.wallMs / 1000);
  log(`  check: ${fmt(row.check.wallMs / 1000, 2)} s, ${fmt(row.check.mbps)} MB/s, RSS ${fmt(row.check.maxRssMB, 0)} MB ${row.check.error ?? ''}`);
  if (n === 10000 && jobs === undefined) {
    row.checkOneJob = checkRun(dir, 1);
    log(`  check --jobs 1: ${fmt(row.checkOneJob.wallMs / 1000, 2)} s`);
  }
  results.sizes.push(row);
  if (winkDir === null && !flag('no-wink')) {
    results.wink = await wink(dir);
    winkDir = dir;
    log(`  wink-nlp: ${fmt(results.wink.mbps, 2)} MB/s on ${fmt(results.wink.bytes / MB)} MB`);
  }
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
}
if (!flag('no-adversarial')) results.adversarial = adversarial();
if (!flag('no-audit')) {
  const { audit } = await import('./regex-audit.js');
  results.regexes = await audit(join(root, 'src'));
}

mkdirSync(join(root, 'test', 'artifacts'), { recursive: true });
writeFileSync(join(root, 'test', 'artifacts', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(report(results));

function report(r) {
  const m = r.machine;
  const lines = [`claimcheck benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}`, ''];
  const winkMbps = r.wink?.mbps ?? null;
  if (r.wink) lines.push(`wink-nlp (full pipeline, entities incl. MONEY): ${fmt(r.wink.mbps, 2)} MB/s on ${fmt(r.wink.bytes / MB)} MB`);
  lines.push('');
  lines.push('| articles | MB | floor MB/s | extract MB/s (1 core) | ×wink | check s | check MB/s | ×floor time | compare s | peak RSS MB |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const c = s.check;
    const floorRatio = c.wallMs && s.floor.ms ? c.wallMs / s.floor.ms : null;
    const compare = c.stages?.compare;
    lines.push(`| ${s.articles.toLocaleString('en-US')} | ${fmt(s.mb)} | ${fmt(s.floor.mbps)} | ${fmt(s.extract.mbps)} | ${fmt(winkMbps ? s.extract.mbps / winkMbps : null)} | ${fmt(c.wallMs / 1000, 2)} | ${fmt(c.mbps)} | ${fmt(floorRatio, 2)} | ${fmt(compare === undefined ? null : compare / 1000, 2)} | ${fmt(c.maxRssMB, 0)} |`);
  }
  lines.push('');
  for (const s of r.sizes) {
    const st = s.check.stages ?? {};
    lines.push(`${s.articles.toLocaleString('en-US')} articles, stages (ms): ${Object.entries(st).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ') || 'n/a'}${s.check.error ? `; error: ${s.check.error}` : ''}`);
    if (s.checkDefaultHeapError) lines.push(`  with Node's default heap the run failed (${s.checkDefaultHeapError.split('\n')[0].slice(0, 120)}); the row shows a run with --max-old-space-size=20000`);
    if (s.checkOneJob) lines.push(`  with --jobs 1: ${fmt(s.checkOneJob.wallMs / 1000, 2)} s (default jobs: ${fmt(s.check.wallMs / 1000, 2)} s)`);
  }
  for (let i = 1; i < r.sizes.length; i++) {
    const a = r.sizes[i - 1];
    const b = r.sizes[i];
    if (a.check.wallMs && b.check.wallMs) {
      const k = Math.log(b.check.wallMs / a.check.wallMs) / Math.log(b.mb / a.mb);
      const kc = a.check.stages?.compare && b.check.stages?.compare ? Math.log(b.check.stages.compare / a.check.stages.compare) / Math.log(b.mb / a.mb) : null;
      lines.push(`scaling ${a.articles} → ${b.articles}: time ∝ size^${fmt(k, 2)} (compare stage ^${fmt(kc, 2)}); doubling costs ×${fmt(2 ** k, 2)}`);
    }
  }
  if (r.adversarial) {
    lines.push('', 'adversarial inputs: extract + compare ms (claims); linear time is ×10 per step', '', '| input | 0.1 MB | 1 MB | 10 MB | ×(1 MB/0.1 MB) | ×(10 MB/1 MB) | peak RSS at largest, MB |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const a of r.adversarial) {
      const t = (x) => (x.error ? x.error : `${fmt(x.extractMs, 0)} + ${fmt(x.compareMs, 0)} (${x.claims})`);
      const last = a.large.error ? a.small : a.large;
      lines.push(`| ${a.kind} | ${t(a.tiny)} | ${t(a.small)} | ${t(a.large)} | ${fmt(a.ratioSmall, 1)} | ${fmt(a.ratio, 1)} | ${fmt(last.maxRssMB, 0)} |`);
    }
  }
  if (r.regexes) {
    const counts = {};
    for (const x of r.regexes) counts[x.complexity ?? x.status] = (counts[x.complexity ?? x.status] ?? 0) + 1;
    lines.push('', `regular expressions in src/ (recheck): ${r.regexes.length}: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    for (const x of r.regexes) {
      if (['safe', 'constant', 'linear'].includes(x.complexity)) continue;
      lines.push(`  ${x.file}:${x.line} ${x.complexity ?? x.status} /${x.source ?? x.dynamic}/${x.flags}`);
    }
  }
  return lines.join('\n');
}
