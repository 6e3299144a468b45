/**
 * Version 1's patterns 3, 5 and 6 (docs/model.md 1.2), on economy 1 with balewangi-v1.yaml's values,
 * as directions over ten seeds, each programme against its
 * baseline with common random numbers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/setup.js';
import { step } from '../../src/engine/step.js';
import { isVenueDay } from '../../src/rules/markets.js';
import { loadScenario } from '../../src/scenario/load.js';
import { TIE_CLASS } from '../../src/world/network.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { ROOT } from '../helpers/cli.js';
import { asEconomy1, average, businessIncome, runBundled, SEEDS } from '../helpers/runs.js';

// Each pattern needs whole two-year runs of several scenarios over ten seeds.

function diffs(scenario: string, baseline: string, metric: string, from = 0): number[] {
  return SEEDS.map((s) => runBundled(scenario, s, 'v1').mean(metric, from) - runBundled(baseline, s, 'v1').mean(metric, from));
}

function bridgesAtStart(w: World, p: number): boolean {
  const i = w.producers.household[p];
  for (let a = w.net.adjStart[i]; a < w.net.adjStart[i] + w.net.adjLen[i]; a++) {
    const e = w.net.adj[a];
    if (w.net.alive[e] && w.net.tieClass[e] !== TIE_CLASS.bonding) return true;
  }
  return false;
}

describe('pattern 5: a culinary market widens the network and raises income', { timeout: 180_000 }, () => {
  it('raises home-industry income and bridging ties in every seed', () => {
    const income = diffs('culinary-market', 'balewangi', 'home_industry_income_mean', 2);
    const ties = SEEDS.map((s) => {
      const a = runBundled('culinary-market', s, 'v1').col('ties_bridging');
      const b = runBundled('balewangi', s, 'v1').col('ties_bridging');
      return a[a.length - 1] - b[b.length - 1];
    });
    for (const d of income) expect(d).toBeGreaterThan(0);
    for (const d of ties) expect(d).toBeGreaterThan(0);
  });

  it("market-day takings are 2 to 3 times a normal day's", () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const w = createWorld(asEconomy1(loadScenario(path.join(ROOT, 'scenarios/culinary-market.yaml')).scenario), seed);
      const takings = () => {
        let sum = 0;
        for (let p = 0; p < w.producers.count; p++)
          for (let c = 0; c < CHANNELS.length; c++) sum += w.producers.salesValue[p * CHANNELS.length + c];
        return sum;
      };
      let market = 0;
      let marketDays = 0;
      let normal = 0;
      let normalDays = 0;
      // Stepping day by day (no period closes), so the sales accumulators only grow.
      for (let d = 0; d < 365; d++) {
        const before = takings();
        step(w);
        const today = takings() - before;
        const v = w.venues[0];
        if (v === undefined || w.t <= v.start) continue;
        if (isVenueDay(v, w.t)) {
          market += today;
          marketDays++;
        } else {
          normal += today;
          normalDays++;
        }
      }
      const ratio = market / marketDays / (normal / normalDays);
      expect(ratio).toBeGreaterThanOrEqual(2);
      expect(ratio).toBeLessThanOrEqual(3);
    }
  });

  it('producers who already bridge gain more at the market', () => {
    const [bridging, bonding]: number[][] = [[], []];
    for (const s of SEEDS) {
      const start = createWorld(runBundled('culinary-market', s, 'v1').w.scenario, s);
      const end = runBundled('culinary-market', s, 'v1').w;
      for (let p = 0; p < start.producers.count; p++) {
        const market = end.producers.revenueTotal[p * CHANNELS.length + CHANNEL.market];
        (bridgesAtStart(start, p) ? bridging : bonding).push(market);
      }
    }
    expect(bridging.length).toBeGreaterThan(10);
    expect(average(bridging)).toBeGreaterThan(1.1 * average(bonding));
  });
});

describe('pattern 3: agents with more digital ties gain more', { timeout: 180_000 }, () => {
  it('digital promotion raises home-industry income, more for producers who sell online than for the rest', () => {
    for (const d of diffs('digital-promotion', 'balewangi', 'home_industry_income_mean', 2)) expect(d).toBeGreaterThan(0);
    const [adopters, others]: number[][] = [[], []];
    for (const s of SEEDS) {
      const a = runBundled('digital-promotion', s, 'v1').w;
      const b = runBundled('balewangi', s, 'v1').w;
      for (let p = 0; p < b.producers.count; p++) {
        (a.producers.adopted[p] === 1 ? adopters : others).push(businessIncome(a, p) - businessIncome(b, p));
      }
    }
    expect(average(adopters)).toBeGreaterThan(average(others));
    expect(average(adopters)).toBeGreaterThan(0);
  });

  it('adoption is limited by devices and skills: few producers sell online until training and devices come', () => {
    const supported = SEEDS.map((s) => runBundled('digital-promotion', s, 'v1').w.producers.adopted.reduce((a, b) => a + b, 0));
    const baseline = SEEDS.map((s) => runBundled('balewangi', s, 'v1').w.producers.adopted.reduce((a, b) => a + b, 0));
    expect(average(supported)).toBeGreaterThan(2 * average(baseline));
    expect(Math.max(...baseline)).toBeLessThan(0.25 * 40);
  });
});

describe('pattern 6: a top-down programme with low participation changes little', { timeout: 180_000 }, () => {
  it('the participatory programme raises home-industry income more than the same programme run top-down', () => {
    const participatory = diffs('home-industry-network-development', 'balewangi', 'home_industry_income_mean', 2);
    const topDown = diffs('top-down-programme', 'balewangi', 'home_industry_income_mean', 2);
    for (const d of participatory) expect(d).toBeGreaterThan(0);
    expect(average(topDown)).toBeLessThan(0.3 * average(participatory));
  });
});
