/** Whole runs of the bundled scenarios, in this process, cached per (scenario, seed). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runWorld } from '../../src/engine/run.js';
import { createWorld } from '../../src/engine/setup.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { withValues } from '../../src/validate/scenarios.js';
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

/** The numbers `scenarios/balewangi-v1.yaml` sets over the default scenario, by dotted path (`households.buffer_months`). */
function economy1Values(): Record<string, number> {
  const raw = parse(readFileSync(path.join(ROOT, 'scenarios', 'balewangi-v1.yaml'), 'utf8')) as Record<string, unknown>;
  const out: Record<string, number> = {};
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number') out[prefix + key] = value;
      else if (typeof value === 'object' && value !== null) walk(value as Record<string, unknown>, `${prefix}${key}.`);
    }
  };
  walk(raw, '');
  return out;
}

/** The scenario under economy 1, with every number `balewangi-v1.yaml` changes set as it sets it. */
export function asEconomy1(s: Scenario): Scenario {
  const r = withValues(s, economy1Values());
  if (!('scenario' in r))
    throw new Error(`balewangi-v1.yaml does not apply: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  // The one list the file sets: version 1 writes none of the social model's optional columns.
  return { ...r.scenario, output: { ...r.scenario.output, extra_reporters: economy1Reporters() } };
}

/** The optional reporters `scenarios/balewangi-v1.yaml` lists. */
function economy1Reporters(): Scenario['output']['extra_reporters'] {
  const raw = parse(readFileSync(path.join(ROOT, 'scenarios', 'balewangi-v1.yaml'), 'utf8')) as {
    output?: { extra_reporters?: Scenario['output']['extra_reporters'] };
  };
  return raw.output?.extra_reporters ?? [];
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
