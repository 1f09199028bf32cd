// Test helpers: a temp folder per test and loadSources with test defaults.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSources, type SourceOptions } from '../../src/sources/index.js';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimcheck-sources-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

export function load(paths: string[], cwd: string, options: Partial<SourceOptions> = {}): ReturnType<typeof loadSources> {
  return loadSources(paths, {
    cwd,
    include: [],
    exclude: [],
    stdinName: '-',
    maxFileSize: 1024 * 1024,
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    ...options,
  });
}
