/** Culinary market and district kiosk under social 2: finite outside demand that responds to price. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { venueDays } from '../../src/rules/markets.js';
import { setStock, tinyWorld } from '../helpers/world.js';

const twoProducers = { population: { households: 6, poor_households: 3, home_industries: 2, outsiders: 20 } };
const market = {
  type: 'culinary-market',
  start: 5,
  every: 7,
  visitors: 200,
  packs_per_visitor: 1,
  stall_fee: 0,
  top_down: true,
  contact_attendance: 0,
};
const kiosk = { type: 'district-kiosk', start: 5, every: 7, capacity: 40, top_down: true, channel: 'open' };

/** Packs sold at the first venue day when both producers ask `priceFactor` times their product's usual price. */
function packsSold(social: number, venue: Record<string, unknown>, priceFactor: number): number {
  const w = tinyWorld({ ...twoProducers, economy: 2, social, interventions: [venue] });
  for (const p of [0, 1]) {
    setStock(w.products, w.producerStock0 + p, 500);
    // Packs are sold from dated batches: all of them made today.
    w.producers.batches.fill(0, p * w.producers.batchDays, (p + 1) * w.producers.batchDays);
    w.producers.batches[p * w.producers.batchDays + (5 % w.producers.batchDays)] = 500;
    w.producers.oldestBatch[p] = 0;
    w.producers.price[p] = Math.round(w.catalog.price[w.producers.product[p]] * priceFactor);
  }
  w.t = 5;
  runTimeline(w);
  venueDays(w);
  return 1000 - w.producers.stock[0] - w.producers.stock[1];
}

describe('outside demand at venues responds to price (social 2)', () => {
  it('binds: a market sells fewer packs when stalls ask more', () => {
    expect(packsSold(2, market, 2)).toBeLessThan(packsSold(2, market, 1) * 0.7);
  });

  it('binds: the kiosk takes fewer packs when producers ask more', () => {
    expect(packsSold(2, kiosk, 2)).toBeLessThan(packsSold(2, kiosk, 1));
  });

  it('does not bind at the usual price, nor under social 1', () => {
    expect(packsSold(1, kiosk, 2)).toBe(packsSold(1, kiosk, 1));
    expect(packsSold(2, kiosk, 1)).toBe(packsSold(1, kiosk, 1));
  });
});
