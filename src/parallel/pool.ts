/**
 * Runs tasks on this thread and on worker threads, `jobs` threads in all. Outcomes come back in
 * task order whatever order the runs finish in.
 *
 * Every thread takes its next task from shared memory when it is free, so no thread waits for
 * another to hand it work: this thread runs tasks itself (it has the modules loaded already, where
 * a worker first spends about a tenth of a second importing them), and a worker starts taking tasks
 * as soon as it is up, without waiting for this thread's event loop, which is busy while a run here
 * is in progress. The workers start before this thread begins its first run.
 *
 * Tasks are taken from both ends of a list ordered by size (households times days): workers take
 * the largest first and this thread the smallest. A large run started last would finish long after
 * the others (a region's year among village scenarios is most of the command); and this thread, whose
 * event loop relays the workers' progress, gets short runs, so progress keeps coming between them.
 */
import { Worker } from 'node:worker_threads';
import { executeTask, type RunOutcome, type RunTask } from './task.js';

/** Progress events for the command line. */
export interface PoolEvents {
  onProgress?(index: number, days: number): void;
  onDone?(outcome: RunOutcome): void;
}

/** What a worker is given: the tasks, largest first, and the shared ends of what is left of them. */
export interface WorkerInput {
  readonly tasks: readonly RunTask[];
  readonly ends: SharedArrayBuffer;
}

/** What a worker reports: a run's progress, a run's outcome, or that no task is left for it. */
export type WorkerMessage = { kind: 'progress'; index: number; days: number } | { kind: 'done'; outcome: RunOutcome } | { kind: 'idle' };

/** The shared ends of the tasks not yet taken: positions [front, back) of the size-ordered list, packed in one word. */
export function createEnds(count: number): SharedArrayBuffer {
  const ends = new SharedArrayBuffer(8);
  new BigInt64Array(ends)[0] = BigInt(count) << 32n;
  return ends;
}

/**
 * Takes the task at the front (the largest left) or the back (the smallest left) of the
 * size-ordered list; -1 when none is left. Both ends live in one word, changed by compare-and-swap,
 * so two threads never take the same task and the two ends never pass each other.
 */
export function takeTask(ends: BigInt64Array, from: 'front' | 'back'): number {
  for (;;) {
    const packed = Atomics.load(ends, 0);
    const front = Number(packed & 0xffffffffn);
    const back = Number(packed >> 32n);
    if (front >= back) return -1;
    const next = from === 'front' ? (BigInt(back) << 32n) | BigInt(front + 1) : (BigInt(back - 1) << 32n) | BigInt(front);
    if (Atomics.compareExchange(ends, 0, packed, next) === packed) return from === 'front' ? front : back - 1;
  }
}

/** Households times days: how long a run takes, near enough to order runs by. */
export function taskSize(task: RunTask): number {
  const population = task.scenario.population;
  return population.villages * population.households * task.scenario.horizon_days;
}

/** The tasks largest first (ties in task order, so the order is the same on every machine). */
export function bySize(tasks: readonly RunTask[]): RunTask[] {
  return [...tasks].sort((a, b) => taskSize(b) - taskSize(a) || a.index - b.index);
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

/**
 * Yields to the event loop, so a pending signal's handler gets to run between runs: two turns,
 * since the first immediate may run before the loop next polls for the signal.
 */
const nextTurn = async () => {
  for (let k = 0; k < 2; k++) await new Promise<void>((resolve) => setImmediate(resolve));
};

/**
 * Runs every task with at most `jobs` at a time: this thread and `jobs - 1` workers. When `stop` is
 * aborted no task is started any more, the workers are stopped (their runs in progress are dropped:
 * only temporary names of this process are left of them), and the tasks without an outcome get a
 * `stopped` one.
 */
export async function runTasks(
  tasks: readonly RunTask[],
  jobs: number,
  events: PoolEvents = {},
  stop?: AbortSignal,
): Promise<RunOutcome[]> {
  const outcomes: RunOutcome[] = new Array(tasks.length);
  const record = (outcome: RunOutcome) => {
    outcomes[outcome.index] = outcome;
    events.onDone?.(outcome);
  };
  const input: WorkerInput = { tasks: bySize(tasks), ends: createEnds(tasks.length) };
  const ends = new BigInt64Array(input.ends);
  const workers = Array.from({ length: Math.min(jobs, tasks.length) - 1 }, () => startWorker(input, record, events));
  const stopped = new Promise<void>((resolve) => {
    if (stop?.aborted) resolve();
    stop?.addEventListener('abort', () => resolve(), { once: true });
  });
  const onStop = () => Atomics.store(ends, 0, 0n);
  stop?.addEventListener('abort', onStop, { once: true });
  try {
    for (let k = stop?.aborted ? -1 : takeTask(ends, 'back'); k >= 0; k = takeTask(ends, 'back')) {
      const task = input.tasks[k];
      record(await executeTask(task, (days) => events.onProgress?.(task.index, days)));
      await nextTurn();
    }
    await Promise.race([Promise.all(workers.map((w) => w.finished)), stopped]);
    if (stop?.aborted) {
      for (const t of tasks) outcomes[t.index] ??= { index: t.index, ok: false, error: 'stopped before it finished', stopped: true };
    }
    const missing = tasks.findIndex((t) => outcomes[t.index] === undefined);
    if (missing >= 0) throw new Error(`run ${missing} ended without an outcome`);
  } finally {
    stop?.removeEventListener('abort', onStop);
    // Idle workers are done; on a failure, stop the others rather than wait for their runs.
    await Promise.all(
      workers.map((w) => {
        w.worker.removeAllListeners('exit');
        return w.worker.terminate();
      }),
    );
  }
  return outcomes;
}
