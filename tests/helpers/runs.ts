/** Whole runs of the bundled scenarios, in this process, cached per (scenario, seed). */
import path from 'node:path';
import { runWorld } from '../../src/engine/run.js';
import { createWorld } from '../../src/engine/setup.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import type { World } from '../../src/world/world.js';
import { ROOT } from './cli.js';

/** A finished run: its world at the end and its metrics rows of whole periods after day 0, as numbers. */
export interface FinishedRun {
  readonly w: World;
  readonly rows: readonly number[][];
  /** Column of metrics.csv. */
  col(name: string): number[];
  /** Mean of a column over periods from `from` (0 = the first period) to `to` (exclusive). */
  mean(name: string, from?: number, to?: number): number;
}

const cache = new Map<string, FinishedRun>();

/** The ten seeds pattern tests use. */
export const SEEDS = Array.from({ length: 10 }, (_, k) => k + 1);

/** Economy 1's values of the fields `scenarios/balewangi-v1.yaml` sets (the model before version 2). */
export function asEconomy1(s: Scenario): Scenario {
  const v1 = loadScenario(path.join(ROOT, 'scenarios', 'balewangi-v1.yaml')).scenario;
  const { income_sigma, basic_need, discretionary_propensity, buffer_months, debt_write_off_months } = v1.households;
  return {
    ...s,
    economy: v1.economy,
    warmup_days: v1.warmup_days,
    households: { ...s.households, income_sigma, basic_need, discretionary_propensity, buffer_months, debt_write_off_months },
    home_industries: { ...s.home_industries, reserve_days: v1.home_industries.reserve_days, stock_days: v1.home_industries.stock_days },
    suppliers: { ...s.suppliers, credit_days: v1.suppliers.credit_days },
    warungs: { ...s.warungs, settle_every_days: v1.warungs.settle_every_days },
  };
}

/**
 * Runs `scenarios/<name>.yaml` with this seed (once per test file); with `model` 'v1', under
 * economy 1 with the values of `balewangi-v1.yaml`, to check version 1's patterns.
 */
export function runBundled(name: string, seed: number, model: 'default' | 'v1' = 'default'): FinishedRun {
  const key = `${name}#${seed}#${model}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const loaded = loadScenario(path.join(ROOT, 'scenarios', `${name}.yaml`)).scenario;
  const w = createWorld(model === 'v1' ? asEconomy1(loaded) : loaded, seed);
  const { metrics } = runWorld(w);
  // A partial last period holds totals over its own days, not amounts per month: left out, as validate does.
  const partial = metrics.header.indexOf('partial');
  const rows = metrics.rows
    .slice(1)
    .filter((r) => r[partial] !== '1')
    .map((r) => r.map(Number));
  const index = (n: string) => {
    const k = metrics.header.indexOf(n);
    if (k < 0) throw new Error(`no column ${n}`);
    return k;
  };
  const run: FinishedRun = {
    w,
    rows,
    col: (n) => rows.map((r) => r[index(n)]),
    mean: (n, from = 0, to = rows.length) => {
      const v = rows.slice(from, to).map((r) => r[index(n)]);
      return v.reduce((a, b) => a + b, 0) / v.length;
    },
  };
  cache.set(key, run);
  return run;
}

/** Mean of numbers. */
export function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Business income of producer p over the whole run (revenue by every channel less costs), rupiah. */
export function businessIncome(w: World, p: number): number {
  let revenue = 0;
  for (let c = 0; c < 4; c++) revenue += w.producers.revenueTotal[p * 4 + c];
  return revenue - w.producers.costsTotal[p];
}
