/** Ties carry a business through a bad spell (social 2): a loss that would close it is made up by a bonding tie. */
import { describe, expect, it } from 'vitest';
import { forgoneEarnings } from '../../src/rules/entry.js';
import { owedBy } from '../../src/rules/obligations.js';
import { closeFailed, reviewLosses } from '../../src/rules/prices.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, tieWithTrust } from '../helpers/world.js';
import { socialWorld } from './helpers.js';

const RICH = 50_000_000;
const COSTS = 500_000;

/** A business that paid its family before and now loses; a kin tie of this strength to a household with savings. */
function losingBusiness(strength: number, social: 1 | 2 = 2): { w: World; helper: number; tie: number } {
  const w = socialWorld({ finance: { loss_periods: 1 } }, social);
  const pr = w.producers;
  const i = pr.household[0];
  const helper = i === 0 ? 1 : 0;
  const tie = tieWithTrust(w, i, helper, 0.9, LAYER.kin);
  w.net.strength[tie] = strength;
  w.net.balance[tie] = 0;
  setCash(w, helper, RICH);
  pr.paidFamily[0] = 1;
  return { w, helper, tie };
}

/** Ends one period of losses (no revenue, `COSTS` of costs): reviewed, then closed if it failed. */
function losePeriod(w: World): void {
  w.t += 30;
  w.producers.costs[0] = COSTS;
  reviewLosses(w);
  closeFailed(w);
}

describe('ties carry a business through a loss that would close it (social 2)', () => {
  it('binds: a strong bonding tie makes up what the business paid the family below its informal earnings, and it stays open', () => {
    const { w, helper, tie } = losingBusiness(1);
    const i = w.producers.household[0];
    const shortfall = Math.ceil(forgoneEarnings(w, i) + COSTS);
    const before = w.households.cash[i];
    losePeriod(w);
    expect(w.producers.active[0]).toBe(1);
    expect(w.producers.periodFailures[0]).toBe(0);
    expect(w.households.cash[helper]).toBe(RICH - shortfall);
    expect(w.households.cash[i]).toBe(before + shortfall);
    expect(owedBy(w, tie, helper)).toBe(-shortfall);
  });

  it('does not bind with a tie of no strength, for a start that never paid its family, or under social 1', () => {
    const weak = losingBusiness(0);
    losePeriod(weak.w);
    expect(weak.w.producers.active[0]).toBe(0);
    expect(weak.w.households.cash[weak.helper]).toBe(RICH);
    const fresh = losingBusiness(1);
    fresh.w.producers.paidFamily[0] = 0;
    losePeriod(fresh.w);
    expect(fresh.w.producers.active[0]).toBe(0);
    const one = losingBusiness(1, 1);
    losePeriod(one.w);
    expect(one.w.producers.active[0]).toBe(0);
  });

  it("fails when the losses last too long: what the family owes the tie ends its help within a month of the helper's need", () => {
    const { w, helper, tie } = losingBusiness(1);
    const shortfall = forgoneEarnings(w, w.producers.household[0]) + COSTS;
    const patience = Math.ceil((w.households.need[helper] * 30) / shortfall);
    let periods = 0;
    while (w.producers.active[0] === 1 && periods < patience + 2) {
      losePeriod(w);
      periods++;
    }
    expect(periods).toBeGreaterThan(1);
    expect(periods).toBeLessThanOrEqual(patience + 1);
    expect(w.producers.active[0]).toBe(0);
    expect(w.households.cash[helper]).toBeGreaterThan(RICH / 2);
    expect(owedBy(w, tie, helper)).toBeLessThan(0);
  });
});
