import { describe, expect, it } from 'vitest';
import { adjustPrice, closeFailed, reviewLosses, unitCost } from '../../src/rules/prices.js';
import { forgoneEarnings } from '../../src/rules/entry.js';
import { CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { setStock, tinyWorld } from '../helpers/world.js';

/** A tiny economy-2 producer with `held` packs at home against 10 packs a day expected. */
function priced(held: number, passThrough = 0.5): World {
  const w = tinyWorld({ economy: 2, finance: { pass_through: passThrough } });
  const pr = w.producers;
  setStock(w.products, w.producerStock0, held);
  pr.consigned[0] = 0;
  pr.salesEma[0] = 10;
  return w;
}

describe('prices (economy 2)', () => {
  it('pass a share of a material price rise into the pack price', () => {
    const w = priced(40);
    adjustPrice(w, 0);
    const before = w.producers.price[0];
    const cost = unitCost(w, 0);
    w.conditions.materialPriceFactor = 1.5;
    adjustPrice(w, 0);
    const rise = unitCost(w, 0) / cost - 1;
    expect(w.producers.price[0]).toBe(Math.round(before * (1 + 0.5 * rise)));
  });

  it('stay put when material prices rise and nothing is passed through', () => {
    const w = priced(40, 0);
    adjustPrice(w, 0);
    const before = w.producers.price[0];
    w.conditions.materialPriceFactor = 1.5;
    adjustPrice(w, 0);
    expect(w.producers.price[0]).toBe(before);
  });

  it('fall week by week while unsold stock piles up, and not when stock is at its target', () => {
    const piled = priced(200);
    const normal = priced(40);
    for (let week = 0; week < 5; week++) {
      adjustPrice(piled, 0);
      adjustPrice(normal, 0);
    }
    expect(piled.producers.price[0]).toBeLessThan(normal.producers.price[0]);
    expect(normal.producers.price[0]).toBe(piled.catalog.price[0]);
  });
});

describe('exit (economy 2)', () => {
  function losing(revenue: number, periods: number): World {
    const w = tinyWorld({ economy: 2, finance: { loss_periods: 3 } });
    const pr = w.producers;
    pr.debt[0] = 100_000;
    for (let k = 0; k < periods; k++) {
      w.t += 30;
      pr.revenue[0 * CHANNELS.length] = revenue;
      pr.costs[0] = 500_000;
      reviewLosses(w);
      closeFailed(w);
    }
    return w;
  }

  it('a business with losses three periods in a row closes and keeps its debts', () => {
    const w = losing(300_000, 3);
    expect(w.producers.active[0]).toBe(0);
    expect(w.producers.failures[0]).toBe(1);
    expect(w.producers.debt[0]).toBe(100_000);
  });

  it("the failure is counted in the period whose losses caused it, before the business closes at the period's close", () => {
    const w = tinyWorld({ economy: 2, finance: { loss_periods: 1 } });
    w.producers.costs[0] = 500_000;
    reviewLosses(w);
    expect(w.producers.periodFailures[0]).toBe(1);
    expect(w.producers.active[0]).toBe(1);
    closeFailed(w);
    expect(w.producers.active[0]).toBe(0);
  });

  it('a business that covers its costs and the informal earnings its owner forgoes, or has lost for only two periods, stays open', () => {
    const forgone = forgoneEarnings(tinyWorld({ economy: 2 }), 0);
    expect(losing(500_000 + forgone + 1000, 3).producers.active[0]).toBe(1);
    expect(losing(300_000, 2).producers.active[0]).toBe(1);
  });

  it('a profit below the informal earnings the owner forgoes is a loss: three such periods close it', () => {
    const forgone = forgoneEarnings(tinyWorld({ economy: 2 }), 0);
    expect(forgone).toBeGreaterThan(2000);
    const w = losing(500_000 + forgone - 1000, 3);
    expect(w.producers.active[0]).toBe(0);
  });

  it('in a crisis that lowers informal earnings, the owner forgoes less, so the same profit stops being a loss', () => {
    const forgone = forgoneEarnings(tinyWorld({ economy: 2 }), 0);
    // A profit 10% short of what informal work pays in normal times: a loss then, not at 80% of it.
    const revenue = 500_000 + Math.round(forgone * 0.9);
    const normal = losing(revenue, 3);
    expect(normal.producers.active[0]).toBe(0);
    const crisis = tinyWorld({ economy: 2, finance: { loss_periods: 3 } });
    crisis.conditions.informalFactor = 0.8;
    expect(forgoneEarnings(crisis, 0)).toBeCloseTo(forgone * 0.8, 6);
    for (let k = 0; k < 3; k++) {
      crisis.t += 30;
      crisis.producers.revenue[0 * CHANNELS.length] = revenue;
      crisis.producers.costs[0] = 500_000;
      reviewLosses(crisis);
      closeFailed(crisis);
    }
    expect(crisis.producers.active[0]).toBe(1);
    expect(crisis.producers.lossPeriods[0]).toBe(0);
  });
});
