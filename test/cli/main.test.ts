import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fake-io.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('claimcheck CLI', () => {
  it('prints help and exits 0', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: claimcheck');
  });

  it('maps usage errors to exit 2', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['check', '--no-such-flag'], io)).toBe(2);
    expect(io.err()).toContain('unknown option');
    expect(await main(['check', '--format', 'yaml', 'seeds'], fakeIo({ cwd: root }))).toBe(2);
  });

  it('exits 2 when no input could be read, naming the path', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['check', 'no/such/folder'], io)).toBe(2);
    expect(io.err()).toContain('no/such/folder');
  });

  it('extracts claims from the seeds as JSON', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['extract', 'seeds', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { schemaVersion: number; documents: unknown[]; claims: Array<{ text: string }> };
    expect(out.schemaVersion).toBe(1);
    expect(out.documents).toHaveLength(5);
    expect(out.claims.map((c) => c.text)).toContain('$976,650');
  });

  it('reads a document from stdin', async () => {
    const io = fakeIo({ cwd: root, stdin: 'The fine was $5 million in 2023.' });
    expect(await main(['extract', '-', '--format', 'json', '--stdin-name', 'wire.txt'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { claims: Array<{ document: string; value: number }> };
    expect(out.claims).toEqual([expect.objectContaining({ document: 'wire.txt', value: 5_000_000 })]);
  });

  it('exits 1 on the seeds (errors found), 0 with --fail-on never', async () => {
    expect(await main(['check', 'seeds', '--format', 'json'], fakeIo({ cwd: root }))).toBe(1);
    expect(await main(['check', 'seeds', '--format', 'json', '--fail-on', 'never'], fakeIo({ cwd: root }))).toBe(0);
  });

  it('is the default command', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['seeds', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toHaveProperty('findings');
  });

  it('writes --output atomically, prints the summary, and keeps the exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    const target = join(dir, 'report.json');
    const io = fakeIo({ cwd: root });
    expect(await main(['check', 'seeds', '--format', 'json', '--output', target], io)).toBe(1);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveProperty('summary');
    expect(io.out()).toContain('Report written to');
  });

  it('exits 2 when the output cannot be written', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['check', 'seeds', '--output', '/no/such/dir/report.json'], io)).toBe(2);
    expect(io.err()).toContain('/no/such/dir/report.json');
    expect(existsSync('/no/such/dir/report.json')).toBe(false);
  });

  it('prints the JSON Schema of its output', async () => {
    const io = fakeIo({ cwd: root });
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'claims', 'findings', 'summary']));
  });

  it('produces the same bytes twice', async () => {
    const a = fakeIo({ cwd: root });
    const b = fakeIo({ cwd: root });
    await main(['check', 'seeds', '--format', 'json'], a);
    await main(['check', 'seeds', '--format', 'json'], b);
    expect(a.out()).toBe(b.out());
  });
});
