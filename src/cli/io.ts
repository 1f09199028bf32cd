// The CLI's window on the process: main() receives this and touches nothing else of the environment.
import { readFileSync } from 'node:fs';

export interface OutputStream {
  write(chunk: string): void;
  readonly isTTY: boolean;
  readonly columns?: number | undefined;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  readStdin(): Promise<Buffer>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export function nodeIo(): Io {
  return {
    stdout: {
      write: (s) => void process.stdout.write(s),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns,
    },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY === true },
    // A TTY stdin has no document to read; a pipe or file is read to its end.
    readStdin: async () => (process.stdin.isTTY ? Buffer.alloc(0) : readFileSync(0)),
    cwd: process.cwd(),
    env: process.env,
  };
}
