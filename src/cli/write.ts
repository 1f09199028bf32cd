// Writes a report file atomically: a temporary file beside the target, then rename, so a crash or Ctrl-C
// never leaves a half-written report. Content may come in pieces (reports too big for one string).
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

export async function writeAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new InputError(`${path}: cannot write the report (${reason})`);
  }
}
