// Sources stage: paths → SourceDocument[] + Problem[]. discover (which files) → read (bytes → text) →
// formats (text, positions, explicit metadata) → metadata (sidecar, inference, merge). A bad file is a
// problem on that file and the run goes on; exceptions are for programmer errors only.
import path from 'node:path';
import { Discovery, type Candidate } from './discover.js';
import { parseHtml } from './formats/html.js';
import { parseJson } from './formats/json.js';
import { parseMarkdown } from './formats/markdown.js';
import type { ParsedArticle } from './formats/parsed.js';
import { parseText } from './formats/text.js';
import { inferPublished, mergeMeta, type PartialMeta } from './metadata.js';
import { decode, readSource } from './read.js';
import { loadSidecar, type Sidecar } from './sidecar.js';
import type { DocumentFormat, Problem, SourceDocument } from './types.js';

export type { DocumentFormat, DocumentMeta, Problem, SourceDocument, Sourced } from './types.js';

export interface SourceOptions {
  cwd: string;
  include: string[];
  exclude: string[];
  /** The name stdin ('-') goes by in reports; its extension picks the format. */
  stdinName: string;
  /** Bytes; larger files are skipped with a problem, never read. */
  maxFileSize: number;
  readStdin: () => Promise<Buffer>;
}

export const STDIN = '-';

export async function loadSources(paths: string[], options: SourceOptions): Promise<{ documents: SourceDocument[]; problems: Problem[] }> {
  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  const discovery = new Discovery(options);
  const reader = new Reader(options, discovery, documents, problems);
  let stdinRead = false;

  for (const given of paths) {
    if (given === STDIN) {
      if (stdinRead) continue;
      stdinRead = true;
      const id = options.stdinName === '' ? STDIN : options.stdinName;
      const decoded = decode(await options.readStdin(), id);
      problems.push(...decoded.problems);
      if (decoded.value !== null) documents.push(...parse(decoded.value, id, formatOf(id), null, problems));
      continue;
    }
    const found = await discovery.discover(given);
    problems.push(...found.problems);
    for (const file of found.files) await reader.read(file);
  }
  return { documents, problems };
}

/**
 * Files a Discovery already listed (by id, as discovery wrote it) → documents and problems, without walking
 * or checking them again: a worker reads the batches the main thread discovered. A file gone since is a
 * problem on that file, as ever.
 */
export async function loadFiles(ids: readonly string[], options: Omit<SourceOptions, 'readStdin'>): Promise<{ documents: SourceDocument[]; problems: Problem[] }> {
  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  const discovery = new Discovery(options);
  const reader = new Reader(options, discovery, documents, problems);
  for (const id of ids) await reader.read({ abs: path.resolve(options.cwd, id), id });
  return { documents, problems };
}

class Reader {
  private readonly sidecars = new Map<string, Sidecar>();

  constructor(
    private readonly options: Pick<SourceOptions, 'maxFileSize'>,
    private readonly discovery: Discovery,
    private readonly documents: SourceDocument[],
    private readonly problems: Problem[],
  ) {}

  async read(file: Candidate): Promise<void> {
    const read = readSource(file.abs, file.id, this.options.maxFileSize);
    this.problems.push(...read.problems);
    if (read.value === null) return;
    const dir = path.dirname(file.abs);
    let sidecar = this.sidecars.get(dir);
    if (sidecar === undefined) {
      sidecar = await loadSidecar(dir, (abs) => this.discovery.idOf(abs), this.problems);
      this.sidecars.set(dir, sidecar);
    }
    this.documents.push(...parse(read.value, file.id, formatOf(file.abs), sidecar.get(path.basename(file.abs)) ?? null, this.problems));
  }
}

type FileFormat = DocumentFormat | 'jsonl';

export function formatOf(name: string): FileFormat {
  const ext = path.extname(name).toLowerCase();
  switch (ext) {
    case '.md': case '.markdown': return 'md';
    case '.html': case '.htm': return 'html';
    case '.json': return 'json';
    case '.jsonl': case '.ndjson': return 'jsonl';
    default: return 'txt';
  }
}

function parse(origin: string, id: string, format: FileFormat, sidecar: PartialMeta | null, problems: Problem[]): SourceDocument[] {
  if (format === 'json' || format === 'jsonl') {
    return parseJson(origin, id, format === 'jsonl', problems).map((r) => toDocument(r.id, 'json', r.article, sidecar));
  }
  const parser = format === 'md' ? parseMarkdown : format === 'html' ? parseHtml : parseText;
  return [toDocument(id, format, parser(origin, id, problems), sidecar)];
}

function toDocument(id: string, format: DocumentFormat, article: ParsedArticle, sidecar: PartialMeta | null): SourceDocument {
  const meta = mergeMeta(article.meta, sidecar ?? {}, { published: inferPublished(article.text) });
  return { id, format, meta, text: article.text, origin: article.origin, offsets: article.offsets, suppressed: article.suppressed };
}
