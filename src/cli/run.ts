/**
 * `simulate [files...]`: load every scenario (reporting bad ones, running the good ones), run each
 * on its seeds in parallel, write the files, and print one run directory per line on stdout.
 */
import { fieldPosition, planBaselines } from '../compare/baseline.js';
import { runDirectory } from '../output/runFiles.js';
import type { Lang } from '../report/lang.js';
import { isReservedName, removeOwnRootOutputs, ROOT_OUTPUT_NAMES } from '../output/reportFiles.js';
import { formatProblem, InputError, type InputProblem } from '../scenario/errors.js';
import { escapeControl } from '../scenario/escape.js';
import { loadScenario, type LoadedScenario } from '../scenario/load.js';
import { dispatchTasks } from '../parallel/dispatch.js';
import type { RunOutcome, RunTask } from '../parallel/task.js';
import { defaultScenarioPath, expandScenarioArgs, type ScenarioArg } from './files.js';
import { defaultMemoryLimit, memoryProblem } from './memory.js';
import { planThreads } from './jobs.js';
import { outputConflicts } from './outputs.js';
import { createProgress } from './progress.js';
import { stopOnSignals } from './signals.js';
import { writeOut } from './stdout.js';

/** Options of the run command. */
export interface RunOptions {
  readonly files: readonly string[];
  readonly out: string;
  readonly seed?: number;
  readonly replicates: number;
  readonly jobs?: number;
  readonly quiet: boolean;
  /** Also write the report's charts as PNG files. */
  readonly png?: boolean;
  /** Language of the report's labels (default English). */
  readonly lang?: Lang;
  /** Rerun every run, even those whose folders from an earlier call verify. */
  readonly fresh?: boolean;
  /** `redis://HOST:PORT`: run through a BullMQ queue on this Redis (see docs/distributed.md). */
  readonly queue?: string;
  /** Name of the queue (default derived from the runs). */
  readonly queueName?: string;
}

/** Most runs in one call: each keeps a task and an outcome in memory, and the comparison reads them all back. */
export const MAX_RUNS = 100000;

/** Exit codes: 0 all runs written, 1 a run failed, 2 bad input. */
export const EXIT = { ok: 0, runFailed: 1, badInput: 2 } as const;

/** Loads scenarios, keeping the good ones and collecting every problem, in argument order; a run larger than `memoryLimit` bytes is a problem. */
export function loadAll(
  args: readonly ScenarioArg[],
  memoryLimit = defaultMemoryLimit(),
): { loaded: LoadedScenario[]; problems: InputProblem[] } {
  const loaded: LoadedScenario[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if ('problem' in arg) {
      problems.push(arg.problem);
      continue;
    }
    const file = arg.file;
    try {
      const s = loadScenario(file);
      const tooLarge = memoryProblem(s, memoryLimit);
      if (tooLarge) {
        problems.push(tooLarge);
        continue;
      }
      if (isReservedName(s.scenario.name)) {
        const message = `expected a name other than those of the files the comparison writes beside the scenario folders (${ROOT_OUTPUT_NAMES.join(', ')}), got "${s.scenario.name}"`;
        problems.push({ ...fieldPosition(s.chain, 'name'), field: 'name', message });
        continue;
      }
      const clash = loaded.find((l) => l.scenario.name === s.scenario.name);
      if (clash) {
        problems.push({
          file,
          line: 1,
          col: 1,
          field: 'name',
          message: `expected a scenario name unique among the files run together, but "${s.scenario.name}" is also the name of ${clash.file}`,
        });
      } else loaded.push(s);
    } catch (err) {
      if (err instanceof InputError) problems.push(...err.problems);
      else throw err;
    }
  }
  return { loaded, problems };
}

