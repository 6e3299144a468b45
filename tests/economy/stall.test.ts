import { describe, expect, it } from 'vitest';
import { businessAccount } from '../../src/rules/business.js';
import { hireWorker, releaseAll, staffStall } from '../../src/rules/labour.js';
import { checkLedger } from '../../src/world/ledger.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tieWithTrust, tinyWorld } from '../helpers/world.js';

/**
 * A tiny economy-2 village of 4 households on a market day: the producer has `family` family
 * workers who give it `time` of their day, sells 10 packs a day (a third of a worker-day) and has a
 * poor kin neighbour; `cash` is what its pool holds beyond the family's reserve.
 */
function stallWorld(family: number, time: number, cash = 1_000_000): { w: World; p: number; poor: number } {
  const w = tinyWorld({
    economy: 2,
    labour: { family_workers: family, wage_per_day: 40_000, family_time: time },
    population: { households: 4, poor_households: 2 },
    network: { supplier_credit: false },
    home_industries: { workers_max: 4 },
  });
  const p = 0;
  const pr = w.producers;
  releaseAll(w, p);
  pr.workers[p] = family;
  const i = pr.household[p];
  setCash(w, i, w.households.need[i] * w.params.reserveDays + cash);
  setStock(w.money, businessAccount(w, p), 0);
  pr.salesEma[p] = 10;
  const poor = [0, 1, 2, 3].find((j) => j !== i && w.households.poorAtStart[j] === 1) as number;
  tieWithTrust(w, i, poor, 0.5, LAYER.kin);
  w.t = 5;
  return { w, p, poor };
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
