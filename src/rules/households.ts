/**
 * Step 6 of the day: households earn from informal work, meet basic needs first (borrowing when
 * cash falls short, up to a limit), repay debt, and spend part of what they hold above a buffer.
 * A household's day touches only its own accounts, so households go in index order.
 */
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';

/** Informal work, consumption, savings and debt for every household. */
export function householdsDay(w: World): void {
  const h = w.households;
  const p = w.params;
  const money = w.money;
  const rng = w.rng.households;
  const { employers, sellers, lenders } = w.outside;
  const pWork = p.workProbability;
  for (let i = 0; i < h.count; i++) {
    // One draw decides both whether the household works today and how much it earns.
    const u = rng();
    if (u < pWork) {
      const earned = Math.round(h.wage[i] * (1 + p.incomeVolatility * ((2 * u) / pWork - 1)));
      transfer(money, employers, i, earned);
      h.incomeInformal[i] += earned;
    }

    const need = h.need[i];
    if (h.cash[i] < need) {
      const room = need * p.borrowingLimitDays - h.debt[i];
      const borrow = Math.min(need - h.cash[i], room);
      if (borrow > 0) {
        transfer(money, lenders, i, borrow);
        h.debt[i] += borrow;
      }
      // Past its borrowing limit, a family eats into its business's working capital.
      const producer = h.producer[i];
      if (h.cash[i] < need && producer >= 0) {
        const take = Math.min(need - h.cash[i], Math.floor(w.producers.capital[producer]));
        if (take > 0) transfer(money, w.accounts.business0 + producer, i, take);
      }
    }
    const basic = Math.min(need, h.cash[i]);
    transfer(money, i, sellers, basic);
    h.consumption[i] += basic;
    h.unmetNeed[i] += need - basic;

    if (h.debt[i] > 0 && h.cash[i] > need) {
      const repay = Math.min(h.debt[i], Math.floor((h.cash[i] - need) * p.repaymentShare));
      transfer(money, i, lenders, repay);
      h.debt[i] -= repay;
    }

    const excess = h.cash[i] - h.buffer[i];
    if (excess > 0) {
      const spend = Math.floor(excess * p.dailyPropensity);
      transfer(money, i, sellers, spend);
      h.consumption[i] += spend;
    }
  }
}
