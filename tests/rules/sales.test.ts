import { describe, expect, it } from 'vitest';
import { warungSales } from '../../src/rules/sales.js';
import { settlement } from '../../src/rules/settlement.js';
import { spoilage } from '../../src/rules/spoilage.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import { setCash, setStock, tinyWorld } from '../helpers/world.js';

const shopping = {
  warungs: { margin_min: 0.2, margin_max: 0.2, settle_every_days: 7, snack_probability: 1, substitution: 1, outside_buyers_per_day: 0 },
};

function richShoppers(w: ReturnType<typeof tinyWorld>) {
  for (let i = 0; i < w.households.count; i++) setCash(w, i, 10_000_000);
}

describe('consignment (titip jual)', () => {
  it('pays the producer only after the sale, at the settlement, less the margin', () => {
    const w = tinyWorld(shopping);
    richShoppers(w);
    w.warungs.settleOffset[0] = 0;
    const q = w.warungs.slotProducer.indexOf(0);
    expect(q).toBeGreaterThanOrEqual(0);
    expect(w.warungs.slotOwned[q]).toBe(0);
    w.t = 1;
    const before = w.warungs.slotStock[q] + w.producers.stock[0];
    warungSales(w);
    const sold = before - w.warungs.slotStock[q] - w.producers.stock[0];
    expect(sold).toBe(3);
    expect(w.producers.revenue[0 * CHANNELS.length + CHANNEL.warung]).toBe(0);
    expect(w.warungs.slotOwed[q]).toBe(sold * 4800);

    // The payment goes to the business's working capital. Emptied first (and the household with
    // nothing to put in), the capital then holds exactly the payment, below the level where profit is drawn.
    setStock(w.money, w.accounts.business0, 0);
    setCash(w, w.producers.household[0], 0);
    w.t = 7;
    settlement(w);
    expect(w.producers.capital[0]).toBe(sold * 4800);
    expect(w.households.incomeTrade[w.warungs.owner[0]]).toBe(sold * 1200);
    expect(w.producers.revenue[CHANNEL.warung]).toBe(sold * 4800);
    expect(w.warungs.slotOwed[q]).toBe(0);
  });

  it('does not settle before the settlement day', () => {
    const w = tinyWorld(shopping);
    richShoppers(w);
    w.warungs.settleOffset[0] = 0;
    w.t = 1;
    warungSales(w);
    const q = w.warungs.slotProducer.indexOf(0);
    const owed = w.warungs.slotOwed[q];
    w.t = 6;
    settlement(w);
    expect(w.warungs.slotOwed[q]).toBe(owed);
  });

  it('without consignment a warung buys outright, paying at once at its deeper discount', () => {
    const w = tinyWorld({
      ...shopping,
      network: { consignment: false },
      warungs: { ...shopping.warungs, outright_margin: 0.25, outright_capacity: 8 },
    });
    const q = w.warungs.slotProducer.indexOf(0);
    expect(w.warungs.slotOwned[q]).toBe(1);
    // Empty the shelf by hand so the producer restocks it.
    setStock(w.products, w.slot0 + q, 0);
    w.warungs.slotOldQty[q] = 0;
    for (let k = 0; k < w.households.count; k++) setCash(w, k, 0);
    setStock(w.money, w.accounts.business0, 0);
    w.t = 1;
    warungSales(w);
    expect(w.warungs.slotStock[q]).toBe(8);
    expect(w.producers.capital[0]).toBe(8 * 4500);
    expect(w.producers.revenue[CHANNEL.warung]).toBe(8 * 4500);
  });

  it('households do not buy when the pack would cut into their basic needs', () => {
    const w = tinyWorld(shopping);
    for (let i = 0; i < w.households.count; i++) setCash(w, i, w.households.need[i]);
    const q = w.warungs.slotProducer.indexOf(0);
    w.t = 1;
    warungSales(w);
    expect(w.warungs.slotOwed[q]).toBe(0);
  });
});

describe('spoilage', () => {
  it('removes packs past their shelf life, at home and on the shelf', () => {
    const w = tinyWorld();
    const q = w.warungs.slotProducer.indexOf(0);
    const home = w.producers.stock[0];
    const shelf = w.warungs.slotStock[q];
    expect(home).toBeGreaterThan(0);
    w.t = 9;
    spoilage(w);
    expect(w.producers.stock[0]).toBe(home);
    w.t = 10;
    spoilage(w);
    expect(w.producers.stock[0]).toBe(0);
    expect(w.warungs.slotStock[q]).toBe(0);
    expect(w.producers.spoiled[0]).toBe(home + shelf);
    expect(w.producers.consigned[0]).toBe(0);
    expect(w.products.balance[w.goods.spoilage]).toBe(home + shelf);
  });
});
