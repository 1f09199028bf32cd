// Split runs: `extract --format ndjson` on shards, then `compare` on the claims files, gives what `check`
// gives on the whole collection, byte for byte; and `--jobs` never changes a byte of the output.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';

function io(cwd: string): Io & { err: () => string } {
  let err = '';
  return {
    stdout: { write: () => undefined, isTTY: false, columns: 120 },
    stderr: { write: (s) => void (err += s), isTTY: false },
    readStdin: async () => Buffer.alloc(0),
    cwd,
    env: {},
    err: () => err,
  };
}

async function run(cwd: string, argv: string[]): Promise<string> {
  const out = join(cwd, `out-${Math.random().toString(36).slice(2)}.txt`);
  const fake = io(cwd);
  const code = await main([...argv, '--output', out, ...(argv[0] === 'extract' ? [] : ['--fail-on', 'never'])], fake);
  expect(code, fake.err()).toBe(0);
  const text = readFileSync(out, 'utf8');
  rmSync(out);
  return text;
}

// The seed articles (real coverage of one story, several outlets), in three shards.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-split-'));
  const seeds = join(import.meta.dirname, '..', 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  files.forEach((f, i) => cpSync(join(seeds, f), join(dir, 'articles', `shard${i % 3}`, f)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('split runs', () => {
  it('compare on extracted shards gives the findings of check, byte for byte', async () => {
    const shards = ['shard0', 'shard1', 'shard2'];
    for (const s of shards) writeFileSync(join(dir, `${s}.ndjson`), await run(dir, ['extract', `articles/${s}`, '--format', 'ndjson']));
    // Shards given in any order combine the same way.
    const compared = await run(dir, ['compare', 'shard2.ndjson', 'shard0.ndjson', 'shard1.ndjson', '--format', 'json']);
    const checked = await run(dir, ['check', 'articles', '--format', 'json']);
    expect(JSON.parse(checked).findings.length).toBeGreaterThan(0);
    expect(compared).toBe(checked);
  }, 30_000);

  it('reports bad lines as problems and compares the rest', async () => {
    const good = await run(dir, ['extract', 'articles', '--format', 'ndjson']);
    const lines = good.trimEnd().split('\n');
    const broken = [lines[0], '{not json', '{"type":"claim","schemaVersion":1,"id":3}', '{"type":"finding","schemaVersion":1}', '{"type":"future","schemaVersion":1}', ...lines.slice(1), ...lines.slice(1)].join('\n');
    writeFileSync(join(dir, 'broken.ndjson'), broken);
    const fake = io(dir);
    const out = join(dir, 'broken-report.json');
    const code = await main(['compare', 'broken.ndjson', '--format', 'json', '--output', out, '--fail-on', 'never'], fake);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.problems.map((p: { message: string }) => p.message)).toEqual([
      'broken.ndjson:2: not JSON; line skipped',
      'broken.ndjson:3: invalid claim record (id: Invalid input: expected string, received number); line skipped',
      'broken.ndjson:4: a finding record (from check); compare reads the output of extract; line skipped',
    ]);
    expect(report.claims.length).toBe(lines.filter((l) => l.includes('"type":"claim"')).length);
  });

  it('fails with exit 2 when no claims file can be read', async () => {
    const fake = io(dir);
    expect(await main(['compare', 'missing.ndjson'], fake)).toBe(2);
    expect(fake.err()).toContain('missing.ndjson');
  });
});

describe('parallel extraction', () => {
  it('gives the same bytes with one thread and with several', async () => {
    // Enough files to start workers (the pool runs one thread below 200 files).
    const many = join(dir, 'many');
    const seeds = readdirSync(join(dir, 'articles', 'shard0'));
    for (let i = 0; i < 240; i++) {
      const seed = seeds[i % seeds.length] as string;
      cpSync(join(dir, 'articles', 'shard0', seed), join(many, `d${i % 7}`, `${String(i).padStart(3, '0')}-${seed}`));
    }
    const one = await run(dir, ['check', 'many', '--format', 'json', '--jobs', '1']);
    const two = await run(dir, ['check', 'many', '--format', 'json', '--jobs', '2']);
    expect(two).toBe(one);
    const extractOne = await run(dir, ['extract', 'many', '--format', 'ndjson', '--jobs', '1']);
    const extractThree = await run(dir, ['extract', 'many', '--format', 'ndjson', '--jobs', '3']);
    expect(extractThree).toBe(extractOne);
  }, 60_000);
});
