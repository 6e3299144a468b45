/**
 * A run as a unit of work: (scenario, seed) in, files out. The same function serves the main
 * thread and the workers, so the number of workers cannot change what a run writes.
 */
import { runScenario } from '../engine/run.js';
import type { Scenario } from '../scenario/schema.js';
import { writeRunFiles } from '../output/runFiles.js';

/** One run to do. */
export interface RunTask {
  readonly index: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly outDir: string;
}

/** How a run ended. */
export type RunOutcome =
  | { readonly index: number; readonly ok: true; readonly dir: string; readonly notes: readonly string[] }
  | { readonly index: number; readonly ok: false; readonly error: string };

/** Runs a task and writes its files; failures become outcomes, not exceptions. */
export async function executeTask(task: RunTask, onProgress?: (days: number) => void): Promise<RunOutcome> {
  try {
    const result = runScenario(task.scenario, task.seed, onProgress ? (d) => onProgress(d) : undefined);
    const dir = await writeRunFiles(task.outDir, task.scenario, task.seed, result);
    // An intervention whose target turned out empty in this run did nothing; say so.
    const notes = result.interventions
      .filter((iv) => iv.participants === 0 && iv.start <= task.scenario.horizon_days)
      .map((iv) => `simulate: ${task.scenario.name} seed ${task.seed}: interventions[${iv.index}] (${iv.label}) reached nobody on day ${iv.start}`);
    return { index: task.index, ok: true, dir, notes };
  } catch (err) {
    const message = err instanceof Error ? (process.env.JEJARING_DEBUG ? (err.stack ?? err.message) : err.message) : String(err);
    return { index: task.index, ok: false, error: message };
  }
}
