/**
 * The one entry point for running a list of tasks, wherever they run: on this machine's threads
 * (`runTasks`) or, with `queue`, as BullMQ jobs on Redis that `simulate worker` processes take
 * (queue.ts; loaded only then, as the model is loaded only for local runs). Either way a run already in the output tree, whole and of the same
 * scenario and seed, is taken as it is (resume.ts), and outcomes come back in task order.
 */
import { runDirectory } from '../output/runFiles.js';
import type { PoolEvents } from './pool.js';
import { defaultQueueName, jobId } from './queueJobs.js';
import { findReusable, tidyRunFolder } from './resume.js';
import type { RunOutcome, RunTask } from './task.js';

/** Where and how to run the tasks. */
export interface DispatchOptions {
  /** Runs at a time on this machine (ignored with a queue: the workers choose theirs). */
  readonly jobs: number;
  /** `redis://HOST:PORT`: run the tasks as jobs of a BullMQ queue on this Redis. */
  readonly queue?: string;
  /** Name of the queue (default: derived from the tasks, so two different calls do not share one). */
  readonly queueName?: string;
  /** Take runs an earlier call wrote and that verify (default true). */
  readonly resume?: boolean;
  /** Stops the call: no run is started any more, and the tasks not finished get `stopped` outcomes. */
  readonly stop?: AbortSignal;
}

/** Progress events, and how many runs were taken from the tree and how many leftovers removed. */
export interface DispatchEvents extends PoolEvents {
  onResume?(reused: number, tidied: number): void;
}

/** Runs the tasks locally or through a queue; returns one outcome per task, in task order. */
export async function dispatchTasks(tasks: readonly RunTask[], opts: DispatchOptions, events: DispatchEvents = {}): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = new Array(tasks.length);
  let todo: readonly RunTask[] = tasks;
  if (opts.resume !== false) {
    const found = await findReusable(tasks);
    for (const o of found.reused) outcomes[o.index] = o;
    todo = found.todo;
    events.onResume?.(found.reused.length, found.tidied);
  }
  // The pool and the queue index outcomes by position in their own list.
  const local = todo.map((t, k) => ({ ...t, index: k }));
  let done: RunOutcome[];
  if (local.length === 0) done = [];
  else if (opts.queue !== undefined) {
    const { submitTasks } = await import('./queue.js');
    // Named after the whole call, not what is left of it, so a restarted call finds its queue again.
    const name = opts.queueName ?? defaultQueueName(tasks.map(jobId));
    done = await submitTasks(local, { url: opts.queue, name, stop: opts.stop }, remap(events, todo));
  } else {
    // Loaded only here: a call whose runs go to a queue never loads the model.
    const { runTasks } = await import('./pool.js');
    done = await runTasks(local, opts.jobs, remap(events, todo), opts.stop);
  }
  for (const o of done) outcomes[todo[o.index].index] = { ...o, index: todo[o.index].index };
  if (opts.stop?.aborted) {
    // Nothing of this process writes any more: what its stopped writes left goes.
    for (const t of todo) if (t.write !== false) await tidyRunFolder(runDirectory(t.outDir, t.scenario.name, t.seed), true);
  }
  return outcomes;
}

/** Events of a sub-list's runs, reported under the runs' indexes in the whole list. */
function remap(events: PoolEvents, todo: readonly RunTask[]): PoolEvents {
  return {
    onProgress: (index, days) => events.onProgress?.(todo[index].index, days),
    onDone: (o) => events.onDone?.({ ...o, index: todo[o.index].index }),
  };
}
