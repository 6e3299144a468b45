/** Bonding help to a business under social 2: working capital in a cash crunch, kept in the business, restart sized on opening sales. */
import { describe, expect, it } from 'vitest';
import { poolBusinessCash } from '../../src/rules/finance.js';
import { production } from '../../src/rules/production.js';
import { settlement } from '../../src/rules/settlement.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tieWithTrust } from '../helpers/world.js';
import { socialWorld } from './helpers.js';

const RICH = 50_000_000;

/** A tiny world whose one business has materials but no cash at all, and a kin tie to a household with savings that always helps. */
function starvedBusiness(social: 1 | 2, keptShare = 1): { w: World; lender: number } {
  const w = socialWorld({ home_industries: { help_kept_share: keptShare } }, social);
  const pr = w.producers;
  const i = pr.household[0];
  const lender = i === 0 ? 1 : 0;
  const e = tieWithTrust(w, i, lender, 0.9, LAYER.kin);
  w.net.strength[e] = 1;
  w.net.balance[e] = 0;
  setCash(w, i, 0);
  setStock(w.money, w.accounts.business0, 0);
  setCash(w, lender, RICH);
  setStock(w.materials, w.producerMaterial0, 50);
  setStock(w.products, w.producerStock0, 0);
  pr.salesEma[0] = 10;
  pr.demandEma[0] = 10;
  return { w, lender };
}

describe('working capital lent in a cash crunch (social 2)', () => {
  it('binds: a business that cash stopped gets capital from a bonding tie, kept in its account', () => {
    const { w, lender } = starvedBusiness(2);
    production(w);
    const pr = w.producers;
    expect(pr.helper[0]).toBe(lender);
    expect(pr.helpOwed[0]).toBeGreaterThan(0);
    expect(pr.capital[0]).toBe(pr.helpOwed[0]);
    expect(w.households.cash[lender]).toBe(RICH - pr.helpOwed[0]);
  });

  it('does not bind under social 1, nor for a business that cash does not stop', () => {
    const one = starvedBusiness(1);
    production(one.w);
    expect(one.w.producers.helpOwed[0]).toBe(0);
    const funded = starvedBusiness(2);
    setCash(funded.w, funded.w.producers.household[0], RICH);
    production(funded.w);
    expect(funded.w.producers.helpOwed[0]).toBe(0);
    expect(funded.w.households.cash[funded.lender]).toBe(RICH);
  });
});

describe('lent capital stays in the business until repaid (social 2)', () => {
  /** The business holds `capital` rupiah of which `owed` were lent, `keptShare` of it kept; what pooling leaves in it. */
  function leftAfterPooling(social: 1 | 2, capital: number, owed: number, keptShare = 1): number {
    const { w } = starvedBusiness(social, keptShare);
    setStock(w.money, w.accounts.business0, capital);
    w.producers.helpOwed[0] = owed;
    poolBusinessCash(w, 0);
    return w.producers.capital[0];
  }

  it('binds: takings above the loan go to the family, the loan stays', () => {
    expect(leftAfterPooling(2, 300_000, 200_000)).toBe(200_000);
  });

  it('binds in part: only `help_kept_share` of the loan stays, the rest goes to the family', () => {
    expect(leftAfterPooling(2, 300_000, 200_000, 0.6)).toBe(120_000);
    expect(leftAfterPooling(2, 300_000, 200_000, 0.25)).toBe(50_000);
  });

  it('binds for microcredit too: the share of what is owed on it stays with the business', () => {
    const { w } = starvedBusiness(2, 0.5);
    setStock(w.money, w.accounts.business0, 2_500_000);
    w.producers.microDebt[0] = 2_000_000;
    w.producers.helpOwed[0] = 200_000;
    poolBusinessCash(w, 0);
    expect(w.producers.capital[0]).toBe(1_100_000);
    expect(w.households.cash[w.producers.household[0]]).toBe(1_400_000);
  });

  it('does not bind without a loan, nor under social 1', () => {
    expect(leftAfterPooling(2, 300_000, 0)).toBe(0);
    expect(leftAfterPooling(1, 300_000, 200_000)).toBe(0);
    expect(leftAfterPooling(2, 300_000, 200_000, 0)).toBe(0);
  });

  /** After a loan in a cash crunch, a weekly settlement with the family holding `cash`: what is still owed and what the business holds. */
  function afterSettlement(cash: number): { owed: number; capital: number; lent: number } {
    const { w } = starvedBusiness(2);
    const pr = w.producers;
    production(w);
    const lent = pr.helpOwed[0];
    setCash(w, pr.household[0], cash);
    w.t = 7 * Math.ceil((w.t + 1) / 7);
    settlement(w);
    return { owed: pr.helpOwed[0], capital: pr.capital[0], lent };
  }

  it('is repaid from the family cash above its reserve, never from the lent capital itself', () => {
    const broke = afterSettlement(0);
    expect(broke.lent).toBeGreaterThan(0);
    expect(broke.owed).toBe(broke.lent);
    expect(broke.capital).toBe(broke.lent);
    const saved = afterSettlement(RICH);
    expect(saved.owed).toBe(0);
    // Nothing is owed any longer, so pooling sweeps the capital to the family.
    expect(saved.capital).toBe(0);
  });
});

describe('restart capital planned on opening sales (social 2)', () => {
  /** Restart capital lent to the failed business after its remembered sales fell to `ema` packs a day. */
  function restartLoan(social: 1 | 2, ema: number): number {
    const { w } = starvedBusiness(social);
    const pr = w.producers;
    pr.active[0] = 0;
    pr.closedDay[0] = -1_000_000;
    pr.salesEma[0] = ema;
    production(w);
    return pr.helpOwed[0];
  }

  it('binds: a business whose remembered sales faded borrows for half the opening sales, not for one pack a day', () => {
    const opening = socialWorld().scenario.home_industries.initial_sales_per_day / 2;
    const faded = restartLoan(2, 0.1);
    expect(faded).toBeGreaterThan(0);
    expect(restartLoan(1, 0.1) * opening).toBeCloseTo(faded, -1);
  });

  it('does not bind when its remembered sales are above the opening sales', () => {
    expect(restartLoan(2, 20)).toBe(restartLoan(1, 20));
  });
});
