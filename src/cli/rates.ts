// --rates FILE → validated exchange-rate overrides. A file that cannot be used stops the run (exit 2) with one
// line naming the file and the field.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseRateOverrides, type RateOverrides } from '../compare/index.js';
import { InputError } from './errors.js';

export async function readRatesFile(file: string, cwd: string): Promise<RateOverrides> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(resolve(cwd, file), 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    throw new InputError(`${file}: ${reason}`);
  }
  const { value, problems } = parseRateOverrides(json);
  if (value === null) throw new InputError(`${file}: ${problems[0] ?? 'invalid exchange rates'}`);
  return value;
}
