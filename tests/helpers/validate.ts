/** Validation of a scenario against a patterns file, the runs on this thread and worker threads as `simulate validate` runs them. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CollectedTables } from '../../src/parallel/task.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { PatternResult } from '../../src/validate/judge.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import type { Pattern } from '../../src/validate/patternSchema.js';
import { judgePatterns, planRuns, planValidation } from '../../src/validate/validate.js';
import { ROOT } from './cli.js';

type Pool = typeof import('../../src/parallel/pool.js');

/**
 * The verdict of each pattern of `patternsFile` (or of those named in `only`), and of `extra`
 * patterns judged on the same runs, on `scenarioFile` over these seeds.
 */
export async function validateInProcess(
  scenarioFile: string,
  patternsFile: string,
  seeds: readonly number[],
  only?: readonly string[],
  extra: (filePatterns: readonly Pattern[]) => Pattern[] = () => [],
): Promise<PatternResult[]> {
  const loaded = loadPatternFile(patternsFile);
  const chosen = only === undefined ? loaded.data.patterns : loaded.data.patterns.filter((p) => only.includes(p.name));
  const patterns = { ...loaded, data: { ...loaded.data, patterns: [...chosen, ...extra(loaded.data.patterns)] } };
  const plan = planValidation(patterns, loadScenario(scenarioFile).scenario);
  const runs = planRuns(plan, seeds);
  // Worker threads load the compiled model (the test setup checks dist/ is fresh), as the command does.
  const { runTasks }: Pool = await import(pathToFileURL(path.join(ROOT, 'dist/parallel/pool.js')).href);
  const outcomes = await runTasks(
    runs.map((r) => r.task),
    Math.min(2, availableParallelism()),
  );
  const tables = new Map<string, CollectedTables>();
  for (const [k, o] of outcomes.entries()) {
    const run = runs[k];
    if (!o.ok || !o.tables) throw new Error(`run ${run.key} seed ${run.seed} failed${o.ok ? '' : `: ${o.error}`}`);
    tables.set(`${run.key}#${run.seed}`, o.tables);
  }
  return judgePatterns(plan, seeds, (key, seed) => tables.get(`${key}#${seed}`) as CollectedTables);
}
