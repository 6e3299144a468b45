/** Validation of a scenario against a patterns file with every run in this process. */
import { executeTask } from '../../src/parallel/task.js';
import type { CollectedTables } from '../../src/parallel/task.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { PatternResult } from '../../src/validate/judge.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { judgePatterns, planRuns, planValidation } from '../../src/validate/validate.js';

/** The verdict of each pattern of `patternsFile` on `scenarioFile` over these seeds. */
export async function validateInProcess(scenarioFile: string, patternsFile: string, seeds: readonly number[]): Promise<PatternResult[]> {
  const plan = planValidation(loadPatternFile(patternsFile), loadScenario(scenarioFile).scenario);
  const tables = new Map<string, CollectedTables>();
  for (const run of planRuns(plan, seeds)) {
    const o = await executeTask(run.task);
    if (!o.ok || !o.tables) throw new Error(`run ${run.key} seed ${run.seed} failed`);
    tables.set(`${run.key}#${run.seed}`, o.tables);
  }
  return judgePatterns(plan, seeds, (key, seed) => tables.get(`${key}#${seed}`) as CollectedTables);
}