/** Runs the command; returns the exit code. */
export async function runCommand(opts: RunOptions): Promise<number> {
  const args = opts.files.length > 0 ? opts.files : [defaultScenarioPath()];
  const { loaded: all, problems } = loadAll(expandScenarioArgs(args));
  const plan = planBaselines(all);
  problems.push(...plan.problems);
  const loaded = all.filter((l) => !plan.rejected.has(l.scenario.name));
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (!opts.quiet) for (const note of plan.notes) process.stderr.write(`${escapeControl(note)}\n`);

  const runs = loaded.length * opts.replicates;
  if (runs > MAX_RUNS) {
    process.stderr.write(
      `simulate: --replicates: expected at most ${MAX_RUNS} runs in one call, got ${loaded.length} scenarios x ${opts.replicates} replicates = ${runs}\n`,
    );
    return EXIT.badInput;
  }
  const tasks: RunTask[] = [];
  for (const l of loaded) {
    const first = opts.seed ?? l.scenario.seed;
    for (let r = 0; r < opts.replicates; r++) {
      tasks.push({ index: tasks.length, scenario: l.scenario, seed: first + r, outDir: opts.out });
    }
  }
  const conflicts = outputConflicts(
    tasks.map((t) => runDirectory(t.outDir, t.scenario.name, t.seed)),
    opts.out,
    plan.pairs.length > 0,
    opts.png ?? false,
  );
  if (conflicts.length > 0) {
    for (const line of conflicts) process.stderr.write(`${line}\n`);
    return EXIT.badInput;
  }
  // The runs about to be written make an earlier call's comparison files describe other runs.
  if (tasks.length > 0) removeOwnRootOutputs(opts.out);
  const threads = planThreads(
    opts.jobs,
    tasks.length,
    loaded.map((l) => l.scenario),
  );
  if (threads.note !== undefined && !opts.quiet) process.stderr.write(`${threads.note}\n`);

  const totalDays = tasks.reduce((sum, t) => sum + t.scenario.horizon_days, 0);
  const progress = createProgress(tasks.length, totalDays, opts.quiet);
  const signals = stopOnSignals();
  // Runs not yet finished; with one left, the report's modules load (see preloadReport).
  let left = tasks.length;
  let outcomes: Awaited<ReturnType<typeof dispatchTasks>>;
  try {
    outcomes = await dispatchTasks(
      tasks,
      { jobs: threads.threads, queue: opts.queue, queueName: opts.queueName, resume: opts.fresh !== true, stop: signals.stop },
      {
        onResume: (reused, tidied) => {
          left -= reused;
          if (opts.quiet) return;
          if (reused > 0)
            process.stderr.write(
              `simulate: ${reused} of ${tasks.length} runs reused from ${opts.out} (their manifests and files verify)\n`,
            );
          if (tidied > 0) process.stderr.write(`simulate: removed ${tidied} temporary names an interrupted call left\n`);
        },
        onProgress: (index, days) => progress.advance(index, days),
        onDone: (o) => {
          progress.finished(`${tasks[o.index].scenario.name} seed ${tasks[o.index].seed}`, o.ok);
          if (--left === 1) preloadReport();
        },
      },
    );
  } finally {
    signals.dispose();
    progress.stop();
  }
  const signal = signals.received();
  if (signal !== undefined) return reportStopped(outcomes, signal, signals.exitCode() ?? 1);

  let failed = false;
  // Run directories go to stdout after the ranked answer, which the comparison prints first.
  let runLines = '';
  for (const o of outcomes) {
    if (o.ok) {
      runLines += `${o.dir}\n`;
      for (const note of o.notes) process.stderr.write(`${escapeControl(note)}\n`);
    } else {
      failed = true;
      const t = tasks[o.index];
      process.stderr.write(`${escapeControl(`simulate: ${t.scenario.name} seed ${t.seed} failed: ${o.error}`)}\n`);
    }
  }
  const finished = outcomes.filter((o) => o.ok).map((o) => ({ scenario: tasks[o.index].scenario.name, seed: tasks[o.index].seed }));
  // Every call that wrote runs writes a report: a comparison with pairs, the runs alone without.
  if (finished.length > 0) {
    const { reportComparison } = await import('./compare.js');
    if (!(await reportComparison(opts.out, plan.pairs, finished, opts.png ?? false, opts.lang ?? 'en', runLines))) failed = true;
  }
  if (problems.length > 0) return EXIT.badInput;
  return failed ? EXIT.runFailed : EXIT.ok;
}

/**
 * Loads the report's modules (about 0.4 s of CPU: the chart libraries) while the last run is still
 * going: a thread or worker that has finished its runs leaves a core free then, where after the
 * last run the report is all that is left to wait for. A failure shows again when the report loads.
 */
function preloadReport(): void {
  void import('./compare.js').then(() => import('../report/write.js')).catch(() => undefined);
}

/** After a signal: lists the runs written (stdout) and says how many finished; no report is written. */
function reportStopped(outcomes: readonly RunOutcome[], signal: string, code: number): number {
  const finished = outcomes.filter((o) => o.ok);
  for (const o of finished) writeOut(`${o.dir}\n`);
  process.stderr.write(
    `simulate: stopped by ${signal}: ${finished.length} of ${outcomes.length} runs finished and written; run the same command again to do the rest\n`,
  );
  return code;
}
