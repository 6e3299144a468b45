/**
 * Step 6 of the day: households earn from informal work, meet basic needs first (borrowing when
 * cash falls short, up to a limit, then eating into their business's working capital), repay debt,
 * and spend part of what they hold above a buffer. A household's day touches only its own
 * accounts, so households go in index order.
 *
 * This is the hottest loop of a run. It books the household's side of every transfer on the
 * ledger's columns directly, while the outside accounts' sides (employers, sellers, lenders) are
 * summed and booked once after the loop: every transfer is still two-sided and the end-of-tick
 * check sees the same flows. It makes no calls with money arguments and keeps its running totals in
 * typed slots, so it allocates nothing.
 */
import { drawMany } from '../rng.js';
import type { World } from '../world/world.js';

/** Running totals of a day's loop: earned, spent, borrowed net of repaid (typed slots, so they stay unboxed doubles). */
const TOTALS = new Float64Array(3);

/** Informal work, consumption, savings and debt for every household. */
export function householdsDay(w: World): void {
  const h = w.households;
  const p = w.params;
  const { balance, inflow, outflow } = w.money;
  const rng = w.rng.households;
  const { wage, need, buffer, debt, incomeInformal, consumption, unmetNeed, producer } = h;
  const business0 = w.accounts.business0;
  const pWork = p.workProbability;
  const volatility = p.incomeVolatility;
  const limitDays = p.borrowingLimitDays;
  const repayShare = p.repaymentShare;
  const propensity = p.dailyPropensity;
  const totals = TOTALS;
  totals.fill(0);
  const draws = w.scratch.householdDraws;
  drawMany(rng, draws, h.count);
  // Household i's money account is i: the household block comes first in the money ledger.
  for (let i = 0; i < h.count; i++) {
    // One draw decides both whether the household works today and how much it earns.
    const u = draws[i];
    if (u < pWork) {
      const earned = Math.round(wage[i] * (1 + volatility * ((2 * u) / pWork - 1)));
      balance[i] += earned;
      inflow[i] += earned;
      totals[0] += earned;
      incomeInformal[i] += earned;
    }
    const needToday = need[i];
    if (balance[i] < needToday) {
      const borrow = Math.min(needToday - balance[i], needToday * limitDays - debt[i]);
      if (borrow > 0) {
        balance[i] += borrow;
        inflow[i] += borrow;
        totals[2] += borrow;
        debt[i] += borrow;
      }
      // Past its borrowing limit, a family eats into its business's working capital.
      const b = producer[i];
      if (balance[i] < needToday && b >= 0) {
        const take = Math.min(needToday - balance[i], Math.floor(balance[business0 + b]));
        if (take > 0) {
          balance[business0 + b] -= take;
          outflow[business0 + b] += take;
          balance[i] += take;
          inflow[i] += take;
        }
      }
    }
    const basic = Math.min(balance[i], needToday);
    balance[i] -= basic;
    outflow[i] += basic;
    unmetNeed[i] += needToday - basic;
    consumption[i] += basic;
    totals[1] += basic;
    if (debt[i] > 0 && balance[i] > needToday) {
      const repay = Math.min(debt[i], Math.floor((balance[i] - needToday) * repayShare));
      balance[i] -= repay;
      outflow[i] += repay;
      totals[2] -= repay;
      debt[i] -= repay;
    }
    const excess = balance[i] - buffer[i];
    if (excess > 0) {
      const extra = Math.floor(excess * propensity);
      balance[i] -= extra;
      outflow[i] += extra;
      consumption[i] += extra;
      totals[1] += extra;
    }
  }
  book(w, w.outside.employers, -totals[0]);
  book(w, w.outside.sellers, totals[1]);
  book(w, w.outside.lenders, -totals[2]);
}

/** Books the outside side of the loop's transfers: `net` rupiah into (or, negative, out of) an account. */
function book(w: World, account: number, net: number): void {
  const m = w.money;
  m.balance[account] += net;
  if (net >= 0) m.inflow[account] += net;
  else m.outflow[account] -= net;
}
