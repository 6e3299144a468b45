/**
 * Runs tasks on worker threads (or in this thread when one worker would do). Outcomes come back
 * in task order whatever order the runs finish in.
 */
import { Worker } from 'node:worker_threads';
import { executeTask, type RunOutcome, type RunTask } from './task.js';

/** Progress events for the command line. */
export interface PoolEvents {
  onProgress?(index: number, days: number): void;
  onDone?(outcome: RunOutcome): void;
}

type WorkerMessage = { kind: 'progress'; index: number; days: number } | { kind: 'done'; outcome: RunOutcome };

/** Runs every task with at most `jobs` at a time. */
export async function runTasks(tasks: readonly RunTask[], jobs: number, events: PoolEvents = {}): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = new Array(tasks.length);
  const workerCount = Math.min(jobs, tasks.length);
  if (workerCount <= 1) {
    for (const task of tasks) {
      const outcome = await executeTask(task, (days) => events.onProgress?.(task.index, days));
      outcomes[task.index] = outcome;
      events.onDone?.(outcome);
    }
    return outcomes;
  }
  let next = 0;
  const workerUrl = new URL('./worker.js', import.meta.url);
  await Promise.all(
    Array.from({ length: workerCount }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl);
        const feed = () => {
          if (next < tasks.length) worker.postMessage(tasks[next++]);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (msg: WorkerMessage) => {
          if (msg.kind === 'progress') events.onProgress?.(msg.index, msg.days);
          else {
            outcomes[msg.outcome.index] = msg.outcome;
            events.onDone?.(msg.outcome);
            feed();
          }
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  );
  return outcomes;
}
