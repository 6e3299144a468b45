import { describe, expect, it } from 'vitest';
import { buyDevices } from '../../src/rules/digital.js';
import { marketplaceSales } from '../../src/rules/marketplace.js';
import { whatsappGroupSales } from '../../src/rules/whatsapp.js';
import { indexGroups } from '../../src/world/digital.js';
import { checkLedger } from '../../src/world/ledger.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock } from '../helpers/world.js';
import { readyWorld } from './helpers.js';

/** Gives producer 0 a large fresh stock at home on day t. */
function restock(w: World, t: number): void {
  const pr = w.producers;
  w.t = t;
  setStock(w.products, w.producerStock0, 10_000);
  pr.batches.fill(0);
  pr.batches[t % pr.batchDays] = 10_000;
}

function revenue(w: World, channel: number): number {
  return w.producers.revenue[0 * CHANNELS.length + channel];
}

describe('smartphones bought with remittances', () => {
  function remittanceWorld(cash: number, abroad: number): World {
    const w = readyWorld({ digital: { device_purchase_probability: 1, device_price: 1_000_000 } });
    const h = w.households;
    h.device.fill(0);
    h.migrantAbroad[1] = abroad;
    h.remittanceDay[1] = 5;
    h.buffer[1] = 100_000;
    setCash(w, 1, cash);
    w.t = 5;
    buyDevices(w);
    checkLedger(w.money, w.t);
    return w;
  }

  it('a household receiving remittances with the price above its buffer buys one, paying the seller', () => {
    const w = remittanceWorld(2_000_000, 1);
    expect(w.households.device[1]).toBe(1);
    expect(w.households.cash[1]).toBe(1_000_000);
  });

  it('without remittances, or without the cash, it does not', () => {
    expect(remittanceWorld(2_000_000, 0).households.device[1]).toBe(0);
    const poor = remittanceWorld(1_050_000, 1);
    expect(poor.households.device[1]).toBe(0);
    expect(poor.households.cash[1]).toBe(1_050_000);
  });
});

describe('WhatsApp groups: online members order from an online producer of their group', () => {
  function groupSales(memberOnline: number, producerOnline: number): number {
    const w = readyWorld({ digital: { whatsapp_order_probability: 1 } });
    const h = w.households;
    const i = w.producers.household[0];
    h.group.fill(0);
    w.digital.online.fill(memberOnline);
    w.digital.online[i] = producerOnline;
    for (let j = 0; j < h.count; j++) {
      setCash(w, j, 1_000_000);
      h.snackBudget[j] = 1_000_000;
    }
    const groups = indexGroups(w);
    for (let d = 1; d <= 10; d++) {
      restock(w, d);
      whatsappGroupSales(w, 0, groups);
    }
    checkLedger(w.money, w.t);
    return revenue(w, CHANNEL.direct);
  }

  it('binds: both online, members buy', () => {
    expect(groupSales(1, 1)).toBeGreaterThan(0);
  });

  it('members offline, or the producer offline: no order', () => {
    expect(groupSales(0, 1)).toBe(0);
    expect(groupSales(1, 0)).toBe(0);
  });
});

describe('marketplaces: a finite outside demand for online sellers, net of platform and courier', () => {
  function marketplace(adopted: number, priceFactor: number, signal = 1): { revenue: number; fees: number } {
    const w = readyWorld({ digital: { marketplace_orders_per_day: 3, platform_fee: 0.1, shipping_cost_per_order: 2000 } });
    const pr = w.producers;
    pr.adopted[0] = adopted;
    pr.price[0] = Math.round(w.catalog.price[0] * priceFactor);
    w.signal.fill(signal);
    const platform0 = w.money.balance[w.outside.platform];
    for (let d = 1; d <= 60; d++) {
      restock(w, d);
      marketplaceSales(w);
    }
    checkLedger(w.money, w.t);
    return { revenue: revenue(w, CHANNEL.digital), fees: w.money.balance[w.outside.platform] - platform0 };
  }

  it('an online seller receives orders and pays the platform and courier out of them', () => {
    const r = marketplace(1, 1);
    expect(r.revenue).toBeGreaterThan(0);
    expect(r.fees).toBeGreaterThan(r.revenue * 0.1);
    expect(Number.isInteger(r.fees)).toBe(true);
  });

  it('no seller online, or no signal: no order', () => {
    expect(marketplace(0, 1).revenue).toBe(0);
    expect(marketplace(1, 1, 0).revenue).toBe(0);
  });

  it('buyers respond to price: fewer orders at a higher price', () => {
    const cheap = marketplace(1, 1);
    const dear = marketplace(1, 1.6);
    expect(dear.revenue / 1.6).toBeLessThan(cheap.revenue * 0.8);
  });
});

describe("marketplaces: a village's orders go to its own online sellers", () => {
  /** Two villages of the tiny kind, one home industry each; the first online, the second online when `second` is 1. */
  function twoVillages(second: number): [number, number] {
    const w = readyWorld({ population: { villages: 2 }, digital: { marketplace_orders_per_day: 3 } });
    const pr = w.producers;
    expect(pr.count).toBe(2);
    expect([w.households.village[pr.household[0]], w.households.village[pr.household[1]]]).toEqual([0, 1]);
    pr.adopted[0] = 1;
    pr.adopted[1] = second;
    for (let d = 1; d <= 60; d++) {
      w.t = d;
      for (let p = 0; p < 2; p++) {
        setStock(w.products, w.producerStock0 + p, 10_000);
        pr.batches.fill(0, p * pr.batchDays, (p + 1) * pr.batchDays);
        pr.batches[p * pr.batchDays + (d % pr.batchDays)] = 10_000;
      }
      marketplaceSales(w);
    }
    checkLedger(w.money, w.t);
    return [0, 1].map((p) => w.producers.revenue[p * CHANNELS.length + CHANNEL.digital]) as [number, number];
  }

  it("the first village's seller sells the same whether or not the second village has one, and the second's sells only when online", () => {
    const alone = twoVillages(0);
    const both = twoVillages(1);
    expect(alone[0]).toBeGreaterThan(0);
    expect(alone[1]).toBe(0);
    expect(both[1]).toBeGreaterThan(0);
    expect(both[0]).toBe(alone[0]);
  });
});
