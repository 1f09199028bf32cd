import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAndExtract } from '../../src/extract/pool.js';
import type { SourceOptions } from '../../src/sources/index.js';

let dir: string;
const options = (cwd: string): SourceOptions => ({ cwd, include: [], exclude: [], stdinName: 'stdin.txt', maxFileSize: 1 << 20, readStdin: async () => Buffer.from('Stdin says 42 people died in 2023.') });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-pool-'));
  const seeds = join(import.meta.dirname, '..', '..', 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < 300; i++) cpSync(join(seeds, files[i % files.length] as string), join(dir, 'a', `f${String(i).padStart(3, '0')}.txt`));
  writeFileSync(join(dir, 'a', 'zz-empty.txt'), '');
  writeFileSync(join(dir, 'b.txt'), 'Officials said 12 people were hurt.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading and extracting on worker threads', () => {
  // Under vitest the pool runs the compiled worker from dist/ (npm test builds first).
  const built = existsSync(join(import.meta.dirname, '..', '..', 'dist', 'extract', 'worker.js'));

  it.runIf(built)('returns what one thread returns, in the same order, with problems in place', async () => {
    const paths = ['b.txt', '-', 'a', 'missing.txt', 'b.txt'];
    const one = await readAndExtract(paths, options(dir), {}, { jobs: 1 });
    const progress: number[] = [];
    const two = await readAndExtract(paths, options(dir), {}, { jobs: 2, onProgress: (files) => progress.push(files) });
    expect(one.threads).toBe(0);
    expect(two.threads).toBe(2);
    expect(JSON.stringify(two.documents.map((d) => d.info))).toBe(JSON.stringify(one.documents.map((d) => d.info)));
    expect(JSON.stringify(two.claims)).toBe(JSON.stringify(one.claims));
    expect(two.problems).toEqual(one.problems);
    expect(one.documents.map((d) => d.info.id).slice(0, 3)).toEqual(['b.txt', 'stdin.txt', 'a/f000.txt']);
    expect(one.problems.some((p) => p.document === 'missing.txt')).toBe(true);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(progress.at(-1)).toBe(302);
  }, 60_000);

  it.runIf(built)('reads discovered files as discovered: a file named "-", a path outside the working folder', async () => {
    const inner = join(dir, 'odd');
    cpSync(join(dir, 'a'), inner, { recursive: true });
    writeFileSync(join(inner, '-'), 'A file named dash says 7 people died.');
    const cwd = join(dir, 'a');
    const paths = [join(inner, '-'), '../odd', `${inner}/f001.txt`];
    const one = await readAndExtract(paths, { ...options(cwd), include: ['*.txt', '-'] }, {}, { jobs: 1 });
    const two = await readAndExtract(paths, { ...options(cwd), include: ['*.txt', '-'] }, {}, { jobs: 2 });
    expect(one.documents[0]?.info.id).toBe('../odd/-');
    expect(one.claims.some((c) => c.document === '../odd/-' && c.value === 7)).toBe(true);
    // The folder lists the dash file again and f001.txt: each file is read once, wherever it was named first.
    expect(one.documents.filter((d) => d.info.id === '../odd/f001.txt')).toHaveLength(1);
    expect(one.documents.filter((d) => d.info.id === '../odd/-')).toHaveLength(1);
    expect(JSON.stringify(two.claims)).toBe(JSON.stringify(one.claims));
    expect(two.problems).toEqual(one.problems);
  }, 60_000);

  it('stays on one thread for a few files', async () => {
    const r = await readAndExtract(['b.txt'], options(dir), {}, { jobs: 4 });
    expect(r.threads).toBe(0);
    expect(r.claims.length).toBeGreaterThan(0);
  });
});
