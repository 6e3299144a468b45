/** Group formation under social 2: shared know-how, and members who do not buy each other's packs. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { directAndOnlineSales } from '../../src/rules/channels.js';
import { outputPerWorkerDay } from '../../src/rules/finance.js';
import { CHANNEL } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tieWithTrust, tinyWorld } from '../helpers/world.js';

const twoProducers = { population: { households: 6, poor_households: 3, home_industries: 2, outsiders: 5 } };
const group = { type: 'group-formation', start: 1, top_down: true, info_sharing: 1, knowledge_gain: 0.2 };

function runDays(w: World, days: number): void {
  for (let t = 1; t <= days; t++) {
    w.t = t;
    runTimeline(w);
  }
}

describe('shared know-how in a business group', () => {
  it('binds under social 2: members learn and make more per worker-day', () => {
    const w = tinyWorld({ ...twoProducers, social: 2, interventions: [group] });
    const before = outputPerWorkerDay(w, 0) + outputPerWorkerDay(w, 1);
    runDays(w, 60);
    expect(Math.max(w.producers.knowHow[0], w.producers.knowHow[1])).toBeCloseTo(0.2, 6);
    expect(outputPerWorkerDay(w, 0) + outputPerWorkerDay(w, 1)).toBeGreaterThan(before);
  });

  it('does not bind under social 1, nor for producers outside the group', () => {
    const w = tinyWorld({ ...twoProducers, social: 1, interventions: [group] });
    runDays(w, 60);
    expect([...w.producers.knowHow.slice(0, 2)]).toEqual([0, 0]);
    const alone = tinyWorld({ ...twoProducers, social: 2 });
    runDays(alone, 60);
    expect([...alone.producers.knowHow.slice(0, 2)]).toEqual([0, 0]);
  });
});

/** Door-to-door revenue of producer 0 when its only tie is to producer 1's household, with or without a group. */
function directRevenueFromFellow(social: number, grouped: boolean): number {
  const w = tinyWorld({
    ...twoProducers,
    social,
    home_industries: { direct_purchase_probability: 0.5 },
    interventions: grouped ? [{ ...group, info_sharing: 0 }] : [],
  });
  runDays(w, 1);
  w.net.alive.fill(0);
  const seller = w.producers.household[0];
  const buyer = w.producers.household[1];
  tieWithTrust(w, seller, buyer, 0.8);
  setCash(w, buyer, 10_000_000);
  setStock(w.products, w.producerStock0 + 0, 50);
  w.producers.stock[0] = 50;
  for (let d = 0; d < 20; d++) directAndOnlineSales(w);
  return w.producers.revenue[0 * 4 + CHANNEL.direct];
}

describe('members of a business group buying from each other', () => {
  it('binds under social 2: a fellow member buys nothing door to door', () => {
    expect(directRevenueFromFellow(2, true)).toBe(0);
  });

  it('does not bind without a group, or under social 1: the same tie buys', () => {
    expect(directRevenueFromFellow(2, false)).toBeGreaterThan(0);
    expect(directRevenueFromFellow(1, true)).toBeGreaterThan(0);
  });
});
