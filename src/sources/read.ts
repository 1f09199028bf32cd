// Reading: a path → its decoded text, or a problem. Stats before opening so FIFOs, devices and
// oversized files are never opened or read; nothing is ever written.
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { Problem, Sourced } from './types.js';
import { formatBytes, problem } from './problems.js';

const SNIFF_BYTES = 8192;
/** Above this share of control characters in the first 8 KB a file is taken for binary. */
const MAX_CONTROL_RATIO = 0.1;

// Synchronous on purpose: a run reads thousands of small files one after another (on a worker thread, or on
// the main thread with nothing else to do meanwhile); each async call is a trip through libuv's thread pool,
// and with stat + open + fstat + read + close per file those trips left the thread idle a third of the time.
export function readSource(absPath: string, id: string, maxFileSize: number): Sourced<string | null> {
  let stats: Stats;
  try {
    stats = statSync(absPath);
  } catch (error) {
    return fail(fsProblem(error, id));
  }
  if (stats.isDirectory()) return fail(problem('not-a-file', id, 'is a directory, not a file'));
  if (!stats.isFile()) return fail(problem('not-a-file', id, `is a ${kindOf(stats)}, not a regular file; not opened`));
  if (stats.size > maxFileSize) {
    return fail(problem('file-too-large', id, `is ${formatBytes(stats.size)}, over the limit of ${formatBytes(maxFileSize)}; skipped`));
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absPath);
  } catch (error) {
    return fail(fsProblem(error, id));
  }
  return decode(bytes, id);
}

/** Bytes → text: BOM-aware (UTF-8, UTF-16 LE/BE), invalid UTF-8 replaced with a warning, binary refused. */
export function decode(bytes: Uint8Array, id: string): Sourced<string | null> {
  if (bytes.length === 0) return fail(problem('file-empty', id, 'is empty'));
  let text: string;
  const problems: Problem[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapBytes(bytes.subarray(2)));
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return fail(problem('file-binary', id, 'looks like a binary file (NUL or control bytes); skipped'));
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      const at = Buffer.byteLength(text.slice(0, Math.max(0, text.indexOf('\uFFFD'))), 'utf8');
      problems.push(problem('invalid-utf8', id, `is not valid UTF-8 (first bad byte at offset ${at}); read with replacement characters`));
    }
  }
  if (text.trim() === '') return fail(problem('file-empty', id, 'has no text'));
  return { value: text, problems };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC appear in text files; other C0 controls and DEL do not.
    if ((b < 32 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 127) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_RATIO;
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'FIFO (named pipe)';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

export function fsProblem(error: unknown, id: string): Problem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return problem('path-not-found', id, 'no such file or folder');
    case 'ENOTDIR': return problem('path-not-found', id, 'no such file (a parent is not a folder)');
    case 'EACCES':
    case 'EPERM': return problem('file-unreadable', id, 'permission denied');
    case 'EISDIR': return problem('not-a-file', id, 'is a directory, not a file');
    case 'ELOOP': return problem('symlink-loop', id, 'symbolic link loop; not followed');
    default: return problem('file-unreadable', id, `cannot be read (${code ?? String(error)})`);
  }
}

function fail(p: Problem): Sourced<null> {
  return { value: null, problems: [p] };
}
