import { describe, expect, it } from 'vitest';
import { LIMIT, recordLimit } from '../../src/rules/finance.js';
import { warungSales } from '../../src/rules/sales.js';
import { closeSlot } from '../../src/world/stock.js';
import { checkLedger } from '../../src/world/ledger.js';
import { findSlot } from '../../src/world/warungs.js';
import type { World } from '../../src/world/world.js';
import { setStock, tieWithTrust, tinyWorld } from '../helpers/world.js';

/** A tiny economy-2 world whose producer brings 20 packs to its one trusted warung; cash limited it on `cashDays` of 30. */
function shelfChoice(cashDays: number): World {
  const w = tinyWorld({ economy: 2, warungs: { outside_buyers_per_day: 0, snack_probability: 0 } });
  const p = 0;
  const pr = w.producers;
  tieWithTrust(w, pr.household[p], w.warungs.node[0], 0.9);
  pr.warungPartners[0] = 0;
  pr.warungPartnerCount[p] = 1;
  for (let q = 0; q < w.warungs.slotProducer.length; q++) {
    if (w.warungs.slotProducer[q] < 0) continue;
    setStock(w.products, w.slot0 + q, 0);
    closeSlot(w, q);
  }
  pr.consigned[p] = 0;
  setStock(w.products, w.producerStock0 + p, 20);
  pr.batches.fill(0);
  pr.batches[0] = 20;
  pr.salesEma[p] = 2;
  pr.demandEma[p] = 2;
  for (let d = 0; d < 30; d++) recordLimit(w, p, d < cashDays ? LIMIT.cash : LIMIT.demand);
  for (let i = 0; i < w.households.count; i++) w.households.snackRate[i] = 0;
  w.t = 1;
  warungSales(w);
  checkLedger(w.money, w.t);
  return w;
}

describe('consignment versus buying outright (economy 2)', () => {
  it('a producer whom cash limits sells to the warung outright, and is paid now', () => {
    const w = shelfChoice(20);
    const q = findSlot(w.warungs, 0, 0);
    expect(q).toBeGreaterThanOrEqual(0);
    expect(w.warungs.slotOwned[q]).toBe(1);
    expect(w.producers.revenue[0]).toBeGreaterThan(0);
  });

  it('a producer with capital to spare consigns, and waits for settlement', () => {
    const w = shelfChoice(0);
    const q = findSlot(w.warungs, 0, 0);
    expect(q).toBeGreaterThanOrEqual(0);
    expect(w.warungs.slotOwned[q]).toBe(0);
    expect(w.producers.consigned[0]).toBeGreaterThan(0);
    expect(w.producers.revenue[0]).toBe(0);
  });

  it('margins for both come from the same range; equal_margins makes them the same', () => {
    const drawn = tinyWorld({ economy: 2, population: { warungs: 8 }, warungs: { margin_min: 0.1, margin_max: 0.2 } });
    const equal = tinyWorld({ economy: 2, population: { warungs: 8 }, warungs: { margin_min: 0.1, margin_max: 0.2, equal_margins: true } });
    let differ = 0;
    for (let k = 0; k < 8; k++) {
      expect(drawn.warungs.outrightMargin[k]).toBeGreaterThanOrEqual(0.1);
      expect(drawn.warungs.outrightMargin[k]).toBeLessThanOrEqual(0.2);
      if (drawn.warungs.outrightMargin[k] !== drawn.warungs.margin[k]) differ++;
      expect(equal.warungs.outrightMargin[k]).toBe(equal.warungs.margin[k]);
    }
    expect(differ).toBeGreaterThan(0);
  });
});
