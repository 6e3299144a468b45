/**
 * Cost-effectiveness of a programme against its baseline, paired by seed: what the programme cost
 * beyond its baseline's programmes (manifest.json `programme_cost`), how many rupiah of income the
 * households poor at the start gained per rupiah spent, and the cost per household lifted above the
 * poverty line. A figure that would divide by zero is absent, never 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runDirectory } from '../output/runFiles.js';
import type { RunHouseholds } from './cohorts.js';
import { intervalOf, meanOf, type Interval } from './stats.js';

/** One paired seed as the costs need it: both runs' households and programme costs, rupiah. */
export interface SeedCosts {
  readonly seed: number;
  readonly scenario: RunHouseholds;
  readonly baseline: RunHouseholds;
  readonly scenarioCost: number;
  readonly baselineCost: number;
}

/** What a programme bought, over the paired seeds that state costs. */
export interface PairCosts {
  /** Seeds the figures are over. */
  readonly seeds: readonly number[];
  /** Cost of the scenario's programmes less its baseline's, rupiah per run. */
  readonly cost: Interval;
  /**
   * Rupiah of income the poor-at-start households gained over the run per rupiah spent, seed by
   * seed; undefined when some seed cost nothing.
   */
  readonly perRupiah: Interval | undefined;
  /** Households above the poverty line (run average) that were not in the baseline, net, mean over seeds. */
  readonly lifted: number;
  /** Mean cost over mean households lifted, rupiah; undefined when none is lifted on average. */
  readonly costPerLifted: number | undefined;
}

/** A run's `programme_cost.total` from its manifest.json, rupiah; undefined when the run did not record one. */
export function readRunCost(outDir: string, scenario: string, seed: number): number | undefined {
  const file = path.join(runDirectory(outDir, scenario, seed), 'manifest.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { programme_cost?: { total?: unknown } };
  const total = manifest.programme_cost?.total;
  return typeof total === 'number' && Number.isFinite(total) ? total : undefined;
}

/** Total income gained by the poor-at-start households over `months`, scenario minus baseline, rupiah. */
export function poorIncomeGain(s: Pick<SeedCosts, 'scenario' | 'baseline'>, months: number): number {
  const poor = s.scenario.cohorts.get('poor_at_start');
  let gain = 0;
  poor?.forEach((member, i) => {
    // agents.csv income is per person per month: back to the household, then over the run.
    if (member) gain += (s.scenario.incomePerCapita[i] - s.baseline.incomePerCapita[i]) * s.scenario.size[i];
  });
  return gain * months;
}

/** Households below the poverty line in the baseline less those below it in the scenario. */
export function householdsLifted(s: Pick<SeedCosts, 'scenario' | 'baseline'>): number {
  let n = 0;
  for (const v of s.baseline.poorOnIncome) n += v;
  for (const v of s.scenario.poorOnIncome) n -= v;
  return n;
}

/**
 * Cost-effectiveness over these paired seeds; `day` is the runs' last day (agents.csv averages over
 * days 1 to it, so the run lasts day / 30 months). Undefined when no seed states costs.
 */
export function pairCosts(perSeed: readonly SeedCosts[], day: number): PairCosts | undefined {
  if (perSeed.length === 0) return undefined;
  const months = day / 30;
  const costs = perSeed.map((s) => s.scenarioCost - s.baselineCost);
  const perRupiah = costs.every((c) => c > 0) ? intervalOf(perSeed.map((s, k) => poorIncomeGain(s, months) / costs[k])) : undefined;
  const lifted = meanOf(perSeed.map(householdsLifted));
  const cost = intervalOf(costs);
  return {
    seeds: perSeed.map((s) => s.seed),
    cost,
    perRupiah,
    lifted,
    costPerLifted: lifted > 0 && cost.mean >= 0 ? cost.mean / lifted : undefined,
  };
}
