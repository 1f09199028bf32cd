// One measured run in a fresh process, so peak memory (RSS) belongs to that run alone.
//   node test/bench/child.js cli '<argv as JSON>'        the real CLI, stage timings from CLAIMCHECK_TIMING
//   node test/bench/child.js adversarial '<{kind, mb}>'  one adversarial input through extract and compare
// Prints one JSON line on stdout.
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { adversarialText } from './adversarial.js';

const [mode, arg = '{}'] = process.argv.slice(2);
const args = JSON.parse(arg);

async function cli(argv) {
  const { main } = await import('../../dist/cli/main.js');
  let stderr = '';
  let stdoutBytes = 0;
  const io = {
    stdout: { write: (s) => void (stdoutBytes += s.length), isTTY: false },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    readStdin: async () => Buffer.alloc(0),
    cwd: process.cwd(),
    env: { ...process.env, CLAIMCHECK_TIMING: '1' },
  };
  const started = performance.now();
  const exitCode = await main(argv, io);
  const wallMs = performance.now() - started;
  const stages = {};
  for (const m of stderr.matchAll(/timing: ([\w+]+) (\d+(?:\.\d+)?) ms/g)) stages[m[1]] = Number(m[2]);
  return { exitCode, wallMs, stages, stdoutBytes, stderr: stderr.slice(0, 2000) };
}

async function adversarial({ kind, mb }) {
  const { extractClaims } = await import('../../dist/extract/index.js');
  const { compareClaims } = await import('../../dist/compare/index.js');
  const text = adversarialText(kind, mb * 1024 * 1024);
  const doc = { id: `${kind}.txt`, format: 'txt', meta: { title: null, publisher: null, url: null, published: null }, text, origin: text, offsets: null, suppressed: [] };
  const info = { id: doc.id, format: 'txt', title: null, publisher: null, url: null, published: null };
  let t = performance.now();
  const claims = extractClaims(doc);
  const extractMs = performance.now() - t;
  t = performance.now();
  // A second copy under another name, so the comparator has two sources to match.
  const other = { ...info, id: `${kind}-copy.txt` };
  const copies = claims.map((c) => ({ ...c, id: `${c.id}x`, document: other.id }));
  const result = compareClaims([...claims, ...copies], [info, other], { tolerance: 0 });
  const compareMs = performance.now() - t;
  return { kind, mb, claims: claims.length, findings: result.findings.length, extractMs, compareMs };
}

const run = { cli, adversarial }[mode];
if (run === undefined) throw new Error(`unknown mode ${mode}`);
const result = await run(args);
result.maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
