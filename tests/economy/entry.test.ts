import { describe, expect, it } from 'vitest';
import { enterBusinesses, entryCapital } from '../../src/rules/entry.js';
import { CHANNELS } from '../../src/world/producers.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, tieWithTrust, tinyWorld } from '../helpers/world.js';

/** A tiny economy-2 village where household `i` is tied by kin to the producer, whose period ended with revenue `revenue` against costs of Rp 500,000. */
function entryWorld(savings: number, revenue: number): { w: World; i: number } {
  const w = tinyWorld({ economy: 2, finance: { entry_rate: 1 }, population: { households: 4, poor_households: 1 } });
  const owner = w.producers.household[0];
  const i = [0, 1, 2, 3].find((j) => j !== owner)!;
  tieWithTrust(w, i, owner, 0.8, LAYER.kin);
  for (let j = 0; j < 4; j++) if (j !== owner) setCash(w, j, 0);
  setCash(w, i, w.households.buffer[i] + w.households.need[i] * w.params.reserveDays + savings);
  w.producers.revenue[0 * CHANNELS.length] = revenue;
  w.producers.costs[0] = 500_000;
  w.t = 30;
  return { w, i };
}

describe('entry (economy 2)', () => {
  it('a household with the capital and a profitable tie starts the same product', () => {
    const { w, i } = entryWorld(entryCapital(tinyWorld({ economy: 2 }), 0) + 1, 900_000);
    enterBusinesses(w);
    const p = w.households.producer[i];
    expect(p).toBeGreaterThan(0);
    expect(w.producers.product[p]).toBe(w.producers.product[0]);
    expect(w.producers.active[p]).toBe(1);
  });

  it('a household without the capital does not start one', () => {
    const { w, i } = entryWorld(0, 900_000);
    enterBusinesses(w);
    expect(w.households.producer[i]).toBe(-1);
  });

  it('a household whose tie runs a loss-making business does not start one', () => {
    const { w, i } = entryWorld(5_000_000, 300_000);
    enterBusinesses(w);
    expect(w.households.producer[i]).toBe(-1);
  });
});
