/**
 * Runs what an experiment still needs, batch by batch, through one function that hands tasks to
 * the run pool (so the pool can be swapped for a queue later), and records each finished run in
 * the results file as it comes. Every programme at a point runs on the same seeds as the
 * baseline (common random numbers): the seeds are 1..N at every point, for every programme.
 */
import { dispatchTasks } from '../parallel/dispatch.js';
import type { PoolEvents } from '../parallel/pool.js';
import type { RunOutcome, RunTask } from '../parallel/task.js';
import type { Scenario } from '../scenario/schema.js';
import type { Table } from '../validate/statistics.js';

/**
 * Runs tasks on `jobs` threads, or as jobs of the BullMQ queue on `queue` (redis://HOST:PORT); the
 * single place the experiment reaches the runs. Its runs are read in memory, never written, so
 * there is no run folder to resume from: the results file is the experiment's resume.
 */
export function runExperimentTasks(tasks: readonly RunTask[], jobs: number, events: PoolEvents, queue?: string): Promise<RunOutcome[]> {
  return dispatchTasks(tasks, { jobs, queue, resume: false }, events);
}

/** A run the experiment needs, with what to do with its tables. */
export interface PendingRun {
  readonly id: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly collect: 'metrics' | 'all';
  /** Called with the run's tables when it finishes. */
  readonly done: (tables: { metrics: Table; agents?: Table }) => void;
}

/** How the runs went. */
export interface RunSummary {
  readonly ran: number;
  readonly failed: readonly string[];
  /** True when `maxRuns` stopped the experiment before every run was done. */
  readonly stopped: boolean;
}

/** Options of a batch loop. */
export interface RunOptions {
  readonly jobs: number;
  /** redis://HOST:PORT: run through the BullMQ queue there (docs/distributed.md). */
  readonly queue?: string;
  /** Stop after this many runs (the rest stay for a rerun). */
  readonly maxRuns?: number;
  readonly events?: PoolEvents;
  readonly onFinished?: (id: string, ok: boolean) => void;
}

/**
 * Runs the pending runs in order, `jobs * 8` at a time, so that only a batch's tables are held at
 * once and every run's result is recorded soon after it ends; stops after the first batch with a
 * failure.
 */
export async function runPending(pending: readonly PendingRun[], opts: RunOptions): Promise<RunSummary> {
  const limit = Math.min(pending.length, opts.maxRuns ?? pending.length);
  const size = Math.max(8, opts.jobs * 8);
  const failed: string[] = [];
  let ran = 0;
  for (let start = 0; start < limit && failed.length === 0; start += size) {
    const batch = pending.slice(start, Math.min(limit, start + size));
    const tasks: RunTask[] = batch.map((p, index) => ({
      index,
      scenario: p.scenario,
      seed: p.seed,
      outDir: '',
      write: false,
      collect: p.collect,
    }));
    await runExperimentTasks(
      tasks,
      Math.min(opts.jobs, tasks.length),
      {
        onProgress: (index, days) => opts.events?.onProgress?.(start + index, days),
        onDone: (o) => {
          const run = batch[o.index];
          if (o.ok && o.tables) run.done(o.tables);
          else failed.push(`${run.id}: ${o.ok ? 'no tables' : o.error}`);
          ran++;
          opts.onFinished?.(run.id, o.ok);
        },
      },
      opts.queue,
    );
  }
  return { ran, failed, stopped: limit < pending.length && failed.length === 0 };
}
