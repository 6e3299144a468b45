import { describe, expect, it } from 'vitest';
import { production } from '../../src/rules/production.js';
import { businessAccount, businessCash } from '../../src/rules/business.js';
import { considerEquipment, countDays, markConstrainedAtStart, recordLimit, LIMIT } from '../../src/rules/finance.js';
import { settlement } from '../../src/rules/settlement.js';
import { checkLedger, transfer } from '../../src/world/ledger.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tinyWorld } from '../helpers/world.js';

/** A tiny economy-2 world whose one producer plans `sales` packs a day and whose household holds `spare` rupiah above its reserve. */
function producerWorld(sales: number, spare: number): { w: World; p: number } {
  const w = tinyWorld({ economy: 2, network: { supplier_credit: false } });
  const p = 0;
  const pr = w.producers;
  const i = pr.household[p];
  setCash(w, i, w.households.need[i] * w.params.reserveDays + spare);
  setStock(w.money, businessAccount(w, p), 0);
  setStock(w.materials, w.producerMaterial0 + p, 1000);
  setStock(w.products, w.producerStock0 + p, 0);
  pr.batches.fill(0);
  pr.salesEma[p] = sales;
  pr.demandEma[p] = sales;
  pr.consigned[p] = 0;
  pr.workers[p] = 2;
  return { w, p };
}

/** Packs made in one day of production, with or without a microcredit loan of `loan` rupiah first. */
function packsMade(sales: number, spare: number, loan: number): { packs: number; cashDays: number } {
  const { w, p } = producerWorld(sales, spare);
  if (loan > 0) transfer(w.money, w.outside.microcredit, businessAccount(w, p), loan);
  w.t = 1;
  production(w);
  checkLedger(w.money, w.t);
  return { packs: w.producers.produced[p], cashDays: w.producers.cashLimitedDays[p] };
}

describe('capital binds (economy 2)', () => {
  it('business and household cash are one pool: the business spends household cash above the reserve', () => {
    const { w, p } = producerWorld(10, 50_000);
    expect(businessCash(w, p)).toBe(50_000);
    const i = w.producers.household[p];
    const before = w.households.cash[i];
    w.t = 1;
    production(w);
    // Other inputs (Rp 1,000 a pack in the tiny world) came out of the household's cash.
    expect(w.households.cash[i]).toBe(before - w.producers.produced[p] * 1000);
  });

  it('credit raises the output of a producer whom cash limits, and the day counts as cash-limited', () => {
    const without = packsMade(10, 5_000, 0);
    const withCredit = packsMade(10, 5_000, 500_000);
    expect(without.packs).toBe(5);
    expect(without.cashDays).toBe(1);
    expect(withCredit.packs).toBeGreaterThan(without.packs);
    expect(withCredit.cashDays).toBe(0);
  });

  it('credit does not raise the output of a producer whom demand limits', () => {
    const without = packsMade(2, 1_000_000, 0);
    const withCredit = packsMade(2, 1_000_000, 500_000);
    expect(without.packs).toBe(8);
    expect(withCredit.packs).toBe(without.packs);
    expect(without.cashDays).toBe(0);
  });

  it('takings join the household pool at settlement, and the household holds back cash for the business', () => {
    const { w, p } = producerWorld(10, 0);
    const i = w.producers.household[p];
    setStock(w.money, businessAccount(w, p), 70_000);
    const before = w.households.cash[i];
    w.t = 1;
    settlement(w);
    expect(w.producers.capital[p]).toBe(0);
    expect(w.households.cash[i]).toBe(before + 70_000);
    expect(w.households.held[i]).toBeGreaterThan(0);
  });

  it('a household whose business cash limited a third of its last 30 days is constrained at the start', () => {
    const { w, p } = producerWorld(10, 0);
    for (let d = 0; d < 30; d++) recordLimit(w, p, d % 3 === 0 ? LIMIT.cash : LIMIT.demand);
    markConstrainedAtStart(w);
    expect(w.producers.constrainedAtStart[p]).toBe(1);
    for (let d = 0; d < 30; d++) recordLimit(w, p, d % 4 === 0 ? LIMIT.cash : LIMIT.demand);
    markConstrainedAtStart(w);
    expect(w.producers.constrainedAtStart[p]).toBe(0);
    expect(countDays(w.producers.activeBits[p])).toBe(30);
  });

  it('a business that the last loss review closes at day 0 is in neither cohort', () => {
    const { w, p } = producerWorld(10, 0);
    for (let d = 0; d < 30; d++) recordLimit(w, p, LIMIT.cash);
    w.producers.lossPeriods[p] = w.params.lossPeriods;
    markConstrainedAtStart(w);
    expect(w.producers.constrainedAtStart[p]).toBe(-1);
    w.producers.lossPeriods[p] = w.params.lossPeriods - 1;
    markConstrainedAtStart(w);
    expect(w.producers.constrainedAtStart[p]).toBe(1);
  });
});

describe('equipment (economy 2)', () => {
  function labourBound(spare: number): World {
    const { w, p } = producerWorld(40, spare);
    for (let d = 0; d < 30; d++) recordLimit(w, p, LIMIT.labour);
    considerEquipment(w, p);
    checkLedger(w.money, w.t);
    return w;
  }

  it('a business whose workers limit output buys equipment when its pool pays for it', () => {
    const w = labourBound(5_000_000);
    expect(w.producers.equipped[0]).toBe(1);
  });

  it('a business without the cash does not buy equipment', () => {
    const w = labourBound(100_000);
    expect(w.producers.equipped[0]).toBe(0);
  });

  it('a business whose workers never limit output does not buy equipment', () => {
    const { w, p } = producerWorld(40, 5_000_000);
    for (let d = 0; d < 30; d++) recordLimit(w, p, LIMIT.demand);
    considerEquipment(w, p);
    expect(w.producers.equipped[p]).toBe(0);
  });
});
