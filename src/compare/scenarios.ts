/**
 * Scenario against baseline, paired by seed. Scenarios that share a seed share their random
 * streams (common random numbers), so the per-seed difference is the scenario's effect plus far
 * less noise than the difference of two independent runs. For each metric, each period and the
 * horizon: the mean difference, its 95% interval across seeds and how many seeds the scenario won.
 */
import { betterDirection } from './groups.js';
import { commonPeriods, horizonMean, type RunMetrics } from './runs.js';
import { meanOf, pairedSummary, type Better, type PairedSummary } from './stats.js';

/** A scenario and the scenario it is compared with, by name. */
export interface ScenarioPair {
  readonly scenario: string;
  readonly baseline: string;
}

/** Finished runs: scenario name -> seed -> metrics. */
export type RunSet = ReadonlyMap<string, ReadonlyMap<number, RunMetrics>>;

/** One line of the comparison: a metric of a pair at one period, or over the horizon. */
export interface ComparisonRow {
  readonly scenario: string;
  readonly baseline: string;
  readonly metric: string;
  /** Period number, or undefined for the horizon. */
  readonly period: number | undefined;
  /** End day of the period; for the horizon, the last day compared. */
  readonly day: number;
  readonly seeds: readonly number[];
  readonly baselineMean: number;
  readonly scenarioMean: number;
  readonly diff: PairedSummary;
  readonly better: Better;
}

/** Seeds both scenarios finished, ascending. */
export function pairedSeeds(runs: RunSet, pair: ScenarioPair): number[] {
  const a = runs.get(pair.scenario);
  const b = runs.get(pair.baseline);
  if (!a || !b) return [];
  return [...a.keys()].filter((s) => b.has(s)).sort((x, y) => x - y);
}

/** Every comparison row of every pair with a seed in common, pairs in the order given. */
export function compareScenarios(runs: RunSet, pairs: readonly ScenarioPair[]): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  for (const pair of pairs) {
    const seeds = pairedSeeds(runs, pair);
    if (seeds.length > 0) out.push(...comparePair(runs, pair, seeds));
  }
  return out;
}

/** Per seed: the scenario's and the baseline's runs and the rows of their common periods. */
interface SeedRuns {
  readonly a: RunMetrics;
  readonly b: RunMetrics;
  readonly periods: ReturnType<typeof commonPeriods>;
}

function comparePair(runs: RunSet, pair: ScenarioPair, seeds: readonly number[]): ComparisonRow[] {
  const perSeed: SeedRuns[] = seeds.map((s) => {
    const a = runs.get(pair.scenario)!.get(s)!;
    const b = runs.get(pair.baseline)!.get(s)!;
    return { a, b, periods: commonPeriods(a, b) };
  });
  const first = perSeed[0];
  const metrics = first.a.columns.filter((m) => first.b.values.has(m));
  const out: ComparisonRow[] = [];
  for (const metric of metrics) {
    const base = { ...pair, metric, seeds, better: betterDirection(metric) };
    const horizon = horizonValues(perSeed, metric);
    const lastDay = first.periods.length > 0 ? first.periods[first.periods.length - 1].day : 0;
    if (horizon) out.push(row(base, undefined, lastDay, horizon.a, horizon.b));
    for (let k = 0; k < first.periods.length; k++) {
      const { period, day } = first.periods[k];
      const a = perSeed.map((p) => p.a.values.get(metric)?.[p.periods[k]?.rowA ?? -1]);
      const b = perSeed.map((p) => p.b.values.get(metric)?.[p.periods[k]?.rowB ?? -1]);
      if (a.every(isNumber) && b.every(isNumber)) out.push(row(base, period, day, a, b));
    }
  }
  return out;
}

/**
 * Per seed, the horizon means of both runs over the periods where both have a value: a group that
 * is empty in some periods (returnees before they return) is compared over the same days in both.
 */
function horizonValues(perSeed: readonly SeedRuns[], metric: string): { a: number[]; b: number[] } | undefined {
  const both = (p: SeedRuns) =>
    p.periods.filter((c) => p.a.values.get(metric)?.[c.rowA] !== undefined && p.b.values.get(metric)?.[c.rowB] !== undefined);
  const a = perSeed.map((p) =>
    horizonMean(
      p.a,
      metric,
      both(p).map((c) => c.rowA),
    ),
  );
  const b = perSeed.map((p) =>
    horizonMean(
      p.b,
      metric,
      both(p).map((c) => c.rowB),
    ),
  );
  return a.every(isNumber) && b.every(isNumber) ? { a, b } : undefined;
}

function row(
  base: Omit<ComparisonRow, 'period' | 'day' | 'baselineMean' | 'scenarioMean' | 'diff'>,
  period: number | undefined,
  day: number,
  a: readonly number[],
  b: readonly number[],
): ComparisonRow {
  return { ...base, period, day, baselineMean: meanOf(b), scenarioMean: meanOf(a), diff: pairedSummary(a, b, base.better) };
}

function isNumber(v: number | undefined): v is number {
  return v !== undefined;
}
