// Discovery for the minimal reader: the paths given → the files to read, in order. (The full sources stage
// replaces this file; pool.ts uses only this class's discover().)
import fg from 'fast-glob';
import { stat } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import type { Problem } from './types.js';

export interface Candidate {
  abs: string;
  id: string;
}

export class Discovery {
  private readonly seen = new Set<string>();

  constructor(private readonly options: { cwd: string }) {}

  async discover(given: string): Promise<{ files: Candidate[]; problems: Problem[] }> {
    const abs = resolve(this.options.cwd, given);
    const info = await stat(abs).catch(() => null);
    if (info === null) return { files: [], problems: [{ document: given, severity: 'error', code: 'missing', message: `${given}: no such file or folder` }] };
    const ids = info.isDirectory() ? (await fg(['**/*.txt', '**/*.md'], { cwd: abs })).sort().map((f) => posix.join(given, f)) : [given];
    const files: Candidate[] = [];
    for (const id of ids) {
      const file = resolve(this.options.cwd, id);
      if (this.seen.has(file)) continue;
      this.seen.add(file);
      files.push({ abs: file, id });
    }
    return { files, problems: [] };
  }
}
