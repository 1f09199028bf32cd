// Writes a report file atomically: a temporary file beside the target, then rename, so a crash or Ctrl-C
// never leaves a half-written report. Content may come in pieces (reports too big for one string).
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

export async function writeAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await (typeof content === 'string' ? file.writeFile(content) : writePieces(file, content));
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new InputError(`${path}: cannot write the report (${reason})`);
  }
}

const BUFFER = 1 << 20;

/**
 * Pieces → the file, encoded into two reused buffers: one is written (on libuv's threads) while the next
 * pieces are encoded into the other. Memory stays at two buffers however big the report.
 */
async function writePieces(file: FileHandle, pieces: Iterable<string>): Promise<void> {
  let filling = Buffer.allocUnsafe(BUFFER);
  let spare = Buffer.allocUnsafe(BUFFER);
  let used = 0;
  let pending: Promise<void> = Promise.resolve();
  const flush = async () => {
    await pending;
    pending = writeFully(file, filling, used);
    [filling, spare] = [spare, filling];
    used = 0;
  };
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (piece.length * 3 > BUFFER - used) {
      if (used > 0) await flush();
      if (piece.length * 3 > BUFFER) {
        await pending;
        const bytes = Buffer.from(piece);
        pending = writeFully(file, bytes, bytes.length);
        continue;
      }
    }
    used += filling.write(piece, used);
  }
  if (used > 0) await flush();
  await pending;
}

async function writeFully(file: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let at = 0; at < length; ) at += (await file.write(buffer, at, length - at)).bytesWritten;
}
