/**
 * The worker side of the queue: BullMQ workers take jobs from the queues calls have registered (or
 * from one named queue) and run them on a fixed set of warm threads, `jobs` at a time in all (one
 * more per queue is held ready). A run
 * that fails for a reason of the model fails its job for good (UnrecoverableError: the same
 * scenario and seed fail the same way anywhere); a system error lets BullMQ retry it. A job whose
 * worker dies is taken by another worker once its lock lapses (stall detection).
 */
import { Redis } from 'ioredis';
import { UnrecoverableError, Worker } from 'bullmq';
import { connectionOptions, type JobData, type JobResult, lockMs, QUEUE_REGISTRY } from './queueJobs.js';
import { createThreadPool } from './threadPool.js';

/** What to serve. */
export interface ServeOptions {
  readonly url: string;
  /** Serve only this queue (default: every queue a call has registered). */
  readonly name?: string;
  readonly jobs: number;
  readonly stop: AbortSignal;
  /** One line of log (stderr). */
  readonly log: (line: string) => void;
}

/** How often the registry of queues is read, ms. */
const REFRESH_MS = 1000;

/** Least time between two progress reports of a job, ms. */
const PROGRESS_MS = 1000;

/** Times a job may stall (its worker died) and still be retried. */
const MAX_STALLED = 3;

/** Serves jobs until `stop` is aborted; then lets the jobs in progress finish and returns. */
export async function serveQueues(opts: ServeOptions): Promise<void> {
  const connection = connectionOptions(opts.url);
  const pool = createThreadPool(opts.jobs);
  const workers = new Map<string, Worker<JobData, JobResult>>();
  const registry = new Redis({ ...connection });
  const warned = new Set<string>();
  const warn = (err: Error) => {
    if (!warned.has(err.message)) opts.log(`simulate worker: ${err.message} (retrying)`);
    warned.add(err.message);
  };
  registry.on('error', warn);
  const serve = (name: string) => {
    const worker = new Worker<JobData, JobResult>(
      name,
      async (job) => {
        const id = job.id ?? '';
        // Progress at most once a second: each report is a write to Redis and an event every call reads.
        let reported = performance.now();
        const progress = (days: number) => {
          if (performance.now() - reported < PROGRESS_MS) return;
          reported = performance.now();
          void job.updateProgress(days).catch(() => undefined);
        };
        const r = await pool.run(job.data, progress, () => {
          reported = performance.now();
          opts.log(`simulate worker: ${name} job ${id} started (seed ${job.data.seed}, attempt ${job.attemptsMade + 1})`);
        });
        if (!r.outcome.ok) {
          opts.log(`simulate worker: ${name} job ${id} failed: ${r.outcome.error}`);
          throw r.outcome.system ? new Error(r.outcome.error) : new UnrecoverableError(r.outcome.error);
        }
        opts.log(`simulate worker: ${name} job ${id} done`);
        return { files: r.files, notes: r.outcome.notes, ...(r.outcome.tables ? { tables: r.outcome.tables } : {}) };
      },
      // One job more than threads: it waits, locked, for the first thread to free, so no thread
      // idles while a finished job is reported and the next fetched from Redis.
      { connection, concurrency: opts.jobs + 1, lockDuration: lockMs(), stalledInterval: lockMs(), maxStalledCount: MAX_STALLED },
    );
    worker.on('error', warn);
    workers.set(name, worker);
  };
  const refresh = async () => {
    const names = opts.name !== undefined ? [opts.name] : (await registry.smembers(QUEUE_REGISTRY)).sort();
    for (const n of names) if (!workers.has(n)) serve(n);
    for (const [n, w] of workers) {
      if (names.includes(n)) continue;
      workers.delete(n);
      void w.close().catch(warn);
    }
  };
  opts.log(`simulate worker: ${opts.jobs} threads, waiting for jobs on ${opts.url}${opts.name ? ` queue ${opts.name}` : ''}`);
  const stopped = new Promise<void>((resolve) => opts.stop.addEventListener('abort', () => resolve(), { once: true }));
  while (!opts.stop.aborted) {
    // A Redis that cannot be reached holds the refresh until it is back; a stop does not wait for it.
    await Promise.race([refresh().catch(warn), stopped, delay(REFRESH_MS)]);
    await Promise.race([stopped, delay(REFRESH_MS)]);
  }
  // The jobs in progress finish and are reported; without Redis they could not be: then stop at once
  // (their locks lapse and other workers take them).
  const closing = Promise.all([...workers.values()].map((w) => w.close()));
  let closed = false;
  void closing.then(() => {
    closed = true;
  });
  while (!closed && registry.status === 'ready') await Promise.race([closing, delay(REFRESH_MS)]);
  if (!closed) await Promise.race([Promise.all([...workers.values()].map((w) => w.close(true))), delay(5 * REFRESH_MS)]);
  registry.disconnect();
  await pool.close();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
