/** Online buyers draw from their own stream, so a run without them (pattern 5's `offline`) draws every other sale alike. */
import { describe, expect, it } from 'vitest';
import { marketplaceSales } from '../../src/rules/marketplace.js';
import { CHANNEL } from '../../src/world/producers.js';
import { setStock } from '../helpers/world.js';
import { readyWorld } from './helpers.js';

/** Sixty days of marketplace orders to online producer 0 (the sales stream checked unmoved); how far the online stream's state moved, and the online revenue. */
function afterMarketplace(ordersPerDay: number): { online: number[]; revenue: number } {
  const w = readyWorld({ digital: { marketplace_orders_per_day: ordersPerDay } });
  const pr = w.producers;
  pr.adopted[0] = 1;
  pr.active[0] = 1;
  const sales = [...w.rng.sales.state];
  const stream = [...w.rng.online.state];
  for (let d = 1; d <= 60; d++) {
    w.t = d;
    setStock(w.products, w.producerStock0, 10_000);
    pr.batches.fill(0);
    pr.batches[d % pr.batchDays] = 10_000;
    marketplaceSales(w);
  }
  expect([...w.rng.sales.state]).toEqual(sales);
  return { online: stream.map((x, k) => w.rng.online.state[k] - x), revenue: pr.revenue[CHANNEL.digital] };
}

describe('the stream of online orders', () => {
  it('binds: orders to an online seller draw from rule:online and leave rule:sales as it was', () => {
    const r = afterMarketplace(5);
    expect(r.revenue).toBeGreaterThan(0);
    expect(r.online.some((x) => x !== 0)).toBe(true);
  });

  it('does not bind: without online buyers neither stream moves', () => {
    const r = afterMarketplace(0);
    expect(r.revenue).toBe(0);
    expect(r.online.every((x) => x === 0)).toBe(true);
  });
});
