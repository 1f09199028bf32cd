// Sources stage: paths → SourceDocument[] + problems. Minimal reader (plain text files and stdin).
import fg from 'fast-glob';
import { readFile, stat } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import type { Problem, SourceDocument } from './types.js';

export interface SourceOptions {
  cwd: string;
  include: string[];
  exclude: string[];
  stdinName: string;
  maxFileSize: number;
  readStdin: () => Promise<Buffer>;
}

function plain(id: string, text: string): SourceDocument {
  return { id, format: id.endsWith('.md') ? 'md' : 'txt', meta: { title: null, publisher: null, url: null, published: null }, text, origin: text, offsets: null, suppressed: [] };
}

export async function loadSources(paths: string[], options: SourceOptions): Promise<{ documents: SourceDocument[]; problems: Problem[] }> {
  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    if (path === '-') {
      documents.push(plain(options.stdinName, (await options.readStdin()).toString('utf8')));
      continue;
    }
    const info = await stat(resolve(options.cwd, path)).catch(() => null);
    if (info === null) {
      problems.push({ document: path, severity: 'error', code: 'missing', message: `${path}: no such file or folder` });
      continue;
    }
    const files = info.isDirectory()
      ? (await fg(['**/*.txt', '**/*.md'], { cwd: resolve(options.cwd, path) })).sort().map((f) => posix.join(path, f))
      : [path];
    for (const file of files) documents.push(plain(file, await readFile(resolve(options.cwd, file), 'utf8')));
  }
  return { documents, problems };
}
