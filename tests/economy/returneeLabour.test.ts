/** A returnee's days: the returnee comes home without work, so the days given to a business were not the household's informal work. */
import { describe, expect, it } from 'vitest';
import { forgoneEarnings } from '../../src/rules/entry.js';
import { householdsDay } from '../../src/rules/households.js';
import { hireWorker, releaseAll } from '../../src/rules/labour.js';
import { closeFailed, reviewLosses } from '../../src/rules/prices.js';
import { production } from '../../src/rules/production.js';
import { businessAccount } from '../../src/rules/business.js';
import { LAYER } from '../../src/world/network.js';
import { CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { labourWorld } from '../helpers/labour.js';
import { setCash, setStock, tieWithTrust, tinyWorld } from '../helpers/world.js';

/** A tiny economy-2 village of 4 households whose one business runs a day (day 1); its owner's household came back from abroad on day 0 when `returned`. */
function ownerDay(returned: boolean): { w: World; i: number } {
  const { w, p, i } = labourWorld({
    scenario: { households: { work_days_per_month: 30, income_volatility: 0 }, labour: { family_workers: 1, family_time: 1 } },
    spare: 10_000_000,
    materials: 1000,
    sales: 10,
  });
  if (returned) w.households.returnedDay[i] = 0;
  w.t = 1;
  production(w);
  expect(w.producers.produced[p]).toBeGreaterThan(0);
  householdsDay(w);
  return { w, i };
}

describe("a returnee's days in a business", () => {
  it("binds: a household whose migrant came back keeps all its informal earnings while the returnee's business runs", () => {
    const { w, i } = ownerDay(true);
    expect(w.households.incomeInformal[i]).toBe(Math.round(w.households.wage[i]));
    expect(forgoneEarnings(w, i)).toBe(0);
  });

  it("does not bind: any other owner's household forgoes `labour.forgone_share` of them", () => {
    const { w, i } = ownerDay(false);
    const keep = 1 - w.scenario.labour.forgone_share;
    expect(w.households.incomeInformal[i]).toBe(Math.round(w.households.wage[i] * keep));
    expect(forgoneEarnings(w, i)).toBeGreaterThan(0);
  });

  /** Whether the business is still open after three periods of revenue Rp 10,000 above its costs, its owner a returnee or not. */
  function openAfterThinProfits(returned: boolean): boolean {
    // Without reciprocity no tie carries a loss month (7.20), so the exit rule alone decides.
    const w = tinyWorld({ economy: 2, finance: { loss_periods: 3 }, principles: { reciprocity: { enabled: false } } });
    if (returned) w.households.returnedDay[w.producers.household[0]] = 0;
    for (let k = 0; k < 3; k++) {
      w.t += 30;
      w.producers.revenue[0 * CHANNELS.length] = 510_000;
      w.producers.costs[0] = 500_000;
      reviewLosses(w);
      closeFailed(w);
    }
    return w.producers.active[0] === 1;
  }

  it("binds: a returnee's business that pays anything above its costs is no loss and stays open", () => {
    expect(openAfterThinProfits(true)).toBe(true);
  });

  it('does not bind: the same thin profit, below the informal work an owner gave up, closes any other business', () => {
    expect(openAfterThinProfits(false)).toBe(false);
  });

  /** Informal earnings on day 1 of a neighbour hired by the business (a returnee's household when `returned`) who worked that day for a wage. */
  function hiredDay(returned: boolean): { earned: number; wage: number; full: number } {
    const w = tinyWorld({
      economy: 2,
      households: { work_days_per_month: 30, income_volatility: 0 },
      labour: { family_workers: 1, wage_per_day: 40_000, family_time: 1 },
      population: { households: 4, poor_households: 2 },
      network: { supplier_credit: false },
      home_industries: { workers_max: 4 },
    });
    const p = 0;
    releaseAll(w, p);
    const i = w.producers.household[p];
    const j = i === 0 ? 1 : 0;
    tieWithTrust(w, i, j, 0.5, LAYER.kin);
    if (returned) w.households.returnedDay[j] = 0;
    setCash(w, i, 10_000_000);
    setStock(w.money, businessAccount(w, p), 0);
    setStock(w.materials, w.producerMaterial0 + p, 1000);
    setStock(w.products, w.producerStock0 + p, 0);
    w.producers.batches.fill(0);
    w.producers.consigned[p] = 0;
    w.producers.salesEma[p] = 40;
    w.producers.demandEma[p] = 40;
    expect(hireWorker(w, p)).toBe(true);
    expect(w.households.employer[j]).toBe(p);
    w.t = 1;
    production(w);
    householdsDay(w);
    return { earned: w.households.incomeInformal[j], wage: w.households.incomeWage[j], full: Math.round(w.households.wage[j]) };
  }

  it("binds: a returnee's household hired for a day keeps its informal earnings besides the wage", () => {
    const day = hiredDay(true);
    expect(day.wage).toBeGreaterThan(0);
    expect(day.earned).toBe(day.full);
  });

  it("does not bind: another worker's household gives up part of its informal earnings that day", () => {
    const day = hiredDay(false);
    expect(day.wage).toBeGreaterThan(0);
    expect(day.earned).toBeLessThan(day.full);
  });
});
