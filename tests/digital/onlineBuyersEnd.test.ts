/** `digital.online_buyers_until_day`: online buyers stop after that day (counted from day 0), so a counterfactual shares the warm-up. */
import { describe, expect, it } from 'vitest';
import { directAndOnlineSales } from '../../src/rules/channels.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { setStock } from '../helpers/world.js';
import { readyWorld } from './helpers.js';

/** Online revenue of producer 0 on each of days 1..60 (marketplace and contact orders, a fresh stock each day). */
function dailyOnlineRevenue(digital: Record<string, unknown>, warmup = 0): number[] {
  const w: World = readyWorld({
    warmup_days: warmup,
    digital: { marketplace_orders_per_day: 5, orders_per_contact_per_month: 30, ...digital },
  });
  const pr = w.producers;
  pr.adopted[0] = 1;
  pr.active[0] = 1;
  pr.digitalContacts[0] = 5;
  const out: number[] = [];
  let before = 0;
  for (let d = 1; d <= 60; d++) {
    w.t = d;
    setStock(w.products, w.producerStock0, 10_000);
    pr.batches.fill(0);
    pr.batches[d % pr.batchDays] = 10_000;
    directAndOnlineSales(w);
    const now = pr.revenue[0 * CHANNELS.length + CHANNEL.digital];
    out.push(now - before);
    before = now;
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('online buyers that stop on a day', () => {
  it('binds: no online order after the last day, counted from day 0 (after the warm-up)', () => {
    const r = dailyOnlineRevenue({ online_buyers_until_day: 10 }, 20);
    expect(sum(r.slice(0, 30))).toBeGreaterThan(0);
    expect(sum(r.slice(30))).toBe(0);
  });

  it('does not bind: a last day beyond the days run, or none, leaves every order as it was', () => {
    const none = dailyOnlineRevenue({});
    expect(sum(none.slice(30))).toBeGreaterThan(0);
    expect(dailyOnlineRevenue({ online_buyers_until_day: 100 })).toEqual(none);
  });
});
