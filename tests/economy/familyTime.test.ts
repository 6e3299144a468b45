import { describe, expect, it } from 'vitest';
import { LIMIT } from '../../src/rules/finance.js';
import { familyWorkerDays, hireWorker } from '../../src/rules/labour.js';
import { production } from '../../src/rules/production.js';
import { checkLedger } from '../../src/world/ledger.js';
import type { World } from '../../src/world/world.js';
import { labourWorld } from '../helpers/labour.js';
import { setStock } from '../helpers/world.js';

/**
 * A tiny economy-2 village of 4 households whose producer's owner gives the business `time` of her
 * day; it plans `sales` packs a day and has a poor kin neighbour it can hire (Rp 40,000 a day, which
 * a worker-day of 30 packs at about Rp 1,600 margin each pays).
 */
function familyWorld(time: number, sales: number): { w: World; p: number; poor: number } {
  return labourWorld({
    scenario: {
      households: { work_days_per_month: 30, income_volatility: 0 },
      labour: { family_workers: 1, wage_per_day: 40_000, family_time: time, hire_share: 0.34 },
    },
    spare: 2_000_000,
    materials: 5000,
    sales,
    kin: true,
  });
}

/** Runs days 1..`days` of production, each after `sales` packs left the stock kept at its target. */
function runDays(w: World, p: number, days: number, sales: number): void {
  const target = Math.floor(w.producers.demandEma[p] * w.params.stockDays);
  for (let d = 1; d <= days; d++) {
    setStock(w.products, w.producerStock0 + p, target - sales);
    w.producers.batches.fill(0);
    w.t = d;
    production(w);
    checkLedger(w.money, w.t);
  }
}

describe("family labour limited by the family's other work (economy 2)", () => {
  it("binds: an owner giving half her day makes half a worker-day's packs, and a hired worker's day is paid for the rest", () => {
    const { w, p, poor } = familyWorld(0.5, 40);
    expect(familyWorkerDays(w, p)).toBe(0.5);
    runDays(w, p, 1, 40);
    expect(w.producers.produced[p]).toBe(15);
    expect(w.producers.labourBits[p] & 1).toBe(1);
    hireWorker(w, p);
    w.producers.produced[p] = 0;
    runDays(w, p, 1, 40);
    // Half the owner's day and one hired day: 45 packs could be made, 40 are wanted.
    expect(w.producers.produced[p]).toBe(40);
    expect(w.households.incomeWage[poor]).toBe(w.params.wagePerDay);
  });

  it('binds: a business whose family time falls short of its sales most days hires a neighbour', () => {
    const { w, p, poor } = familyWorld(0.5, 25);
    // The weekly review first sees 10 active days on day 14.
    runDays(w, p, 14, 25);
    expect(w.producers.hired[p]).toBe(1);
    expect(w.households.employer[poor]).toBe(p);
  });

  it('does not bind: with whole days the same sales need no hire', () => {
    const { w, p } = familyWorld(1, 25);
    runDays(w, p, 14, 25);
    expect(w.producers.hired[p]).toBe(0);
    expect(w.producers.labourBits[p]).toBe(0);
  });

  it('does not bind: small sales are made within half a day and a hired worker is not paid', () => {
    const { w, p, poor } = familyWorld(0.5, 10);
    hireWorker(w, p);
    runDays(w, p, 1, 10);
    expect(w.producers.produced[p]).toBe(10);
    expect(w.households.incomeWage[poor]).toBe(0);
    expect(w.producers.labourBits[p] & 1).toBe(0);
    expect(LIMIT.labour).not.toBe(LIMIT.demand);
  });
});
