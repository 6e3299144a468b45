import { describe, expect, it } from 'vitest';
import { enterBusinesses, entryCapital, forgoneEarnings, warungsWithRoom } from '../../src/rules/entry.js';
import { CHANNELS } from '../../src/world/producers.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, tieWithTrust, tinyWorld } from '../helpers/world.js';

/**
 * A tiny economy-2 village where household `i` is tied by kin to the producer, whose period ended
 * with a profit of `profit` over what `i` would forgo in informal earnings to run a business (costs
 * Rp 500,000). The owner holds `ownerSpare` rupiah above its buffer and reserve, to lend.
 */
function entryWorld(savings: number, profit: number, ownerSpare = 0): { w: World; i: number; owner: number } {
  const w = tinyWorld({ economy: 2, finance: { entry_rate: 1 }, population: { households: 4, poor_households: 1 } });
  const owner = w.producers.household[0];
  const i = [0, 1, 2, 3].find((j) => j !== owner)!;
  const h = w.households;
  const e = tieWithTrust(w, i, owner, 0.8, LAYER.kin);
  // A full-strength kin tie lends whenever the lender can spare the sum (help chance 1).
  w.net.layers[e] |= LAYER.kin;
  w.net.strength[e] = 1;
  for (let j = 0; j < 4; j++) setCash(w, j, 0);
  setCash(w, i, h.buffer[i] + h.need[i] * w.params.reserveDays + savings);
  setCash(w, owner, h.buffer[owner] + h.need[owner] * w.params.reserveDays + ownerSpare);
  w.producers.revenue[0 * CHANNELS.length] = Math.round(500_000 + forgoneEarnings(w, i) + profit);
  w.producers.costs[0] = 500_000;
  w.t = 30;
  return { w, i, owner };
}

describe('entry (economy 2)', () => {
  it('a household with the capital and a profitable tie starts the same product', () => {
    const { w, i } = entryWorld(entryCapital(tinyWorld({ economy: 2 }), 0) + 1, 100_000);
    enterBusinesses(w);
    const p = w.households.producer[i];
    expect(p).toBeGreaterThan(0);
    expect(w.producers.product[p]).toBe(w.producers.product[0]);
    expect(w.producers.active[p]).toBe(1);
  });

  it('a household without the capital, and no close tie able to lend it, does not start one', () => {
    const { w, i } = entryWorld(0, 100_000);
    enterBusinesses(w);
    expect(w.households.producer[i]).toBe(-1);
  });

  it('a household without savings starts one on capital a close tie lends, owing it', () => {
    const capital = entryCapital(tinyWorld({ economy: 2 }), 0);
    const { w, i, owner } = entryWorld(0, 100_000, capital * 2);
    const ownerCash = w.households.cash[owner];
    enterBusinesses(w);
    const p = w.households.producer[i];
    expect(p).toBeGreaterThan(0);
    expect(w.producers.helper[p]).toBe(owner);
    expect(w.producers.helpOwed[p]).toBe(Math.ceil(capital));
    // Other neighbours of the owner may borrow too: the owner gave up what its borrowers owe it.
    let lent = 0;
    for (let q = 0; q < w.producers.count; q++) if (w.producers.helper[q] === owner) lent += w.producers.helpOwed[q];
    expect(ownerCash - w.households.cash[owner]).toBe(lent);
  });

  it('a household whose tie runs a loss-making business does not start one', () => {
    const { w, i } = entryWorld(5_000_000, -forgoneEarnings(tinyWorld({ economy: 2 }), 0) - 200_000);
    enterBusinesses(w);
    expect(w.households.producer[i]).toBe(-1);
  });

  it('a profit below the informal earnings the household would forgo does not draw it in', () => {
    const { w, i } = entryWorld(5_000_000, -1000);
    expect(forgoneEarnings(w, i)).toBeGreaterThan(1000);
    enterBusinesses(w);
    expect(w.households.producer[i]).toBe(-1);
  });

  it('with every warung of the village showing as many producers as it can, nobody starts one', () => {
    const capital = entryCapital(tinyWorld({ economy: 2 }), 0);
    const room = entryWorld(capital + 1, 100_000);
    const full = entryWorld(capital + 1, 100_000);
    const wr = full.w.warungs;
    for (let k = 0; k < wr.count; k++) wr.occupied[k] = wr.slots;
    expect(warungsWithRoom(full.w, 0)).toBe(0);
    expect(warungsWithRoom(room.w, 0)).toBeGreaterThan(0);
    enterBusinesses(room.w);
    enterBusinesses(full.w);
    expect(room.w.households.producer[room.i]).toBeGreaterThan(0);
    expect(full.w.households.producer[full.i]).toBe(-1);
  });

  it('with no row left in the producer table, a would-be entrant starts nothing and the day is kept; with room, none is', () => {
    const capital = entryCapital(tinyWorld({ economy: 2 }), 0);
    const room = entryWorld(capital + 1, 100_000);
    const full = entryWorld(capital + 1, 100_000);
    // Fill the spare rows as businesses started earlier would have.
    full.w.producers.count = full.w.producers.capacity;
    enterBusinesses(room.w);
    enterBusinesses(full.w);
    expect(room.w.households.producer[room.i]).toBeGreaterThan(0);
    expect(room.w.producers.fullDay).toBe(-1);
    expect(full.w.households.producer[full.i]).toBe(-1);
    expect(full.w.producers.fullDay).toBe(30);
    // The first day is the one kept.
    full.w.t = 60;
    enterBusinesses(full.w);
    expect(full.w.producers.fullDay).toBe(30);
  });
});
