import { describe, expect, it } from 'vitest';
import { hireWorker, staffStall } from '../../src/rules/labour.js';
import { checkLedger } from '../../src/world/ledger.js';
import type { World } from '../../src/world/world.js';
import { labourWorld } from '../helpers/labour.js';

/**
 * A tiny economy-2 village of 4 households on a market day: the producer has `family` family
 * workers who give it `time` of their day, sells 10 packs a day (a third of a worker-day) and has a
 * poor kin neighbour; `cash` is what its pool holds beyond the family's reserve.
 */
function stallWorld(family: number, time: number, cash = 1_000_000): { w: World; p: number; poor: number } {
  const world = labourWorld({
    scenario: { labour: { family_workers: family, wage_per_day: 40_000, family_time: time } },
    spare: cash,
    kin: true,
  });
  world.w.producers.workers[world.p] = family;
  world.w.producers.salesEma[world.p] = 10;
  world.w.t = 5;
  return world;
}

describe('market stalls need a person all day (economy 2)', () => {
  it('binds: an owner with part of her day for the business pays a poor neighbour to keep the stall', () => {
    const { w, p, poor } = stallWorld(1, 0.7);
    staffStall(w, p);
    checkLedger(w.money, w.t);
    expect(w.households.incomeWage[poor]).toBe(w.params.wagePerDay);
    expect(w.households.wageDay[poor]).toBe(w.t);
    // A helper for the day, not a standing hire.
    expect(w.producers.hired[p]).toBe(0);
  });

  it('binds: a hired worker already paid in the kitchen today is not paid twice; nobody else tied means no helper', () => {
    const { w, p, poor } = stallWorld(1, 0.7);
    hireWorker(w, p);
    w.households.wageDay[poor] = w.t;
    staffStall(w, p);
    expect(w.households.incomeWage[poor]).toBe(0);
  });

  it('does not bind: a family with a whole day to spare beyond its production keeps the stall itself', () => {
    const { w, p, poor } = stallWorld(2, 1);
    staffStall(w, p);
    expect(w.households.incomeWage[poor]).toBe(0);
  });

  it('does not bind: without a day of wages in the pool the family keeps the stall', () => {
    const { w, p, poor } = stallWorld(1, 0.7, 0);
    staffStall(w, p);
    expect(w.households.incomeWage[poor]).toBe(0);
  });
});
