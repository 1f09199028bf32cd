// Worker-thread entry for pool.ts: { index, files, options } → { index, result } with the claims packed.
import { parentPort } from 'node:worker_threads';
import { fromPortable, readBatch, type BatchResult, type FileOptions, type PortableExtractOptions } from './batch.js';

export interface WorkerRequest {
  index: number;
  files: string[];
  options: FileOptions;
  extract: PortableExtractOptions;
}

export type WorkerReply = { index: number; result: BatchResult } | { index: number; error: string };

parentPort?.on('message', (request: WorkerRequest) => {
  readBatch(request.files, request.options, fromPortable(request.extract), null, true).then(
    (result) => {
      const transfer = 'packed' in result.claims ? [result.claims.ops.buffer as ArrayBuffer, result.claims.nums.buffer as ArrayBuffer] : [];
      const reply: WorkerReply = { index: request.index, result };
      parentPort?.postMessage(reply, transfer);
    },
    (error: unknown) => {
      const reply: WorkerReply = { index: request.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort?.postMessage(reply);
    },
  );
});
