/** A returnees' group works its members' businesses as a business group (seed 002): pooled buying, ties to returnee communities elsewhere, savings kept as capital, products the group knows. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { poolBusinessCash } from '../../src/rules/finance.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { peerCommunityTies } from '../../src/rules/bridging.js';
import { tieWithTrust, tinyWorld } from '../helpers/world.js';

const village = { population: { households: 8, poor_households: 4, home_industries: 1, outsiders: 5 } };

/** A world where `arrivals` returnees come back on day 1 and all invest; `extra` is added to the intervention. */
function returned(joinGroup: boolean, extra: Record<string, unknown> = {}, over: Record<string, unknown> = {}, seed = 1): World {
  const spec = { type: 'returning-migrants', start: 1, arrivals: 3, from: 'any', invest_untrained: 1, join_group: joinGroup, ...extra };
  const w = tinyWorld({ ...village, economy: 2, social: 2, interventions: [spec], ...over }, seed);
  w.t = 1;
  runTimeline(w);
  return w;
}

/** Producer ids of the businesses the returnees started. */
function started(w: World): number[] {
  return [...w.interventions[0].members].map((i) => w.households.producer[i]).filter((p) => p >= 0);
}

describe("a returnees' group as a business group", () => {
  it('binds: with join_group the businesses share one business group and the pooled-buying discount', () => {
    const w = returned(true, { discount: 0.1 });
    const ps = started(w);
    expect(ps.length).toBe(3);
    const groups = new Set(ps.map((p) => w.producers.businessGroup[p]));
    expect(groups.size).toBe(1);
    expect([...groups][0]).toBeGreaterThanOrEqual(0);
    expect(ps.map((p) => w.producers.materialDiscount[p])).toEqual([0.1, 0.1, 0.1]);
  });

  it('does not bind: returnees on their own start businesses outside any business group', () => {
    const w = returned(false);
    const ps = started(w);
    expect(ps.length).toBe(3);
    expect(ps.map((p) => w.producers.businessGroup[p])).toEqual([-1, -1, -1]);
    expect(ps.map((p) => w.producers.materialDiscount[p])).toEqual([0, 0, 0]);
  });
});

describe("ties of a returnees' group to returnee communities elsewhere", () => {
  it('binds: under social 2 each member who starts a business holds `peer_ties` bridging ties', () => {
    const w = returned(true, { peer_ties: 2 });
    expect(started(w).map((p) => peerCommunityTies(w, w.producers.household[p]))).toEqual([2, 2, 2]);
  });

  it('does not bind: none without a group, none when peer_ties is 0', () => {
    const alone = returned(false, { peer_ties: 2 });
    const none = returned(true, { peer_ties: 0 });
    for (const w of [alone, none]) {
      // Any peer ties are those drawn at setup, not the group's: compare with the same world before the return.
      const before = tinyWorld({ ...village, economy: 2, social: 2, interventions: [w.scenario.interventions[0]] }, 1);
      const members = [...w.interventions[0].members];
      expect(members.map((i) => peerCommunityTies(w, i))).toEqual(members.map((i) => peerCommunityTies(before, i)));
    }
  });
});

describe("savings a member of a returnees' group commits to its business", () => {
  /** What household i of the first business holds back from discretionary spending after a day's pooling. */
  function heldBack(w: World): { held: number; committed: number } {
    const p = started(w)[0];
    poolBusinessCash(w, p);
    return { held: w.households.held[w.producers.household[p]], committed: w.producers.committed[p] };
  }

  it('binds: in a group, commit_days of production cost stay held back from spending while the business is young', () => {
    const w = returned(true, { commit_days: 60, savings: 15_000_000 });
    const { held, committed } = heldBack(w);
    expect(committed).toBeGreaterThan(0);
    expect(held).toBeGreaterThanOrEqual(committed);
  });

  it('does not bind: nothing is committed alone, with commit_days 0, or once the business sells as an established one', () => {
    expect(heldBack(returned(false, { commit_days: 60 })).committed).toBe(0);
    expect(heldBack(returned(true, { commit_days: 0 })).committed).toBe(0);
    const w = returned(true, { commit_days: 60 });
    const p = started(w)[0];
    w.producers.salesEma[p] = w.scenario.home_industries.initial_sales_per_day;
    expect(heldBack(w).committed).toBe(0);
  });
});

describe("products a returnees' group knows to pay", () => {
  const twoProducts = {
    products: [
      {
        name: 'keripik',
        share: 0.5,
        price: 6000,
        material: 'singkong',
        materials_per_unit: 1,
        other_cost_per_unit: 1000,
        units_per_worker_day: 30,
        shelf_life_days: 10,
      },
      {
        name: 'tiwul',
        share: 0.5,
        price: 7000,
        material: 'singkong',
        materials_per_unit: 1,
        other_cost_per_unit: 1000,
        units_per_worker_day: 25,
        shelf_life_days: 60,
      },
    ],
  };

  /** Products the returnees start when the village's one business (product 1) makes a large profit and every returnee is its kin. */
  function productsStarted(joinGroup: boolean, seed: number): number[] {
    const spec = { type: 'returning-migrants', start: 1, arrivals: 3, from: 'any', invest_untrained: 1, join_group: joinGroup };
    const w = tinyWorld({ ...village, ...twoProducts, economy: 2, social: 2, interventions: [spec] }, seed);
    const pr = w.producers;
    pr.product[0] = 1;
    pr.active[0] = 1;
    pr.revenue[0] = 1e9;
    pr.costs[0] = 0;
    for (let i = 0; i < w.households.count; i++) if (i !== pr.household[0]) tieWithTrust(w, i, pr.household[0], 0.9, LAYER.kin);
    w.t = 1;
    runTimeline(w);
    return started(w).map((p) => pr.product[p]);
  }

  const seeds = [1, 2, 3, 4, 5, 6];

  it("binds: in a group every member starts the product of the kin's paying business", () => {
    expect(seeds.flatMap((s) => productsStarted(true, s))).toEqual(seeds.flatMap(() => [1, 1, 1]));
  });

  it('does not bind: alone, products are drawn by their shares, and some returnee starts the other one', () => {
    expect(seeds.flatMap((s) => productsStarted(false, s))).toContain(0);
  });
});
