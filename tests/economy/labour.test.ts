import { describe, expect, it } from 'vitest';
import { householdsDay } from '../../src/rules/households.js';
import { hireWorker } from '../../src/rules/labour.js';
import { production } from '../../src/rules/production.js';
import { checkLedger } from '../../src/world/ledger.js';
import { LAYER, TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { labourWorld as sharedLabourWorld } from '../helpers/labour.js';
import { tieWithTrust } from '../helpers/world.js';

/** A tiny economy-2 village of 4 households; the producer has no hired workers yet and plans `sales` packs a day. */
function labourWorld(sales: number, spare: number, wage = 40_000): { w: World; p: number; i: number } {
  const { w, p, i } = sharedLabourWorld({
    scenario: {
      // Every day a working day at the household's wage, so informal earnings are known to the rupiah.
      households: { work_days_per_month: 30, income_volatility: 0 },
      // A worker-day of the tiny world's product makes 30 packs at a margin of about Rp 1,600 each; the
      // owner gives the business whole days here (tests/economy/familyTime.test.ts covers part days).
      labour: { family_workers: 1, wage_per_day: wage, family_time: 1 },
    },
    spare,
    materials: 1000,
    sales,
  });
  w.households.informalShare[i] = 1 - w.scenario.labour.forgone_share;
  return { w, p, i };
}

/** Households other than the producer's, the poor one first. */
function neighbours(w: World, i: number): number[] {
  const others = [0, 1, 2, 3].filter((j) => j !== i);
  return others.sort((a, b) => w.households.poorAtStart[b] - w.households.poorAtStart[a]);
}

/** A business with a poor kin neighbour hired, after one day of production (day 1). */
function hiredKinDay(sales: number, spare: number, wage?: number): { w: World; p: number; poor: number } {
  const { w, p, i } = labourWorld(sales, spare, wage);
  const [poor] = neighbours(w, i);
  tieWithTrust(w, i, poor, 0.5, LAYER.kin);
  hireWorker(w, p);
  w.t = 1;
  production(w);
  return { w, p, poor };
}

describe('labour with a price (economy 2)', () => {
  it('a business hires through bonding ties, a poor household before a better-trusted non-poor one', () => {
    const { w, p, i } = labourWorld(40, 1_000_000);
    const [poor, , rich] = neighbours(w, i);
    expect(w.households.poorAtStart[poor]).toBe(1);
    expect(w.households.poorAtStart[rich]).toBe(0);
    tieWithTrust(w, i, poor, 0.4, LAYER.kin);
    tieWithTrust(w, i, rich, 0.9, LAYER.neighbour);
    expect(hireWorker(w, p)).toBe(true);
    expect(w.households.employer[poor]).toBe(p);
    expect(w.producers.workers[p]).toBe(2);
    // Being hired costs the household nothing until a member works: it forgoes informal work on paid days only.
    expect(w.households.informalShare[poor]).toBe(1);
  });

  it('a household without a bonding tie to the owner is not hired', () => {
    const { w, p, i } = labourWorld(40, 1_000_000);
    for (const j of neighbours(w, i)) {
      const e = tieWithTrust(w, i, j, 0.9, LAYER.business);
      w.net.layers[e] = LAYER.business;
      w.net.tieClass[e] = TIE_CLASS.bridging;
    }
    expect(hireWorker(w, p)).toBe(false);
  });

  it('hired workers are paid in cash on days their labour is needed, raising output', () => {
    const { w, p, i } = labourWorld(40, 1_000_000);
    const [poor] = neighbours(w, i);
    tieWithTrust(w, i, poor, 0.5, LAYER.kin);
    w.t = 1;
    production(w);
    const alone = w.producers.produced[p];
    expect(alone).toBe(30); // one worker's day in the tiny world
    hireWorker(w, p);
    const cashBefore = w.households.cash[poor];
    w.producers.produced[p] = 0;
    w.t = 2;
    production(w);
    checkLedger(w.money, w.t);
    expect(w.producers.produced[p]).toBeGreaterThan(alone);
    expect(w.households.cash[poor] - cashBefore).toBe(w.params.wagePerDay);
    expect(w.households.incomeWage[poor]).toBe(w.params.wagePerDay);
  });

  it('a hired worker is not used when a day of work does not pay the wage', () => {
    const { w, p, poor } = hiredKinDay(40, 1_000_000, 60_000);
    expect(w.producers.produced[p]).toBe(30);
    expect(w.households.incomeWage[poor]).toBe(0);
    expect(w.producers.cashLimitedDays[p]).toBe(0);
  });

  it('a hired worker is not paid on a day one pair of hands covers the planned output', () => {
    const { w, p, poor } = hiredKinDay(2, 1_000_000);
    expect(w.producers.produced[p]).toBe(8);
    expect(w.households.incomeWage[poor]).toBe(0);
  });

  it('wages the pool cannot pay make the day cash-limited', () => {
    const { w, p, poor } = hiredKinDay(40, 30_000);
    expect(w.households.incomeWage[poor]).toBe(0);
    expect(w.producers.cashLimitedDays[p]).toBe(1);
  });

  it("a worker's household forgoes informal earnings on a day it works for a wage", () => {
    const { w, poor } = hiredKinDay(40, 1_000_000);
    expect(w.households.incomeWage[poor]).toBe(w.params.wagePerDay);
    householdsDay(w);
    const keep = 1 - w.scenario.labour.forgone_share;
    expect(w.households.incomeInformal[poor]).toBe(Math.round(w.households.wage[poor] * keep));
  });

  it("a worker's household keeps its informal earnings on a day its hands are not needed", () => {
    const { w, poor } = hiredKinDay(2, 1_000_000);
    expect(w.households.incomeWage[poor]).toBe(0);
    householdsDay(w);
    expect(w.households.incomeInformal[poor]).toBe(Math.round(w.households.wage[poor]));
  });
});
