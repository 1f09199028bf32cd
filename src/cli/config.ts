// Config file: claimcheck.config.json (in cwd or the nearest parent, or an explicit path) → typed
// defaults for the CLI options. Strict: an unknown key is an error. JSON has no comments, so the
// schema accepts "$comment" (a string or an array of strings) anywhere at the top level, and "$schema".
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from './errors.js';
import { FailOn, Format, Show } from './options.js';

export const CONFIG_FILE = 'claimcheck.config.json';

const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 4217 code such as "USD"');

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  format: Format.optional(),
  failOn: FailOn.optional(),
  tolerance: z.number().min(0).optional(),
  include: z.array(z.string().min(1)).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  maxFileSize: z.number().int().positive().optional(),
  show: z.array(Show).optional(),
  maxWarnings: z.number().int().min(0).optional(),
  aliases: z.record(z.string().min(1), z.string().min(1)).optional(),
  currencies: z.record(z.string().min(1), currencyCode).optional(),
  rates: z.record(currencyCode, z.record(z.string().regex(/^\d{4}$/, 'expected a year such as "2023"'), z.number().positive())).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

/**
 * A config file that cannot be used; `message` is one line naming the file, the field and what was expected.
 * A UsageError, so main() reports it and exits 2 like any other impossible request.
 */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
  constructor(readonly file: string, readonly field: string | null, detail: string) {
    super(`${file}: ${field === null ? '' : `${field}: `}${detail}`.replace(/\s*[\r\n]+\s*/g, ' '));
  }
}

export async function loadConfig(options: { cwd: string; explicitPath?: string | null | undefined }): Promise<{ config: Config | null; path: string | null }> {
  const file = options.explicitPath ? path.resolve(options.cwd, options.explicitPath) : await findConfig(options.cwd);
  if (file === null) return { config: null, path: null };
  const shown = displayPath(options.cwd, file);
  let content: string;
  try {
    content = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(shown, null, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`);
  }
  return { config: parseConfig(content, shown), path: file };
}

/**
 * The config values that are defaults for command-line options (flags win over them). The tables
 * (aliases, currencies, rates) are not flags: the caller hands them to the compare stage.
 */
export function optionDefaults(config: Config | null): Record<string, unknown> {
  if (config === null) return {};
  const { $schema: _schema, $comment: _comment, aliases: _aliases, currencies: _currencies, rates: _rates, ...defaults } = config;
  return defaults;
}

/** Writes a starting config into `cwd`; refuses to overwrite unless `force`. Returns the path written. */
export async function writeInitConfig(cwd: string, force: boolean): Promise<string> {
  const file = path.join(cwd, CONFIG_FILE);
  try {
    await writeFile(file, renderInitConfig(), { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${CONFIG_FILE} already exists here; use --force to overwrite it`);
    throw new UsageError(`${CONFIG_FILE}: cannot write (${code ?? String(error)})`);
  }
  return file;
}

/** Validates config text; `file` is the name used in error messages. */
export function parseConfig(content: string, file: string): Config {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    const m = /at position (\d+)/.exec(msg);
    const at = m !== null ? Number(m[1]) : /end of JSON input/.test(msg) ? content.length : null;
    const where = at === null ? file : `${file}:${lineColumn(content, at)}`;
    throw new ConfigError(where, null, `invalid JSON: ${msg.replace(/ (?:in JSON )?at position \d+[\s\S]*$/, '').replace(/,\s*"[\s\S]*" is not valid JSON$/, '')}`);
  }
  const result = ConfigSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const [issue, ...more] = result.error.issues;
  if (issue === undefined) throw new ConfigError(file, null, 'invalid config');
  const { field, detail } = describeIssue(issue);
  throw new ConfigError(file, field, more.length > 0 ? `${detail} (and ${more.length} more)` : detail);
}

function describeIssue(issue: z.core.$ZodIssue): { field: string | null; detail: string } {
  const at = issue.path.map(String);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys;
      const field = [...at, keys[0] ?? ''].join('.');
      const known = at.length === 0 ? `; known keys: ${Object.keys(ConfigSchema.shape).join(', ')}` : '';
      return { field, detail: `unknown key${keys.length > 1 ? `s ${keys.map((k) => `"${k}"`).join(', ')}` : ''}${known}` };
    }
    case 'invalid_value':
      return { field: fieldOf(at), detail: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_type':
      if (issue.expected === 'int' && typeof issue.input === 'number') return { field: fieldOf(at), detail: 'expected an integer' };
      return { field: fieldOf(at), detail: `expected ${article(issue.expected)}, got ${typeName(issue.input)}` };
    case 'invalid_key': {
      const inner = issue.issues[0];
      return { field: fieldOf(at), detail: inner === undefined ? 'invalid key' : inner.message };
    }
    case 'too_small':
      return { field: fieldOf(at), detail: issue.origin === 'string' ? 'expected a non-empty string' : `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}` };
    default:
      return { field: fieldOf(at), detail: issue.message.replace(/^Invalid input: /, '') };
  }
}

function fieldOf(at: string[]): string | null {
  return at.length === 0 ? null : at.join('.');
}

function article(expected: string): string {
  return expected === 'int' ? 'an integer' : /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

async function findConfig(cwd: string): Promise<string | null> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    const found = await readFile(candidate).then(() => true, (e: NodeJS.ErrnoException) => e.code !== 'ENOENT' && e.code !== 'EISDIR');
    if (found) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function displayPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  // Outside cwd, the absolute path reads better than a run of "../".
  return (rel === '' || path.isAbsolute(rel) || rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** A starting config for `claimcheck init`: the usual defaults, explained in "$comment". */
export function renderInitConfig(): string {
  const config: Config = {
    $comment: [
      'claimcheck config. JSON has no comments: "$comment" (a string or a list of strings) holds notes and is ignored.',
      'Command-line flags override these values. Unknown keys are errors.',
      'format: report format (default: table on a terminal, json otherwise).',
      'failOn: "error" | "warning" | "never": exit 1 when a finding reaches it. maxWarnings: exit 1 above this many warnings.',
      'tolerance: extra relative slack before two figures disagree, e.g. 0.02.',
      'include / exclude: globs; a pattern without "/" matches at any depth. A .claimcheckignore file works like .gitignore.',
      'maxFileSize: bytes; larger files are skipped with a problem, never read.',
      'show: also list "agreements" and/or "unmatched" figures.',
      'aliases: names to treat as one outlet. currencies: currency words to ISO 4217 codes.',
      'rates: currency -> year -> units per US dollar, overriding the built-in table.',
    ],
    failOn: 'error',
    tolerance: 0,
    include: [],
    exclude: [],
    maxFileSize: 50 * 1024 * 1024,
    show: [],
    aliases: { FT: 'Financial Times' },
    currencies: { dirhams: 'AED' },
    rates: {},
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
