// Progress on stderr for long runs: "claimcheck: 4,210/100,000 files · 38.2 MB/s". Only on a terminal, never
// in CI or a pipe; only once a run has lasted a second; redrawn at most every 100 ms; erased at the end so
// the report starts on a clean line.
import type { OutputStream } from './io.js';

export interface Progress {
  update(docsDone: number, charsDone: number, total?: number): void;
  done(): void;
}

export interface ProgressOptions {
  env: Readonly<Record<string, string | undefined>>;
  now?: () => number;
  delayMs?: number;
  intervalMs?: number;
}

const silent: Progress = { update: () => undefined, done: () => undefined };
const CLEAR = '\r\x1b[K';

export function progressLine(stream: OutputStream, options: ProgressOptions): Progress {
  const ci = options.env.CI;
  if (!stream.isTTY || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0')) return silent;
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let last = -Infinity;
  let shown = false;
  return {
    update(docsDone, charsDone, total) {
      const t = now();
      if (t - started < delay || t - last < interval) return;
      last = t;
      shown = true;
      const files = total === undefined ? count(docsDone) : `${count(docsDone)}/${count(total)}`;
      const rate = charsDone / (1024 * 1024) / ((t - started) / 1000);
      stream.write(`${CLEAR}claimcheck: ${files} files · ${rate.toFixed(1)} MB/s`);
    },
    done() {
      if (shown) stream.write(CLEAR);
      shown = false;
    },
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
