// An in-memory Io for running the whole CLI in one process.
import type { Io } from '../../src/cli/io.js';

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

export function fakeIo(options: { cwd: string; stdin?: string; tty?: boolean; env?: Record<string, string> }): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s) => void (out += s), isTTY: options.tty ?? false, columns: 120 },
    stderr: { write: (s) => void (err += s), isTTY: false },
    readStdin: async () => Buffer.from(options.stdin ?? '', 'utf8'),
    cwd: options.cwd,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
