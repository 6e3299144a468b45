/**
 * A warm worker thread of `simulate worker`: it keeps its modules loaded and runs one job after
 * another. Each run writes into a scratch folder of its own with the same code a local run uses;
 * the folder's files are sent back as text and the scratch folder deleted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { JobData } from './queueJobs.js';
import { executeTask, type RunOutcome } from './task.js';

/** A job for a thread. */
export interface ThreadJob {
  readonly id: number;
  readonly data: JobData;
}

/** What a thread says: a run's progress, or its outcome and files. */
export type ThreadMessage =
  | { kind: 'progress'; id: number; days: number }
  | { kind: 'done'; id: number; outcome: RunOutcome; files: Record<string, string> };

/** Seeds whose runs fail as a model failure would (JEJARING_FAIL_SEEDS=3,5): a test seam for failed jobs. */
function failing(seed: number): boolean {
  return (process.env.JEJARING_FAIL_SEEDS ?? '').split(',').includes(String(seed));
}

/** Runs one job in a scratch folder; returns its outcome and the run folder's files. */
export async function runJob(
  job: ThreadJob,
  onProgress: (days: number) => void,
): Promise<{ outcome: RunOutcome; files: Record<string, string> }> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'jejaring-job-'));
  try {
    const { scenario, seed, collect, write } = job.data;
    if (failing(seed)) return { outcome: { index: 0, ok: false, error: `seed ${seed} is set to fail (JEJARING_FAIL_SEEDS)` }, files: {} };
    const outcome = await executeTask({ index: 0, scenario, seed, outDir: scratch, write, ...(collect ? { collect } : {}) }, onProgress);
    const files: Record<string, string> = {};
    if (outcome.ok && write)
      for (const name of readdirSync(outcome.dir).sort()) files[name] = readFileSync(path.join(outcome.dir, name), 'utf8');
    return { outcome, files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const port = parentPort;
if (port) {
  port.on('message', async (job: ThreadJob) => {
    const done = await runJob(job, (days) => port.postMessage({ kind: 'progress', id: job.id, days } satisfies ThreadMessage));
    port.postMessage({ kind: 'done', id: job.id, ...done } satisfies ThreadMessage);
  });
}
