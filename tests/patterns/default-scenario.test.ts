/**
 * Patterns 1 and 2 of the model (pattern-oriented validation) on the default scenario, over ten
 * seeds with common random numbers: the network's income uplift, and bonding ties dominating.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorld } from '../../src/engine/run.js';
import { createWorld } from '../../src/engine/setup.js';
import { loadScenario } from '../../src/scenario/load.js';
import { TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { ROOT } from '../helpers/cli.js';

const SEEDS = Array.from({ length: 10 }, (_, k) => k + 1);

function run(file: string, seed: number) {
  const scenario = loadScenario(path.join(ROOT, 'scenarios', file)).scenario;
  const w = createWorld(scenario, seed);
  const { metrics } = runWorld(w);
  const col = (name: string) => metrics.header.indexOf(name);
  const rows = metrics.rows
    .slice(1)
    .filter((r) => r[col('partial')] !== '1')
    .map((r) => r.map(Number));
  const mean = (name: string) => rows.reduce((s, r) => s + r[col(name)], 0) / rows.length;
  return { w, rows, col, mean };
}

/** Share of bridging and linking ties of home industries held by the top tenth of them. */
function topTenthShareOfOutwardTies(w: World): number {
  const counts: number[] = [];
  for (let p = 0; p < w.producers.count; p++) {
    const i = w.producers.household[p];
    let n = 0;
    for (let a = w.net.adjStart[i]; a < w.net.adjStart[i] + w.net.adjLen[i]; a++) {
      const e = w.net.adj[a];
      if (w.net.alive[e] && w.net.tieClass[e] !== TIE_CLASS.bonding) n++;
    }
    counts.push(n);
  }
  counts.sort((a, b) => b - a);
  const total = counts.reduce((a, b) => a + b, 0);
  const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0);
  return total > 0 ? top / total : 1;
}

describe('the default scenario reproduces the patterns of the papers', () => {
  const network = SEEDS.map((seed) => run('balewangi.yaml', seed));
  const without = SEEDS.map((seed) => run('balewangi-no-network.yaml', seed));

  it('pattern 1: networked home industries earn 20 to 30% more than without the network', () => {
    const uplifts = SEEDS.map((_, k) => network[k].mean('home_industry_income_mean') / without[k].mean('home_industry_income_mean') - 1);
    const mean = uplifts.reduce((a, b) => a + b, 0) / uplifts.length;
    expect(mean).toBeGreaterThanOrEqual(0.2);
    expect(mean).toBeLessThanOrEqual(0.3);
    // The network helps in every seed, and never by much more than 30% on its own.
    for (const u of uplifts) {
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThan(0.4);
    }
  });

  it("pattern 2: at least 70% of home industries' ties are bonding, and a few hold most outward ties", () => {
    for (const r of network) {
      const last = r.rows[r.rows.length - 1];
      const bonding = last[r.col('ties_bonding')];
      const all = bonding + last[r.col('ties_bridging')] + last[r.col('ties_linking')];
      expect(bonding / all).toBeGreaterThanOrEqual(0.7);
      expect(topTenthShareOfOutwardTies(r.w)).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('pattern 2: at the start at least 80% of sales go through village warungs or door to door', () => {
    for (const r of network) {
      const first = r.rows[0];
      const local = first[r.col('sales_warung')] + first[r.col('sales_direct')];
      const all = local + first[r.col('sales_market')] + first[r.col('sales_digital')];
      expect(local / all).toBeGreaterThanOrEqual(0.8);
    }
  });
});
