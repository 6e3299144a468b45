/**
 * Runs tasks as BullMQ jobs on Redis and waits for `simulate worker` processes to do them. Each
 * task is one job whose id depends only on the run (queueJobs.ts), so a restarted call adds
 * nothing twice: finished jobs are taken as they are, the rest waited for. A job's result is
 * written into the tree here, then the job is removed, so a run is written once per call.
 * Finished jobs are seen through queue events and, in case one is missed (Redis restarted, say),
 * by a sweep over the finished jobs every two seconds; a job that has vanished (Redis lost its
 * data) is added again.
 */
import { type Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { PoolEvents } from './pool.js';
import {
  connectionOptions,
  defaultQueueName,
  type JobData,
  type JobResult,
  jobData,
  jobId,
  QUEUE_REGISTRY,
  writeJobFiles,
} from './queueJobs.js';
import type { RunOutcome, RunTask } from './task.js';

/** Where to submit. */
export interface SubmitOptions {
  readonly url: string;
  readonly name?: string;
  readonly stop?: AbortSignal;
}

/** How often the jobs still awaited are looked at, ms. */
const SWEEP_MS = 2000;

/** Retries of a job whose worker failed for a reason of its machine; a model failure is never retried. */
const ATTEMPTS = 3;

/** Submits the tasks as jobs and waits for their outcomes (in task order). */
export async function submitTasks(tasks: readonly RunTask[], opts: SubmitOptions, events: PoolEvents = {}): Promise<RunOutcome[]> {
  const connection = connectionOptions(opts.url);
  const ids = tasks.map(jobId);
  const name = opts.name ?? defaultQueueName(ids);
  const byId = new Map<string, number[]>();
  for (const [k, id] of ids.entries()) byId.set(id, [...(byId.get(id) ?? []), k]);
  const queue = new Queue<JobData, JobResult>(name, { connection });
  const queueEvents = new QueueEvents(name, { connection });
  const warned = new Set<string>();
  const warn = (err: Error) => {
    if (warned.has(err.message)) return;
    warned.add(err.message);
    process.stderr.write(`simulate: queue ${name}: ${err.message} (retrying)\n`);
  };
  queue.on('error', warn);
  queueEvents.on('error', warn);
  const outcomes: RunOutcome[] = new Array(tasks.length);
  const pending = new Set(byId.keys());
  const add = async (id: string) => {
    await queue.add('run', jobData(tasks[byId.get(id)?.[0] ?? 0]), {
      jobId: id,
      attempts: ATTEMPTS,
      backoff: { type: 'fixed', delay: 1000 },
    });
  };
  const settle = async (id: string, job: Job<JobData, JobResult> | undefined): Promise<void> => {
    if (!pending.has(id)) return;
    if (job === undefined) return void (await add(id));
    const state = await job.getState();
    if (state !== 'completed' && state !== 'failed') return;
    // Read again: the job may have finished after it was read, without its result then.
    const finished = await queue.getJob(id);
    if (finished === undefined || !pending.has(id)) return;
    pending.delete(id);
    for (const k of byId.get(id) ?? []) {
      const o = await outcomeOf(tasks[k], finished, state);
      outcomes[k] = o;
      events.onDone?.(o);
    }
    await finished.remove().catch(() => undefined);
  };
  let checking = Promise.resolve();
  const check = (id: string) => {
    checking = checking.then(() => queue.getJob(id).then((job) => settle(id, job)));
    return checking;
  };
  queueEvents.on('completed', ({ jobId: id }) => void check(id).catch(warn));
  queueEvents.on('failed', ({ jobId: id }) => void check(id).catch(warn));
  queueEvents.on('progress', ({ jobId: id, data }) => {
    if (typeof data === 'number') for (const k of byId.get(id) ?? []) events.onProgress?.(k, data);
  });
  const client = new Redis({ ...connection });
  client.on('error', warn);
  try {
    await queueEvents.waitUntilReady();
    await client.sadd(QUEUE_REGISTRY, name);
    await queue.addBulk(
      [...pending].map((id) => ({
        name: 'run',
        data: jobData(tasks[byId.get(id)?.[0] ?? 0]),
        opts: { jobId: id, attempts: ATTEMPTS, backoff: { type: 'fixed', delay: 1000 } },
      })),
    );
    // Looks at the finished jobs; at every job awaited only when some have vanished (fewer in Redis than awaited).
    const sweep = async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused', 'completed', 'failed');
      if (Object.values(counts).reduce((a, b) => a + b, 0) < pending.size) {
        for (const id of [...pending]) await check(id);
        return;
      }
      for (const job of await queue.getJobs(['completed', 'failed'], 0, 999)) if (job?.id) await check(job.id);
    };
    await waitForAll(pending, sweep, client, name, opts.stop);
    if (!opts.stop?.aborted) {
      await client.srem(QUEUE_REGISTRY, name);
      await queue.obliterate({ force: true }).catch(() => undefined);
    }
  } finally {
    await queueEvents.close();
    await queue.close();
    client.disconnect();
  }
  for (const t of tasks) outcomes[t.index] ??= { index: t.index, ok: false, error: 'stopped before it finished', stopped: true };
  return outcomes;
}

/** Sweeps the awaited jobs until none is left or the call is stopped. */
async function waitForAll(
  pending: Set<string>,
  sweep: () => Promise<void>,
  client: Redis,
  name: string,
  stop: AbortSignal | undefined,
): Promise<void> {
  while (pending.size > 0 && !stop?.aborted) {
    // The registry entry too may have gone with a Redis that lost its data.
    await client.sadd(QUEUE_REGISTRY, name);
    await sweep();
    if (pending.size === 0) break;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, SWEEP_MS);
      stop?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        stop?.removeEventListener('abort', done);
        resolve();
      }
    });
  }
}

/** The outcome of a finished job: its files written into the tree, or its failure. */
async function outcomeOf(task: RunTask, job: Job<JobData, JobResult>, state: 'completed' | 'failed'): Promise<RunOutcome> {
  if (state === 'failed') return { index: task.index, ok: false, error: job.failedReason };
  const result = job.returnvalue;
  try {
    const dir = task.write === false ? '' : await writeJobFiles(task, result.files);
    return { index: task.index, ok: true, dir, notes: result.notes, ...(result.tables ? { tables: result.tables } : {}) };
  } catch (err) {
    return { index: task.index, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
