/** Tiny hand-built worlds: a scenario of a few agents, built by createWorld, then set up by hand. */
import { createWorld } from '../../src/engine/setup.js';
import { mergeScenario } from '../../src/scenario/load.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { findTie, LAYER, connect } from '../../src/world/network.js';
import type { Ledger } from '../../src/world/ledger.js';
import type { World } from '../../src/world/world.js';

/** A village of 3 households (one runs a home industry), 1 supplier and 1 warung, plus overrides. */
export function tinyScenario(overrides: Record<string, unknown> = {}): Scenario {
  const base = {
    name: 'tiny',
    horizon_days: 30,
    population: { households: 3, poor_households: 1, hamlets: 1, home_industries: 1, suppliers: 1, warungs: 1, outsiders: 5 },
    households: { migrant_abroad_share: 0, ex_migrant_share: 0 },
    products: [
      {
        name: 'keripik',
        share: 1,
        price: 6000,
        material: 'singkong',
        materials_per_unit: 1,
        other_cost_per_unit: 1000,
        units_per_worker_day: 30,
        shelf_life_days: 10,
      },
    ],
    materials: [{ name: 'singkong', price: 2500, wholesale_price: 2000 }],
    suppliers: { materials_each: 1 },
    digital: { initial_adopter_share: 0 },
  };
  return scenarioSchema.parse(mergeScenario(base, overrides)) as Scenario;
}

/** The world of `tinyScenario(overrides)`. */
export function tinyWorld(overrides: Record<string, unknown> = {}, seed = 1): World {
  return createWorld(tinyScenario(overrides), seed);
}

/** The tie between two nodes, made if missing, with this trust. */
export function tieWithTrust(w: World, a: number, b: number, trust: number, layer: number = LAYER.business): number {
  const e = findTie(w.net, a, b) >= 0 ? findTie(w.net, a, b) : connect(w.net, a, b, layer, 0.5, trust, w.t);
  w.net.trust[e] = trust;
  return e;
}

/** Sets an account's stock as if it had opened with it (a hand-built state between days). */
export function setStock(ledger: Ledger, account: number, value: number): void {
  const delta = value - ledger.balance[account];
  ledger.balance[account] = value;
  ledger.opening[account] += delta;
  (ledger as { total: number }).total += delta;
}

/** Sets household i's cash. */
export function setCash(w: World, i: number, cash: number): void {
  setStock(w.money, i, cash);
}

/** Packs producer 0 loses from its stock to `rule` over days 1..`days`, every producer's stock refilled each day and visited in index order. */
export function packsSoldOver(w: World, rule: (w: World) => void, days: number): number {
  const pr = w.producers;
  for (let k = 0; k < pr.count; k++) w.scratch.producerOrder[k] = k;
  let packs = 0;
  for (let d = 1; d <= days; d++) {
    setStock(w.products, w.producerStock0, 10_000);
    pr.batches.fill(0);
    pr.batches[d % pr.batchDays] = 10_000;
    w.t = d;
    const before = pr.stock[0];
    rule(w);
    packs += before - pr.stock[0];
  }
  return packs;
}
