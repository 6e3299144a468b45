import { describe, expect, it } from 'vitest';
import { directAndOnlineSales } from '../../src/rules/channels.js';
import { outsideDemandFactor } from '../../src/rules/demand.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import { setStock, tinyWorld } from '../helpers/world.js';

/** Packs producer 0 sells over 60 days to 40 outside contacts at `priceFactor` times its starting price. */
function outsidePacks(economy: 1 | 2, priceFactor: number): number {
  const w = tinyWorld({ economy, home_industries: { direct_purchase_probability: 0 }, network: { outside_orders_per_month: 3 } });
  const pr = w.producers;
  pr.price[0] = Math.round(w.catalog.price[0] * priceFactor);
  pr.outsideContacts[0] = 40;
  pr.adopted[0] = 0;
  for (let k = 0; k < pr.count; k++) w.scratch.producerOrder[k] = k;
  let packs = 0;
  for (let d = 1; d <= 60; d++) {
    setStock(w.products, w.producerStock0, 10_000);
    pr.batches.fill(0);
    pr.batches[d % pr.batchDays] = 10_000;
    w.t = d;
    directAndOnlineSales(w);
    packs = pr.revenue[0 * CHANNELS.length + CHANNEL.market] / pr.price[0];
  }
  return packs;
}

describe('outside demand responds to price (economy 2)', () => {
  it('outside buyers order fewer packs at a higher price', () => {
    expect(outsidePacks(2, 1.5)).toBeLessThan(outsidePacks(2, 1) * 0.8);
  });

  it('under economy 1 they order as many whatever the price', () => {
    expect(outsidePacks(1, 1.5)).toBe(outsidePacks(1, 1));
  });

  it('the factor is 1 at the starting price', () => {
    const w = tinyWorld({ economy: 2 });
    expect(outsideDemandFactor(w, 0)).toBe(1);
  });
});

/** Producer 0's expected sales and expected demand after 30 days of 40 outside contacts' orders, with `stock` packs at home each morning. */
function plannedAfter(stock: number): { sales: number; demand: number } {
  const w = tinyWorld({ economy: 2, home_industries: { direct_purchase_probability: 0 }, network: { outside_orders_per_month: 6 } });
  const pr = w.producers;
  pr.outsideContacts[0] = 40;
  pr.adopted[0] = 0;
  for (let k = 0; k < pr.count; k++) w.scratch.producerOrder[k] = k;
  for (let d = 1; d <= 30; d++) {
    setStock(w.products, w.producerStock0, stock);
    pr.batches.fill(0);
    pr.batches[d % pr.batchDays] = stock;
    w.t = d;
    directAndOnlineSales(w);
  }
  return { sales: pr.salesEma[0], demand: pr.demandEma[0] };
}

describe('a business plans on the demand it is asked for (economy 2)', () => {
  it('orders that find no stock keep its expected demand above its sales', () => {
    const { sales, demand } = plannedAfter(0);
    expect(demand).toBeGreaterThan(sales + 1);
  });

  it('with stock for every order, expected demand is expected sales', () => {
    const { sales, demand } = plannedAfter(10_000);
    expect(sales).toBeGreaterThan(1);
    expect(demand).toBeCloseTo(sales, 9);
  });
});
