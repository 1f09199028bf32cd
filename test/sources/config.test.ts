import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, loadConfig, optionDefaults, parseConfig, renderInitConfig, writeInitConfig } from '../../src/cli/config.js';
import { UsageError } from '../../src/cli/errors.js';
import { put, tempDir } from './helpers.js';

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function errorOf(content: string): Promise<ConfigError> {
  await put(dir, 'claimcheck.config.json', content);
  const error: unknown = await loadConfig({ cwd: dir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfig', () => {
  it('none found: null', async () => {
    expect(await loadConfig({ cwd: dir })).toEqual({ config: null, path: null });
  });

  it('found in the nearest parent', async () => {
    const file = await put(dir, 'claimcheck.config.json', '{"failOn":"warning","aliases":{"FT":"Financial Times"}}');
    await put(dir, 'deep/er/x.txt', '');
    const r = await loadConfig({ cwd: path.join(dir, 'deep', 'er') });
    expect(r).toEqual({ config: { failOn: 'warning', aliases: { FT: 'Financial Times' } }, path: file });
  });

  it('an explicit path, relative to cwd', async () => {
    await put(dir, 'conf/cc.json', '{"tolerance":0.02,"rates":{"INR":{"2023":82.6}},"currencies":{"dirhams":"AED"}}');
    const r = await loadConfig({ cwd: dir, explicitPath: 'conf/cc.json' });
    expect(r.config).toEqual({ tolerance: 0.02, rates: { INR: { '2023': 82.6 } }, currencies: { dirhams: 'AED' } });
  });

  it('a missing explicit path is an error naming it', async () => {
    await expect(loadConfig({ cwd: dir, explicitPath: 'nope.json' })).rejects.toThrow('nope.json: file not found');
  });

  it.each([
    ['{"failOn":"sometimes"}', 'claimcheck.config.json: failOn: expected one of "error", "warning", "never"'],
    ['{"tolerance":-1}', 'claimcheck.config.json: tolerance: expected a number >= 0'],
    ['{"tolerance":"1%"}', 'claimcheck.config.json: tolerance: expected a number, got string'],
    ['{"include":"*.txt"}', 'claimcheck.config.json: include: expected an array, got string'],
    ['{"show":["agreements","all"]}', 'claimcheck.config.json: show.1: expected one of "agreements", "unmatched"'],
    ['{"currencies":{"dirhams":"aed"}}', 'claimcheck.config.json: currencies.dirhams: expected a three-letter ISO 4217 code such as "USD"'],
    ['{"rates":{"INR":{"FY23":80}}}', 'claimcheck.config.json: rates.INR.FY23: expected a year such as "2023"'],
    ['{"maxFileSize":1.5}', 'claimcheck.config.json: maxFileSize: expected an integer'],
  ])('%s is rejected in one line', async (content, message) => {
    const error = await errorOf(content);
    expect(error.message).toBe(message);
    expect(error.file).toBe('claimcheck.config.json');
  });

  it('format must name a reporter; a ConfigError is a UsageError (exit 2)', async () => {
    const error = await errorOf('{"format":"xml"}');
    expect(error.message).toMatch(/^claimcheck\.config\.json: format: expected one of "table", "json"/);
    expect(error).toBeInstanceOf(UsageError);
  });

  it('unknown keys are errors', async () => {
    const error = await errorOf('{"failon":"error"}');
    expect(error.message).toMatch(/^claimcheck\.config\.json: failon: unknown key; known keys: .*failOn/);
    expect(error.message).not.toContain('\n');
  });

  it('invalid JSON names line and column', async () => {
    const error = await errorOf('{\n  "failOn": "error",\n  "tolerance": 0.1,\n}\n');
    expect(error.message).toMatch(/^claimcheck\.config\.json:4:1: invalid JSON: /);
    expect(error.message).not.toContain('\n');
    expect((await errorOf('')).message).toMatch(/^claimcheck\.config\.json:1:1: invalid JSON: Unexpected end of JSON input$/);
  });
});

describe('README', () => {
  it('the example config file is valid', async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /## Config file[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(parseConfig(example, 'README.md')).toMatchObject({ failOn: 'error', aliases: { FT: 'Financial Times' } });
  });
});

describe('optionDefaults and writeInitConfig', () => {
  it('keeps the option defaults, not the tables or comments', () => {
    expect(optionDefaults(null)).toEqual({});
    expect(optionDefaults({ $comment: 'x', failOn: 'never', tolerance: 0.1, aliases: { FT: 'Financial Times' }, rates: {} }))
      .toEqual({ failOn: 'never', tolerance: 0.1 });
  });

  it('writes a loadable config once, then refuses without force', async () => {
    const file = await writeInitConfig(dir, false);
    expect((await loadConfig({ cwd: dir })).path).toBe(file);
    await expect(writeInitConfig(dir, false)).rejects.toThrow('claimcheck.config.json already exists here; use --force to overwrite it');
    await expect(writeInitConfig(dir, true)).resolves.toBe(file);
  });
});

describe('renderInitConfig', () => {
  it('is valid against the schema, comments included', () => {
    const text = renderInitConfig();
    expect(ConfigSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(parseConfig(text, 'x.json').$comment).toBeDefined();
  });
});
