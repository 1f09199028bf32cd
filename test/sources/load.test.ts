import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDate, inferPublished } from '../../src/sources/metadata.js';
import { parseCsv } from '../../src/sources/sidecar.js';
import { load, put, tempDir } from './helpers.js';

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('discovery', () => {
  it('folders list their articles sorted by code point, paths in the order given', async () => {
    for (const name of ['b.txt', 'B.md', 'a/z.html', 'é.txt', 'c.pdf', 'sources.json', '.hidden.txt', 'node_modules/x.txt']) await put(dir, `news/${name}`, 'Text $1.');
    await put(dir, 'first.txt', 'First $1.');
    const r = await load(['first.txt', 'news'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['first.txt', 'news/B.md', 'news/a/z.html', 'news/b.txt', 'news/é.txt']);
  });

  it('ids: relative as given, "./" dropped, absolute made relative to cwd', async () => {
    const abs = await put(dir, 'x/a.txt', 'A $1.');
    await put(dir, 'x/b.txt', 'B $1.');
    const r = await load(['./x/a.txt', path.join(dir, 'x', 'b.txt'), abs], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['x/a.txt', 'x/b.txt']);
  });

  it('--include and --exclude', async () => {
    for (const name of ['a.txt', 'b.md', 'drafts/c.txt', 'notes.text']) await put(dir, `in/${name}`, 'Text $1.');
    const r = await load(['in'], dir, { include: ['*.txt', '*.text'], exclude: ['drafts/'] });
    expect(r.documents.map((d) => d.id)).toEqual(['in/a.txt', 'in/notes.text']);
  });

  it('.claimcheckignore in the folder and its parents up to cwd; a file named explicitly is reported', async () => {
    await put(dir, '.claimcheckignore', '# parents count too\n*.draft.md\n');
    await put(dir, 'in/.claimcheckignore', 'old/\n!keep.draft.md\n');
    for (const name of ['a.md', 'b.draft.md', 'keep.draft.md', 'old/c.md']) await put(dir, `in/${name}`, 'Text $1.');
    const r = await load(['in', 'in/old/c.md'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['in/a.md', 'in/keep.draft.md']);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([['file-ignored', 'in/old/c.md: is excluded by in/.claimcheckignore; not read']]);
  });

  it('a folder with no articles is a problem', async () => {
    await put(dir, 'empty/readme.pdf', 'x');
    const r = await load(['empty'], dir);
    expect(r.problems.map((p) => [p.code, p.document])).toEqual([['no-match', 'empty']]);
  });

  it('the same file given twice is read once', async () => {
    await put(dir, 'a.txt', 'A $1.');
    const r = await load(['a.txt', './a.txt', '.'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['a.txt']);
  });
});

describe('stdin', () => {
  it('reads one document named by stdinName, format by its extension', async () => {
    const readStdin = () => Promise.resolve(Buffer.from('---\ntitle: Piped\n---\n**$5**'));
    const r = await load(['-'], dir, { stdinName: 'piped.md', readStdin });
    expect(r.documents.map((d) => [d.id, d.format, d.meta.title])).toEqual([['piped.md', 'md', 'Piped']]);
  });

  it('defaults to "-" and txt; empty stdin is a problem', async () => {
    const r = await load(['-'], dir, { readStdin: () => Promise.resolve(Buffer.from('x $1')) });
    expect(r.documents.map((d) => [d.id, d.format])).toEqual([['-', 'txt']]);
    const empty = await load(['-'], dir);
    expect(empty.problems.map((p) => [p.code, p.message])).toEqual([['file-empty', '-: is empty']]);
  });
});

describe('metadata', () => {
  it.each([
    ['Global Research, December 28, 2023', '2023-12-28'],
    ['Published: 28 Dec 2023', '2023-12-28'],
    ['December 28, 2023', '2023-12-28'],
    ['2023-12-28', '2023-12-28'],
    ['Mon 28 Dec 2023 10.00 GMT', '2023-12-28'],
    ['Updated 3rd March 2024', '2024-03-03'],
    ['Sept. 5, 2024', '2024-09-05'],
  ])('finds a date in %s', (line, iso) => {
    expect(findDate(line)).toEqual({ date: iso });
  });

  it('an impossible date is not a date', () => {
    expect(findDate('February 30, 2024')).toEqual({ invalid: 'February 30, 2024' });
    expect(findDate('In July exports rose')).toBeNull();
  });

  it('infers the date from a short line near the top only', () => {
    expect(inferPublished('Headline\n\nBy A. Writer\n\nGlobal Research, December 28, 2023\n\nBody')).toBe('2023-12-28');
    expect(inferPublished(`${'A long paragraph that mentions December 28, 2023 in passing and goes on and on for a good while more. '}`)).toBeNull();
  });

  it('explicit metadata wins over the sidecar, which wins over inference', async () => {
    await put(dir, 'in/a.md', '---\ntitle: Front\n---\nDecember 1, 2023\n\nText $1.');
    await put(dir, 'in/b.txt', 'December 1, 2023\n\nText $1.');
    await put(dir, 'in/sources.csv', 'file,publisher,date,url,title\r\na.md,"Example, Inc.",2024-01-02,https://a,"Side ""A"""\nb.txt,Other,,,\n');
    const r = await load(['in'], dir);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => d.meta)).toEqual([
      { title: 'Front', publisher: 'Example, Inc.', url: 'https://a', published: '2024-01-02' },
      { title: null, publisher: 'Other', url: null, published: '2023-12-01' },
    ]);
  });

  it('sources.json as an array; an invalid date there is a warning', async () => {
    await put(dir, 'in/a.txt', 'Text $1.');
    await put(dir, 'in/sources.json', JSON.stringify([{ file: 'a.txt', publisher: 'P', date: 'someday' }]));
    const r = await load(['in'], dir);
    expect(r.documents[0]?.meta.publisher).toBe('P');
    expect(r.problems.map((p) => [p.code, p.document, p.severity])).toEqual([['date-invalid', 'in/sources.json', 'warning']]);
  });

  it('a malformed sidecar is a warning and the articles are still read', async () => {
    await put(dir, 'in/a.txt', 'Text $1.');
    await put(dir, 'in/sources.json', '{ nope');
    const r = await load(['in'], dir);
    expect(r.documents).toHaveLength(1);
    expect(r.problems.map((p) => p.code)).toEqual(['sidecar-invalid']);
  });

  it('CSV: quotes, doubled quotes, commas and newlines in fields', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
    expect(parseCsv('a\n"open')).toBeNull();
  });
});

describe('seeds', () => {
  it('read without problems, with the outlets and dates the articles state', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const r = await load(['seeds'], root);
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => [d.id.slice(6, 9), d.meta.publisher, d.meta.published])).toEqual([
      ['000', null, null],
      ['001', 'The Moscow Times', null],
      ['002', null, null],
      ['003', null, null],
      ['004', 'Global Research', '2023-12-28'],
    ]);
  });
});
