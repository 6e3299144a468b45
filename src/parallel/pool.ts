/**
 * Runs tasks on this thread and on worker threads, `jobs` threads in all. Outcomes come back in
 * task order whatever order the runs finish in.
 *
 * Every thread takes the next task from a counter in shared memory when it is free, so no thread
 * waits for another to hand it work: this thread runs tasks itself (it has the modules loaded
 * already, where a worker first spends about a tenth of a second importing them), and a worker
 * starts taking tasks as soon as it is up, without waiting for this thread's event loop, which is
 * busy while a run here is in progress. The workers start before this thread begins its first run.
 */
import { Worker } from 'node:worker_threads';
import { executeTask, type RunOutcome, type RunTask } from './task.js';

/** Progress events for the command line. */
export interface PoolEvents {
  onProgress?(index: number, days: number): void;
  onDone?(outcome: RunOutcome): void;
}

/** What a worker is given: every task, and the shared counter of the next task to take. */
export interface WorkerInput {
  readonly tasks: readonly RunTask[];
  readonly next: SharedArrayBuffer;
}

/** What a worker reports: a run's progress, a run's outcome, or that no task is left for it. */
export type WorkerMessage =
  | { kind: 'progress'; index: number; days: number }
  | { kind: 'done'; outcome: RunOutcome }
  | { kind: 'idle' };

/** Takes the next task's index from the shared counter (past the end when none is left). */
export function takeTask(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/** Starts a worker on the tasks; resolves when it has no task left and its outcomes are in. */
function startWorker(input: WorkerInput, record: (o: RunOutcome) => void, events: PoolEvents): { finished: Promise<void>; worker: Worker } {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: input });
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.kind === 'progress') events.onProgress?.(msg.index, msg.days);
      else if (msg.kind === 'done') record(msg.outcome);
      else resolve();
    });
    worker.on('error', reject);
    // A worker that exits before saying it is idle lost the task it had taken.
    worker.on('exit', (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before finishing its runs`)));
  });
  // Its failure is awaited only once this thread's own runs are done; until then it is not unhandled.
  finished.catch(() => undefined);
  return { finished, worker };
}

/** Runs every task with at most `jobs` at a time: this thread and `jobs - 1` workers. */
export async function runTasks(tasks: readonly RunTask[], jobs: number, events: PoolEvents = {}): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = new Array(tasks.length);
  const record = (outcome: RunOutcome) => {
    outcomes[outcome.index] = outcome;
    events.onDone?.(outcome);
  };
  const input: WorkerInput = { tasks, next: new SharedArrayBuffer(4) };
  const next = new Int32Array(input.next);
  const workers = Array.from({ length: Math.min(jobs, tasks.length) - 1 }, () => startWorker(input, record, events));
  try {
    for (let k = takeTask(next); k < tasks.length; k = takeTask(next)) {
      const task = tasks[k];
      record(await executeTask(task, (days) => events.onProgress?.(task.index, days)));
    }
    await Promise.all(workers.map((w) => w.finished));
    const missing = tasks.findIndex((t) => outcomes[t.index] === undefined);
    if (missing >= 0) throw new Error(`run ${missing} ended without an outcome`);
  } finally {
    // Idle workers are done; on a failure, stop the others rather than wait for their runs.
    await Promise.all(workers.map((w) => (w.worker.removeAllListeners('exit'), w.worker.terminate())));
  }
  return outcomes;
}
