/**
 * `simulate experiment plan.yaml`: reads the plan, runs what its results file does not hold yet
 * (with a progress bar and an estimate of the time left), and once every run is in writes the
 * tidy table, the analyses and report.html. Exit 0 done (or stopped by --max-runs, to continue
 * with a rerun), 1 a run failed, 2 bad input.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Acceptance, loadAcceptance } from '../experiment/accept.js';
import { runExperiment } from '../experiment/experiment.js';
import { loadPlan, type Plan } from '../experiment/plan.js';
import { writeExperiment } from '../experiment/write.js';
import { formatProblem, InputError } from '../scenario/errors.js';
import { planThreads } from './jobs.js';
import { createProgress, type Progress } from './progress.js';
import { defaultPatternsPath } from './validate.js';

/** Options of the experiment command. */
export interface ExperimentOptions {
  readonly plan: string;
  readonly out: string;
  readonly jobs?: number;
  /** redis://HOST:PORT: run through the BullMQ queue there. */
  readonly queue?: string;
  readonly accept?: 'none' | 'patterns';
  readonly maxRuns?: number;
  readonly quiet: boolean;
}

function badInput(err: unknown): number {
  if (!(err instanceof InputError)) throw err;
  for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
  return 2;
}

/** Runs the command; returns the exit code. */
export async function experimentCommand(opts: ExperimentOptions): Promise<number> {
  let plan: Plan;
  let accept: Acceptance | undefined;
  try {
    plan = loadPlan(opts.plan, defaultPatternsPath());
    if ((opts.accept ?? plan.data.accept) === 'patterns') accept = loadAcceptance(plan.patternsFile);
  } catch (err) {
    return badInput(err);
  }
  const { threads, note } = planThreads(opts.jobs, Number.MAX_SAFE_INTEGER, [plan.base]);
  if (note && !opts.quiet) process.stderr.write(`${note}\n`);
  mkdirSync(opts.out, { recursive: true });
  let progress: Progress | undefined;
  let result;
  try {
    result = await runExperiment(plan, opts.out, {
      jobs: threads,
      queue: opts.queue,
      accept,
      maxRuns: opts.maxRuns,
      onPlanned: (runs, skipped) => {
        if (skipped > 0 && !opts.quiet) process.stderr.write(`simulate: ${skipped} runs already in ${opts.out}, ${runs} to do\n`);
        progress = createProgress(runs, runs * plan.base.horizon_days, opts.quiet);
      },
      events: { onProgress: (index, days) => progress?.advance(index, days) },
      onFinished: (id, ok) => progress?.finished(id, ok),
    });
  } catch (err) {
    progress?.stop();
    return badInput(err);
  }
  progress?.stop();
  if (result.status !== 'done') {
    for (const f of result.summary.failed) process.stderr.write(`simulate: run ${f} failed\n`);
    if (result.status === 'stopped') {
      process.stderr.write(
        `simulate: stopped after ${result.summary.ran} runs; ${result.left} left; run the same command again to continue\n`,
      );
      return 0;
    }
    return 1;
  }
  const files = await writeExperiment(result.data, opts.out);
  for (const f of files) process.stdout.write(`${path.join(opts.out, f)}\n`);
  return 0;
}
