/**
 * Pattern-oriented validation as a library: which runs a patterns file needs for a scenario, the
 * check of the columns its statistics read against the runs' headers, and the verdict per pattern
 * from the runs' tables. The command line and the calibration search both build on this.
 */
import { AGENT_COLUMNS } from '../metrics/agents.js';
import { agentColumns } from '../metrics/digitalAgents.js';
import { selectReporters } from '../metrics/reporters.js';
import type { RunTask } from '../parallel/task.js';
import { InputError, type InputProblem } from '../scenario/errors.js';
import type { Scenario } from '../scenario/schema.js';
import { judgePattern, type PatternResult } from './judge.js';
import { statisticScenarios, type LoadedPatterns } from './patternFile.js';
import { BASE_KEY } from './patternSchema.js';
import { resolveScenarios } from './scenarios.js';
import { computeFigure, statisticColumns, type RunTables } from './statistics.js';
import { problemAt } from './yamlFile.js';

/** The scenarios a validation runs, by key (`base` first), and whether each needs agents.csv. */
export interface ValidationPlan {
  readonly patterns: LoadedPatterns;
  readonly scenarios: ReadonlyMap<string, Scenario>;
  readonly needsAgents: ReadonlySet<string>;
}

/** The headers of one scenario's runs. */
export interface Headers {
  readonly metrics: readonly string[];
  /** Absent when the scenario does not write agents.csv. */
  readonly agents?: readonly string[];
}

/** Plans the runs for validating `base` against the patterns; checks the columns against the headers the runs will have. */
export function planValidation(patterns: LoadedPatterns, base: Scenario): ValidationPlan {
  const keys = new Set<string>([BASE_KEY]);
  const needsAgents = new Set<string>();
  for (const p of patterns.data.patterns) {
    for (const { key } of statisticScenarios(p.statistic)) keys.add(key);
    for (const use of statisticColumns(p.statistic)) if (use.table === 'agents') needsAgents.add(use.scenario);
  }
  const plan = { patterns, scenarios: resolveScenarios(patterns, base, [...keys]), needsAgents };
  const problems = checkColumns(plan, (key) => expectedHeaders(plan.scenarios.get(key) as Scenario));
  if (problems.length > 0) throw new InputError(problems);
  return plan;
}

/** The headers a scenario's runs write, from its choice of reporters. */
export function expectedHeaders(s: Scenario): Headers {
  const metrics = ['period', 'day', 'days', ...selectReporters(s.output.reporters, s.output.extra_reporters, s.social).map((r) => r.name)];
  return s.output.agents ? { metrics, agents: agentColumns(AGENT_COLUMNS, s) } : { metrics };
}

/** Every column a pattern reads that its run does not write, as a problem at the field that names it. */
export function checkColumns(plan: ValidationPlan, headers: (key: string) => Headers): InputProblem[] {
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  plan.patterns.data.patterns.forEach((p, k) => {
    for (const use of statisticColumns(p.statistic)) {
      const s = plan.scenarios.get(use.scenario) as Scenario;
      const h = headers(use.scenario);
      const header = use.table === 'metrics' ? h.metrics : h.agents;
      const at = ['patterns', k, 'statistic', ...use.field];
      const id = at.join('.');
      if (seen.has(id)) continue;
      seen.add(id);
      if (header === undefined) {
        problems.push(problemAt(plan.patterns.yaml, at, `expected agents.csv from scenario "${s.name}", but it sets output.agents: false`));
      } else if (!header.includes(use.column)) {
        const message = `expected a column of ${use.table}.csv of scenario "${s.name}", got ${JSON.stringify(use.column)}; its columns are ${header.join(', ')}`;
        problems.push(problemAt(plan.patterns.yaml, at, message));
      }
    }
  });
  return problems;
}

/** Counterfactuals whose runs would write to the same directory as another scenario's (with --out). */
export function nameClashes(plan: ValidationPlan): InputProblem[] {
  const byName = new Map<string, string>();
  const problems: InputProblem[] = [];
  for (const [key, s] of plan.scenarios) {
    const other = byName.get(s.name);
    if (other !== undefined) {
      const message = `expected a scenario name of its own for --out, but "${s.name}" is also the name of ${other === BASE_KEY ? 'the validated scenario' : `scenarios.${other}`}; give it another name`;
      problems.push(problemAt(plan.patterns.yaml, ['scenarios', key], message, true));
    } else byName.set(s.name, key);
  }
  return problems;
}

/** One run of a validation: which scenario key and seed a task is. */
export interface PlannedRun {
  readonly key: string;
  readonly seed: number;
  readonly task: RunTask;
}

/** The runs of a plan over these seeds, as pool tasks numbered from `first`; files are written only with `out`. */
export function planRuns(plan: ValidationPlan, seeds: readonly number[], out?: string, first = 0): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (const [key, scenario] of plan.scenarios) {
    for (const seed of seeds) {
      const task: RunTask = {
        index: first + runs.length,
        scenario,
        seed,
        outDir: out ?? '',
        write: out !== undefined,
        collect: plan.needsAgents.has(key) ? 'all' : 'metrics',
      };
      runs.push({ key, seed, task });
    }
  }
  return runs;
}

/** Judges every pattern from the tables of the runs (by scenario key and seed). */
export function judgePatterns(
  plan: ValidationPlan,
  seeds: readonly number[],
  tables: (key: string, seed: number) => RunTables,
): PatternResult[] {
  const problems = checkColumns(plan, (key) => {
    const t = tables(key, seeds[0]);
    return { metrics: t.metrics.header, agents: t.agents?.header };
  });
  if (problems.length > 0) throw new InputError(problems);
  return plan.patterns.data.patterns.map((p) =>
    judgePattern(
      p,
      seeds,
      seeds.map((seed) => computeFigure(p.statistic, (key) => tables(key, seed))),
    ),
  );
}
