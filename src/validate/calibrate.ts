/**
 * Calibration by search (pattern-oriented modelling, Grimm et al. 2005): draw parameter sets over
 * the assumed ranges by Latin hypercube, validate each against every pattern over K seeds, keep
 * the sets that pass them all, and sweep each parameter alone across its range (the others at the
 * scenario's values) to see how far it moves one pattern's figure. Counterfactuals of the patterns
 * file extend the set's scenario, so they carry the same parameter values.
 */
import { runTasks } from '../parallel/pool.js';
import type { CollectedTables } from '../parallel/task.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import type { PatternResult } from './judge.js';
import { latinHypercube, scaleToRange } from './lhs.js';
import { loadPatternFile, type LoadedPatterns } from './patternFile.js';
import { checkParameters, loadRanges, type Parameter } from './ranges.js';
import { withValues } from './scenarios.js';
import { judgePatterns, planRuns, planValidation } from './validate.js';
import { problemAt } from './yamlFile.js';

/** One parameter set and how it did. */
export interface EvaluatedSet {
  /** Values by parameter path. */
  readonly values: Readonly<Record<string, number>>;
  /** Verdicts per pattern; empty when the set is not a valid scenario. */
  readonly results: readonly PatternResult[];
  /** Why the set could not be run, when it could not. */
  readonly invalid?: string;
  readonly accepted: boolean;
}

/** A point of the one-at-a-time sweep: one parameter moved, the others at the scenario's values. */
export interface SweepPoint {
  readonly parameter: string;
  readonly value: number;
  readonly result?: PatternResult;
  readonly invalid?: string;
}

/** What a search found. */
export interface Calibration {
  readonly parameters: readonly Parameter[];
  readonly patterns: readonly string[];
  readonly seeds: readonly number[];
  readonly sets: readonly EvaluatedSet[];
  readonly sweepPattern?: string;
  readonly sweep: readonly SweepPoint[];
}

/** Options of a search; the numbers given here override the ranges file's. */
export interface CalibrationOptions {
  readonly rangesFile: string;
  readonly patternsFile?: string;
  readonly samples?: number;
  readonly seeds?: number;
  readonly jobs: number;
  /** Called after each run with the runs done and the runs planned (fewer are done when a set is not a valid scenario). */
  readonly onRun?: (done: number, planned: number, label: string) => void;
}

/** Validates one scenario (already carrying the set's values) over the seeds, runs in parallel. */
async function evaluate(
  patterns: LoadedPatterns,
  scenario: Scenario,
  seeds: readonly number[],
  opts: CalibrationOptions,
  count: { done: number; planned: number },
): Promise<PatternResult[]> {
  const plan = planValidation(patterns, scenario);
  const runs = planRuns(plan, seeds);
  const tables = new Map<string, CollectedTables>();
  const outcomes = await runTasks(
    runs.map((r) => r.task),
    opts.jobs,
    {
      onDone: (o) => opts.onRun?.(++count.done, count.planned, `${runs[o.index].task.scenario.name} seed ${runs[o.index].seed}`),
    },
  );
  for (const o of outcomes) {
    if (!o.ok || !o.tables)
      throw new Error(`${runs[o.index].task.scenario.name} seed ${runs[o.index].seed} failed: ${o.ok ? 'no tables' : o.error}`);
    tables.set(`${runs[o.index].key}#${runs[o.index].seed}`, o.tables);
  }
  return judgePatterns(plan, seeds, (key, seed) => tables.get(`${key}#${seed}`) as CollectedTables);
}

/** The scenario with the values set, or the reason it is not a valid scenario. */
function applyValues(base: Scenario, values: Record<string, number>): Scenario | string {
  const r = withValues(base, values);
  return 'scenario' in r ? r.scenario : r.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}

/** Evenly spaced values from low to high, both included (whole numbers kept distinct). */
export function sweepValues(p: Parameter, points: number): number[] {
  const out = Array.from({ length: points }, (_, k) => p.low + ((p.high - p.low) * k) / (points - 1));
  return p.integer ? [...new Set(out.map(Math.round))] : out;
}

/** Runs the search of a ranges file; bad input throws InputError before anything runs. */
export async function runCalibration(opts: CalibrationOptions): Promise<Calibration> {
  const ranges = loadRanges(opts.rangesFile);
  const base = loadScenario(ranges.scenarioFile).scenario;
  const patterns = loadPatternFile(opts.patternsFile ?? ranges.patternsFile);
  const parameters = checkParameters(ranges, base);
  // Columns and counterfactuals are checked once, before the first run.
  const perSet = planRuns(planValidation(patterns, base), [1]).length;
  const sweepPattern = ranges.data.sweep?.pattern;
  if (sweepPattern !== undefined && !patterns.data.patterns.some((p) => p.name === sweepPattern)) {
    const names = patterns.data.patterns.map((p) => p.name).join(', ');
    throw new InputError([
      problemAt(
        ranges.yaml,
        ['sweep', 'pattern'],
        `expected a pattern of ${patterns.file} (${names}), got ${JSON.stringify(sweepPattern)}`,
      ),
    ]);
  }
  const samples = opts.samples ?? ranges.data.samples;
  const seeds = Array.from({ length: opts.seeds ?? ranges.data.seeds }, (_, k) => k + 1);
  const only = { ...patterns, data: { ...patterns.data, patterns: patterns.data.patterns.filter((p) => p.name === sweepPattern) } };
  const sweepPoints =
    sweepPattern === undefined ? 0 : parameters.reduce((n, p) => n + sweepValues(p, ranges.data.sweep?.points ?? 5).length, 0);
  const perSweep = sweepPattern === undefined ? 0 : planRuns(planValidation(only, base), [1]).length;
  const count = { done: 0, planned: seeds.length * (samples * perSet + sweepPoints * perSweep) };

  const sets: EvaluatedSet[] = [];
  for (const u of latinHypercube(samples, parameters.length, ranges.data.seed)) {
    const values = Object.fromEntries(parameters.map((p, d) => [p.path, scaleToRange(u[d], p.low, p.high, p.integer)]));
    const scenario = applyValues(base, values);
    if (typeof scenario === 'string') {
      sets.push({ values, results: [], invalid: scenario, accepted: false });
      continue;
    }
    const results = await evaluate(patterns, scenario, seeds, opts, count);
    sets.push({ values, results, accepted: results.every((r) => r.pass) });
  }

  const sweep: SweepPoint[] = [];
  if (sweepPattern !== undefined) {
    for (const p of parameters) {
      for (const value of sweepValues(p, ranges.data.sweep?.points ?? 5)) {
        const scenario = applyValues(base, { [p.path]: value });
        if (typeof scenario === 'string') sweep.push({ parameter: p.path, value, invalid: scenario });
        else sweep.push({ parameter: p.path, value, result: (await evaluate(only, scenario, seeds, opts, count))[0] });
      }
    }
  }
  return { parameters, patterns: patterns.data.patterns.map((p) => p.name), seeds, sets, sweepPattern, sweep };
}
