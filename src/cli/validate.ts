/**
 * `simulate validate [scenario]`: runs the scenarios a patterns file needs on seeds 1..N (or N seeds
 * from `--seed`) in parallel, reads their tables in memory, and prints per pattern the target, the figure with its
 * 95% interval over seeds and PASS or FAIL. Exit 0 all pass, 1 one fails (or a run fails), 2 bad input.
 */
import { fileURLToPath } from 'node:url';
import { runTasks } from '../parallel/pool.js';
import type { CollectedTables } from '../parallel/task.js';
import { formatProblem, InputError } from '../scenario/errors.js';
import { displayPath, loadScenario } from '../scenario/load.js';
import { formatResults } from '../validate/format.js';
import { loadPatternFile } from '../validate/patternFile.js';
import { judgePatterns, nameClashes, planRuns, planValidation } from '../validate/validate.js';
import { MAX_SEED } from './args.js';
import { defaultScenarioPath } from './files.js';
import { planThreads } from './jobs.js';
import { createProgress } from './progress.js';

/** Options of the validate command. */
export interface ValidateOptions {
  readonly scenario?: string;
  readonly patterns?: string;
  readonly replicates: number;
  /** First seed (default 1). */
  readonly seed?: number;
  readonly jobs?: number;
  readonly out?: string;
  readonly quiet: boolean;
}

/** The bundled patterns file, found relative to the package. */
export function defaultPatternsPath(): string {
  return displayPath(fileURLToPath(new URL('../../scenarios/patterns/default.yaml', import.meta.url)));
}

/** Runs the command; returns the exit code. */
export async function validateCommand(opts: ValidateOptions): Promise<number> {
  const first = opts.seed ?? 1;
  if (first + opts.replicates - 1 > MAX_SEED) {
    process.stderr.write(
      `simulate: --seed: expected a first seed that leaves room for ${opts.replicates} seeds (at most ${MAX_SEED - opts.replicates + 1}), got ${first}\n`,
    );
    return 2;
  }
  const seeds = Array.from({ length: opts.replicates }, (_, k) => first + k);
  let plan;
  try {
    const base = loadScenario(opts.scenario ?? defaultScenarioPath()).scenario;
    plan = planValidation(loadPatternFile(opts.patterns ?? defaultPatternsPath()), base);
    if (opts.out !== undefined && nameClashes(plan).length > 0) throw new InputError(nameClashes(plan));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
  const runs = planRuns(plan, seeds, opts.out);
  const tasks = runs.map((r) => r.task);
  const progress = createProgress(
    tasks.length,
    tasks.reduce((s, t) => s + t.scenario.horizon_days, 0),
    opts.quiet,
  );
  const { threads, note } = planThreads(
    opts.jobs,
    tasks.length,
    tasks.map((t) => t.scenario),
  );
  if (note && !opts.quiet) process.stderr.write(`${note}\n`);
  const outcomes = await runTasks(tasks, threads, {
    onProgress: (index, days) => progress.advance(index, days),
    onDone: (o) => progress.finished(`${tasks[o.index].scenario.name} seed ${tasks[o.index].seed}`, o.ok),
  });
  progress.stop();
  const tables = new Map<string, CollectedTables>();
  let failed = false;
  for (const o of outcomes) {
    const run = runs[o.index];
    if (o.ok && o.tables) tables.set(`${run.key}#${run.seed}`, o.tables);
    else {
      failed = true;
      process.stderr.write(`simulate: ${run.task.scenario.name} seed ${run.seed} failed: ${o.ok ? 'no tables' : o.error}\n`);
    }
  }
  if (failed) return 1;
  try {
    const results = judgePatterns(plan, seeds, (key, seed) => tables.get(`${key}#${seed}`) as CollectedTables);
    process.stdout.write(formatResults(results));
    return results.every((r) => r.pass) ? 0 : 1;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
}
