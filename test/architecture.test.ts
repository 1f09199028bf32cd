// The pipeline's one-way rule, checked on the source: a module imports only from its own stage or earlier
// ones, and only the CLI's io module touches the process.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const ORDER = ['util', 'sources', 'extract', 'compare', 'report', 'check.ts', 'cli', 'index.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const stageOf = (file: string): number => ORDER.indexOf(relative(src, file).split('/')[0] ?? '');
const importsOf = (text: string): string[] =>
  [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1] ?? '');

describe('architecture', () => {
  const all = files(src);

  it('knows the stage of every source file', () => {
    expect(all.filter((f) => stageOf(f) < 0).map((f) => relative(src, f))).toEqual([]);
  });

  it('has no backward imports between stages', () => {
    const backward: string[] = [];
    for (const file of all) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), spec);
        if (stageOf(target) > stageOf(file)) backward.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(backward).toEqual([]);
  });

  it('touches the process only in cli/io.ts', () => {
    const offenders = all
      .filter((f) => !f.endsWith('cli/io.ts'))
      .filter((f) => /process\.(exit|argv|stdout|stderr|stdin)|console\./.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});
