/**
 * A fixed set of warm worker threads for `simulate worker`: jobs wait for a free thread, and each
 * thread keeps its loaded modules across jobs. Unlike pool.ts, which runs a list known in advance,
 * jobs arrive one by one from the queue.
 */
import { Worker } from 'node:worker_threads';
import type { ThreadMessage } from './jobThread.js';
import type { JobData } from './queueJobs.js';
import type { RunOutcome } from './task.js';

/** A job's outcome and its run folder's files. */
export interface ThreadResult {
  readonly outcome: RunOutcome;
  readonly files: Record<string, string>;
}

/** Runs jobs on `size` threads. */
export interface ThreadPool {
  /** Runs a job once a thread is free; `onStart` is called when one is. */
  run(data: JobData, onProgress: (days: number) => void, onStart?: () => void): Promise<ThreadResult>;
  close(): Promise<void>;
}

interface Pending {
  readonly onProgress: (days: number) => void;
  readonly resolve: (r: ThreadResult) => void;
  readonly reject: (err: Error) => void;
}

/** Starts `size` threads. A thread that dies fails its job (it is retried) and is replaced. */
export function createThreadPool(size: number): ThreadPool {
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const pending = new Map<number, Pending>();
  const busy = new Map<Worker, number>();
  let next = 0;
  let closed = false;
  const release = (w: Worker) => {
    busy.delete(w);
    const wake = waiting.shift();
    if (wake) wake(w);
    else idle.push(w);
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./jobThread.js', import.meta.url));
    w.on('message', (msg: ThreadMessage) => {
      const p = pending.get(msg.id);
      if (msg.kind === 'progress') p?.onProgress(msg.days);
      else {
        pending.delete(msg.id);
        release(w);
        p?.resolve({ outcome: msg.outcome, files: msg.files });
      }
    });
    w.on('error', () => undefined);
    w.on('exit', (code) => {
      const id = busy.get(w);
      busy.delete(w);
      if (id !== undefined) {
        pending.get(id)?.reject(new Error(`a worker thread stopped (exit code ${code}) during the run`));
        pending.delete(id);
      }
      if (!closed) release(start());
    });
    return w;
  };
  for (let k = 0; k < size; k++) idle.push(start());
  return {
    async run(data, onProgress, onStart) {
      const w = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
      onStart?.();
      const id = next++;
      busy.set(w, id);
      return new Promise<ThreadResult>((resolve, reject) => {
        pending.set(id, { onProgress, resolve, reject });
        w.postMessage({ id, data });
      });
    },
    async close() {
      closed = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
