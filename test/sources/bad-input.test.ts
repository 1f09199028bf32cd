import { execFileSync } from 'node:child_process';
import { chmod, mkdir, stat, symlink, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/sources/positions.js';
import { load, put, tempDir } from './helpers.js';

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const good = 'Trade reached $50 billion in 2023.\n';

/** Each bad input sits beside good.txt: the bad one becomes a problem, good.txt is still read. */
async function withGood(paths: string[]): ReturnType<typeof load> {
  await put(dir, 'good.txt', good);
  return load([...paths, 'good.txt'], dir);
}

function codes(result: Awaited<ReturnType<typeof load>>): string[] {
  return result.problems.map((p) => `${p.code} ${p.document}`);
}

describe('bad inputs become problems and the run goes on', () => {
  it('missing path', async () => {
    const r = await withGood(['nope.txt']);
    expect(codes(r)).toEqual(['path-not-found nope.txt']);
    expect(r.problems[0]?.message).toBe('nope.txt: no such file or folder');
    expect(r.documents.map((d) => d.id)).toEqual(['good.txt']);
  });

  it('glob matching nothing', async () => {
    const r = await withGood(['articles/*.md']);
    expect(codes(r)).toEqual(['no-match articles/*.md']);
    expect(r.problems[0]?.message).toContain('articles/*.md');
    expect(r.documents).toHaveLength(1);
  });

  it('glob matching files', async () => {
    await put(dir, 'a/one.md', 'One.\n');
    await put(dir, 'a/two.md', 'Two.\n');
    const r = await load(['a/*.md'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['a/one.md', 'a/two.md']);
  });

  it('empty file', async () => {
    await put(dir, 'empty.txt', '');
    const r = await withGood(['empty.txt']);
    expect(codes(r)).toEqual(['file-empty empty.txt']);
    expect(r.problems[0]?.message).toBe('empty.txt: is empty');
    expect(r.documents).toHaveLength(1);
  });

  it('binary file', async () => {
    await put(dir, 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = await withGood(['image.txt']);
    expect(codes(r)).toEqual(['file-binary image.txt']);
    expect(r.problems[0]?.severity).toBe('error');
    expect(r.documents).toHaveLength(1);
  });

  it('invalid UTF-8 is read with replacement characters and a warning', async () => {
    await put(dir, 'latin1.txt', Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' cost $5.\n')]));
    const r = await withGood(['latin1.txt']);
    expect(codes(r)).toEqual(['invalid-utf8 latin1.txt']);
    expect(r.problems[0]?.severity).toBe('warning');
    expect(r.problems[0]?.message).toContain('offset 3');
    expect(r.documents[0]?.text).toBe('Caf\uFFFD cost $5.\n');
    expect(r.documents).toHaveLength(2);
  });

  it('UTF-16 LE and BE with BOM are decoded', async () => {
    const text = 'Exports hit €95 million.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    await put(dir, 'le.txt', le);
    await put(dir, 'be.txt', be);
    const r = await withGood(['le.txt', 'be.txt']);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => d.text)).toEqual([text, text, good]);
  });

  it('UTF-8 BOM is stripped so positions start at the first character', async () => {
    await put(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('$5 total')]));
    const r = await withGood(['bom.txt']);
    expect(r.problems).toEqual([]);
    expect(r.documents[0]?.origin).toBe('$5 total');
  });

  it.each([['crlf', '\r\n'], ['cr', '\r']])('%s line endings keep line numbers right', async (name, eol) => {
    const content = ['First line.', 'Second line.', 'Exports hit $95 million.'].join(eol);
    await put(dir, `${name}.txt`, content);
    const r = await withGood([`${name}.txt`]);
    const doc = r.documents[0];
    expect(doc?.origin).toBe(content);
    const at = doc?.text.indexOf('$95') ?? -1;
    expect(new LineIndex(doc?.origin ?? '').locate(at)).toEqual({ line: 3, column: 13 });
  });

  it('file over maxFileSize is skipped without reading', async () => {
    await put(dir, 'big.txt', 'x'.repeat(2048));
    await put(dir, 'good.txt', good);
    const r = await load(['big.txt', 'good.txt'], dir, { maxFileSize: 1024 });
    expect(codes(r)).toEqual(['file-too-large big.txt']);
    expect(r.problems[0]?.message).toBe('big.txt: is 2.0 KB, over the limit of 1.0 KB; skipped');
    expect(r.documents.map((d) => d.id)).toEqual(['good.txt']);
  });

  it.skipIf(process.getuid?.() === 0)('unreadable file', async () => {
    const file = await put(dir, 'secret.txt', 'hidden $5');
    await chmod(file, 0o000);
    const r = await withGood(['secret.txt']);
    await chmod(file, 0o644);
    expect(codes(r)).toEqual(['file-unreadable secret.txt']);
    expect(r.problems[0]?.message).toBe('secret.txt: permission denied');
    expect(r.documents).toHaveLength(1);
  });

  it('directory named like a file is walked, never read as a file', async () => {
    await put(dir, 'folder/a.txt/inner.txt', 'Inner $1.\n');
    await put(dir, 'folder/b.txt', 'B $2.\n');
    const r = await load(['folder'], dir);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => d.id)).toEqual(['folder/a.txt/inner.txt', 'folder/b.txt']);
  });

  it('malformed JSON line names file:line, other lines are read', async () => {
    await put(dir, 'feed.jsonl', '{"text":"One $1."}\n{"text": oops}\n\n{"title":"x"}\n{"body":"Four $4."}\n');
    const r = await withGood(['feed.jsonl']);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([
      ['json-line-invalid', expect.stringMatching(/^feed\.jsonl:2: malformed JSON/)],
      ['json-no-text', 'feed.jsonl:4: has no text field (one of text, body, content, article); skipped'],
    ]);
    expect(r.documents.map((d) => d.id)).toEqual(['feed.jsonl#1', 'feed.jsonl#5', 'good.txt']);
  });

  it('malformed JSON file names file:line:column', async () => {
    await put(dir, 'bad.json', '[\n  {"text": "a"},\n  {"text" "b"}\n]');
    const r = await withGood(['bad.json']);
    expect(codes(r)).toEqual(['json-invalid bad.json']);
    expect(r.problems[0]?.message).toMatch(/^bad\.json:3:11: malformed JSON/);
  });

  it('FIFO is skipped without opening it', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const r = await withGood(['pipe.txt']);
    expect(codes(r)).toEqual(['not-a-file pipe.txt']);
    expect(r.problems[0]?.message).toBe('pipe.txt: is a FIFO (named pipe), not a regular file; not opened');
    expect(r.documents).toHaveLength(1);
  });

  it('FIFO inside a folder is reported, not read', async () => {
    await mkdir(path.join(dir, 'in'));
    execFileSync('mkfifo', [path.join(dir, 'in', 'pipe.txt')]);
    await put(dir, 'in/a.txt', good);
    const r = await load(['in'], dir);
    expect(codes(r)).toEqual(['not-a-file in/pipe.txt']);
    expect(r.documents.map((d) => d.id)).toEqual(['in/a.txt']);
  });

  it('symlink loop is reported and the rest read', async () => {
    await put(dir, 'news/a.txt', good);
    await symlink('..', path.join(dir, 'news', 'up'));
    await symlink('self', path.join(dir, 'news', 'self'));
    const r = await load(['news'], dir);
    expect(codes(r).sort()).toEqual(['symlink-loop news/self', 'symlink-loop news/up']);
    expect(r.problems.find((p) => p.document === 'news/up')?.message).toBe('news/up: links back to ., a folder it is in (loop); not followed');
    expect(r.documents.map((d) => d.id)).toEqual(['news/a.txt']);
  });

  it('symlinked folder is followed once', async () => {
    await put(dir, 'real/a.txt', good);
    await put(dir, 'news/b.txt', good);
    await symlink('../real', path.join(dir, 'news', 'linked'));
    const r = await load(['news', 'real'], dir);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => d.id)).toEqual(['news/b.txt', 'news/linked/a.txt']);
  });

  it('nothing read is modified', async () => {
    await put(dir, 'in/a.md', '---\ntitle: A\n---\n# Head\n\nText $5.\n');
    await put(dir, 'in/b.html', '<p>Text &amp; $6</p>');
    await put(dir, 'in/c.jsonl', '{"text":"$7"}\n');
    await put(dir, 'in/sources.json', '{"a.md":{"publisher":"X"}}');
    const before = await snapshot(path.join(dir, 'in'));
    await new Promise((r) => setTimeout(r, 20));
    const r = await load(['in'], dir);
    expect(r.documents).toHaveLength(3);
    expect(await snapshot(path.join(dir, 'in'))).toEqual(before);
  });
});

async function snapshot(folder: string): Promise<Array<[string, number, string]>> {
  const names = (await readdir(folder)).sort();
  return Promise.all(names.map(async (n) => {
    const file = path.join(folder, n);
    return [n, (await stat(file)).mtimeMs, await readFile(file, 'utf8')] as [string, number, string];
  }));
}
