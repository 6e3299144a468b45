/**
 * Runs tasks as BullMQ jobs on Redis and waits for `simulate worker` processes to do them. Each
 * task is one job whose id depends only on the run (queueJobs.ts), so a restarted call adds
 * nothing twice: finished jobs are taken as they are, the rest waited for. A job's result is
 * written into the tree here, then the job is removed, so a run is written once per call.
 * Finished jobs are seen through queue events and, in case one is missed (Redis restarted, say),
 * by a sweep over the finished jobs every two seconds; a job that has vanished (Redis lost its
 * data) is added again. A completed event carries the job's result, so a job is read from Redis
 * only when its event was missed.
 */
import { createRequire } from 'node:module';
import type { Job } from 'bullmq';
import type { Redis as RedisClient } from 'ioredis';
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

// Required, not imported: both packages are CommonJS, and an import makes Node's ES module loader
// scan every one of their modules for its exports first, a third more CPU at the call's start,
// while no worker has a job yet.
const require = createRequire(import.meta.url);
const { Queue, QueueEvents } = require('bullmq') as typeof import('bullmq');
const { Redis } = require('ioredis') as typeof import('ioredis');

/** Where to submit. */
export interface SubmitOptions {
  readonly url: string;
  readonly name?: string;
  readonly stop?: AbortSignal;
}

/** How often the jobs still awaited are looked at, ms. */
const SWEEP_MS = 2000;

/**
 * Events Redis keeps in the queue's stream (BullMQ keeps 10,000): a completed event carries the
 * run's files, so this bounds the memory they take after the call has written them. A call that
 * falls further behind still finds its jobs by the sweep.
 */
const EVENTS_KEPT = 1000;

/** Retries of a job whose worker failed for a reason of its machine; a model failure is never retried. */
const ATTEMPTS = 3;

/** Submits the tasks as jobs and waits for their outcomes (in task order). */
export async function submitTasks(tasks: readonly RunTask[], opts: SubmitOptions, events: PoolEvents = {}): Promise<RunOutcome[]> {
  const connection = connectionOptions(opts.url);
  const ids = tasks.map(jobId);
  const name = opts.name ?? defaultQueueName(ids);
  const byId = new Map<string, number[]>();
  for (const [k, id] of ids.entries()) byId.set(id, [...(byId.get(id) ?? []), k]);
  const queue = new Queue<JobData, JobResult>(name, { connection, streams: { events: { maxLen: EVENTS_KEPT } } });
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
  // Ends the wait between sweeps early once the last awaited job is written.
  const alarm: { ring: () => void } = { ring: () => undefined };
  // Writes a finished job's outcome into the tree once, then removes the job from Redis.
  const finish = async (id: string, job: Job<JobData, JobResult> | undefined, state: 'completed' | 'failed', result?: JobResult) => {
    pending.delete(id);
    for (const k of byId.get(id) ?? []) {
      const o = await outcomeOf(tasks[k], state, result ?? job?.returnvalue, job?.failedReason);
      // Workers report progress at most once a second: a run that ends is at its last day.
      if (o.ok) events.onProgress?.(k, tasks[k].scenario.horizon_days);
      outcomes[k] = o;
      events.onDone?.(o);
    }
    await queue.remove(id).catch(() => undefined);
    if (pending.size === 0) alarm.ring();
  };
  const settle = async (id: string): Promise<void> => {
    if (!pending.has(id)) return;
    const state = await queue.getJobState(id);
    if (state === 'unknown') return void (await add(id));
    if (state !== 'completed' && state !== 'failed') return;
    // Read after its state: a job read before it finished would lack its result.
    const job = await queue.getJob(id);
    if (job === undefined || !pending.has(id)) return;
    await finish(id, job, state);
  };
  // One check at a time, so that no job is written twice.
  let checking = Promise.resolve();
  const check = (id: string) => {
    checking = checking.then(() => settle(id));
    return checking;
  };
  // The completed event carries the job's result: written from it, without reading the job back.
  queueEvents.on('completed', ({ jobId: id, returnvalue }) => {
    const result = returnvalue as unknown as JobResult | undefined;
    checking = checking.then(() => (pending.has(id) && result?.files ? finish(id, undefined, 'completed', result) : settle(id)));
    void checking.catch(warn);
  });
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
      for (const id of await queue.getRanges(['completed', 'failed'], 0, 999)) if (pending.has(id)) await check(id);
    };
    await waitForAll(pending, sweep, client, name, opts.stop, alarm);
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
  client: RedisClient,
  name: string,
  stop: AbortSignal | undefined,
  alarm: { ring: () => void },
): Promise<void> {
  while (pending.size > 0 && !stop?.aborted) {
    // The registry entry too may have gone with a Redis that lost its data.
    await client.sadd(QUEUE_REGISTRY, name);
    await sweep();
    if (pending.size === 0) break;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, SWEEP_MS);
      stop?.addEventListener('abort', done, { once: true });
      alarm.ring = done;
      function done() {
        alarm.ring = () => undefined;
        clearTimeout(timer);
        stop?.removeEventListener('abort', done);
        resolve();
      }
    });
  }
}

/** The outcome of a finished job: its files written into the tree, or its failure. */
async function outcomeOf(
  task: RunTask,
  state: 'completed' | 'failed',
  result: JobResult | undefined,
  failedReason = '',
): Promise<RunOutcome> {
  if (state === 'failed') return { index: task.index, ok: false, error: failedReason };
  if (result === undefined) return { index: task.index, ok: false, error: 'the job returned no result' };
  try {
    const dir = task.write === false ? '' : await writeJobFiles(task, result.files);
    return { index: task.index, ok: true, dir, notes: result.notes, ...(result.tables ? { tables: result.tables } : {}) };
  } catch (err) {
    return { index: task.index, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
