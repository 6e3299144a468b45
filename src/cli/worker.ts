/**
 * `simulate worker --queue redis://HOST:PORT`: takes runs from the queues of `simulate --queue`
 * calls and runs them, `--jobs` at a time, until SIGINT or SIGTERM; then lets the runs in progress
 * finish (a second signal ends it at once; its jobs go to other workers) and exits 130 or 143.
 */
import { availableParallelism } from 'node:os';
import { stopOnSignals } from './signals.js';

/** Options of the worker command. */
export interface WorkerOptions {
  readonly queue: string;
  readonly queueName?: string;
  readonly jobs?: number;
  readonly quiet: boolean;
}

/** Serves jobs until stopped; returns the exit code. */
export async function workerCommand(opts: WorkerOptions): Promise<number> {
  const signals = stopOnSignals();
  try {
    const { serveQueues } = await import('../parallel/serve.js');
    await serveQueues({
      url: opts.queue,
      name: opts.queueName,
      jobs: opts.jobs ?? availableParallelism(),
      stop: signals.stop,
      log: (line) => {
        if (!opts.quiet) process.stderr.write(`${line}\n`);
      },
    });
  } finally {
    signals.dispose();
  }
  const code = signals.exitCode() ?? 0;
  // Connections of a queue whose Redis is gone may linger; they must not keep a stopped worker alive.
  setTimeout(() => process.exit(code), 2000).unref();
  return code;
}
