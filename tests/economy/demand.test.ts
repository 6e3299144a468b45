import { describe, expect, it } from 'vitest';
import { directAndOnlineSales } from '../../src/rules/channels.js';
import { updateSnackBudgets } from '../../src/rules/demand.js';
import { warungSales } from '../../src/rules/sales.js';
import { openSlot } from '../../src/world/stock.js';
import { checkLedger } from '../../src/world/ledger.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tieWithTrust, tinyWorld } from '../helpers/world.js';

/** A tiny economy-2 village whose one warung shows producer 0's packs in every slot, and every household shops there. */
function shelfWorld(): World {
  const w = tinyWorld({ economy: 2, population: { households: 4, poor_households: 1 }, warungs: { outside_buyers_per_day: 0 } });
  const wr = w.warungs;
  for (let q = 0; q < wr.slots; q++) {
    openSlot(w, 0, q, 0, false);
    setStock(w.products, w.slot0 + q, 50);
    wr.slotOldQty[q] = 50;
    wr.slotOldDay[q] = 0;
  }
  setStock(w.products, w.producerStock0, 0);
  w.producers.batches.fill(0);
  for (let i = 0; i < w.households.count; i++) {
    w.households.warung[i] = 0;
    setCash(w, i, 5_000_000);
    w.households.snackBudget[i] = 0;
  }
  return w;
}

/** Packs bought at the warung by each household over `days` days. */
function warungPacks(w: World, days: number): number[] {
  const before = Array.from(w.households.consumption);
  for (let d = 0; d < days; d++) {
    w.t++;
    warungSales(w);
    checkLedger(w.money, w.t);
  }
  return before.map((c, i) => Math.round((w.households.consumption[i] - c) / w.catalog.price[0]));
}

describe('demand from budgets (economy 2)', () => {
  it('a household buys snacks out of its budget, and one without a budget buys none however much cash it holds', () => {
    const w = shelfWorld();
    const own = w.producers.household[0];
    const [rich, broke] = [0, 1, 2, 3].filter((i) => i !== own);
    w.households.snackRate[rich] = 3000;
    w.households.snackRate[broke] = 0;
    const packs = warungPacks(w, 60);
    expect(packs[rich]).toBeGreaterThan(10);
    // 60 days of Rp 3,000 buy at most 30 packs of Rp 6,000.
    expect(packs[rich]).toBeLessThanOrEqual(30);
    expect(packs[broke]).toBe(0);
  });

  it("a producer's household does not buy its own kind of product", () => {
    const w = shelfWorld();
    const own = w.producers.household[0];
    w.households.snackRate[own] = 10_000;
    expect(warungPacks(w, 30)[own]).toBe(0);
  });

  it('budgets rise with income', () => {
    const w = shelfWorld();
    const h = w.households;
    w.t = 30;
    h.incomeInformal[0] = h.need[0] * 30 * 1.2;
    h.incomeInformal[1] = h.need[1] * 30 * 2;
    h.incomeInformal[2] = h.need[2] * 30 * 0.8;
    updateSnackBudgets(w);
    expect(h.snackRate[1]).toBeGreaterThan(h.snackRate[0]);
    expect(h.snackRate[0]).toBeGreaterThan(0);
    expect(h.snackRate[2]).toBe(0);
  });

  it('a tie without a budget creates no door-to-door sale; with a budget it does', () => {
    for (const budget of [0, 1_000_000]) {
      const w = tinyWorld({
        economy: 2,
        population: { households: 4, poor_households: 1 },
        home_industries: { direct_purchase_probability: 1 },
      });
      const i = w.producers.household[0];
      setStock(w.products, w.producerStock0, 10);
      w.producers.batches.fill(0);
      w.producers.batches[0] = 10;
      const buyer = [0, 1, 2, 3].find((j) => j !== i)!;
      tieWithTrust(w, i, buyer, 0.8, LAYER.neighbour);
      for (let j = 0; j < 4; j++) {
        setCash(w, j, 5_000_000);
        w.households.snackBudget[j] = j === buyer ? budget : 0;
      }
      for (let k = 0; k < w.producers.count; k++) w.scratch.producerOrder[k] = k;
      w.t = 1;
      directAndOnlineSales(w);
      const bought = w.households.consumption[buyer] > 0;
      expect(bought).toBe(budget > 0);
    }
  });
});
