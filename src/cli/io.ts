// The CLI's window on the process: main() receives this and touches nothing else of the environment.
import { readFileSync } from 'node:fs';

export interface OutputStream {
  /** false when the stream is buffering and the writer should wait for `drained` before writing more. */
  write(chunk: string): boolean | void;
  /** Resolves when a buffering stream has written what it holds (or has failed or closed). */
  drained?(): Promise<void>;
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
      write: (s) => process.stdout.write(s),
      drained: () => drained(process.stdout),
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

/** A report in pieces waits for stdout to drain (an asynchronous pipe, a slow terminal) instead of queueing all of it. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  // A stream already closed (a reader that went away: `| head`) will not drain: go on without waiting.
  if (stream.destroyed || stream.writableEnded || !stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('error', done).on('close', done);
  });
}
