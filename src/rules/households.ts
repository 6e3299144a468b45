/**
 * Step 6 of the day: households earn from informal work (less on a day a member worked for a wage),
 * meet basic needs first (borrowing when
 * cash falls short, up to a limit, then eating into their business's working capital), repay debt
 * (under economy 2 lenders also write part of it off), and spend part of what they hold above a
 * buffer. A household's day touches only its own accounts, so households go in index order.
 *
 * This is the hottest loop of a run. It books the household's side of every transfer on the
 * ledger's columns directly, while the outside accounts' sides (employers, sellers, lenders) are
 * summed and booked once after the loop: every transfer is still two-sided and the end-of-tick
 * check sees the same flows. It makes no calls with money arguments, so it allocates nothing.
 */
import { drawMany } from '../rng.js';
import type { World } from '../world/world.js';

/** Informal work, consumption, savings and debt for every household. */
export function householdsDay(w: World): void {
  const h = w.households;
  const p = w.params;
  const { balance, inflow, outflow } = w.money;
  const rng = w.rng.households;
  const { wage, informalShare, wageDay, returnedDay, need, buffer, held, debt, incomeInformal, consumption, unmetNeed, producer } = h;
  const today = w.t;
  // A member who worked today for a wage in a neighbour's business did not do informal work, unless
  // a returnee without work did the day (rules/labour.ts forgoneShare).
  const keepOnWageDay = 1 - w.scenario.labour.forgone_share;
  const business0 = w.accounts.business0;
  const pWork = p.workProbability;
  const volatility = p.incomeVolatility;
  const limitDays = p.borrowingLimitDays;
  const repayShare = p.repaymentShare;
  const writeOff = p.debtWriteOff;
  const propensity = p.dailyPropensity;
  let earnedTotal = 0;
  let spentTotal = 0;
  let borrowedNet = 0;
  const draws = w.scratch.householdDraws;
  const informalFactor = w.conditions.informalFactor;
  drawMany(rng, draws, h.count);
  // Household i's money account is i: the household block comes first in the money ledger.
  // Borrowing, drawing on the business, repaying and spending above the buffer are computed for
  // every household, as amounts that are zero when they do not apply, rather than behind branches
  // that the first days rarely take: code optimised before a branch has run is thrown away when
  // it first runs, several times over in a short run.
  for (let i = 0; i < h.count; i++) {
    // One draw decides both whether the household works today and how much it earns.
    const u = draws[i];
    let cash = balance[i];
    let received = 0;
    if (u < pWork) {
      const share = wageDay[i] === today && returnedDay[i] < 0 ? informalShare[i] * keepOnWageDay : informalShare[i];
      const earned = Math.round(wage[i] * share * informalFactor * (1 + volatility * ((2 * u) / pWork - 1)));
      cash += earned;
      received += earned;
      earnedTotal += earned;
      incomeInformal[i] += earned;
    }
    const needToday = need[i];
    const borrow = Math.max(0, Math.min(needToday - cash, needToday * limitDays - debt[i]));
    cash += borrow;
    received += borrow;
    borrowedNet += borrow;
    let owed = debt[i] + borrow;
    // Past its borrowing limit, a family eats into its business's working capital.
    const b = producer[i];
    if (b >= 0) {
      const take = Math.max(0, Math.min(needToday - cash, Math.floor(balance[business0 + b])));
      balance[business0 + b] -= take;
      outflow[business0 + b] += take;
      cash += take;
      received += take;
    }
    const basic = Math.min(cash, needToday);
    cash -= basic;
    unmetNeed[i] += needToday - basic;
    const repay = Math.min(owed, Math.floor(Math.max(0, cash - needToday) * repayShare));
    cash -= repay;
    owed -= repay;
    borrowedNet -= repay;
    // Informal lenders stop collecting part of what a family cannot repay: without it debt only
    // fills towards the borrowing limit and never settles. Written off, not paid: no money moves.
    owed -= Math.floor(owed * writeOff);
    const extra = Math.floor(Math.max(0, cash - buffer[i] - held[i]) * propensity);
    cash -= extra;
    consumption[i] += basic + extra;
    spentTotal += basic + extra;
    balance[i] = cash;
    inflow[i] += received;
    outflow[i] += basic + repay + extra;
    debt[i] = owed;
  }
  book(w, w.outside.employers, -earnedTotal);
  book(w, w.outside.sellers, spentTotal);
  book(w, w.outside.lenders, -borrowedNet);
}

/** Books the outside side of the loop's transfers: `net` rupiah into (or, negative, out of) an account. */
function book(w: World, account: number, net: number): void {
  const m = w.money;
  m.balance[account] += net;
  if (net >= 0) m.inflow[account] += net;
  else m.outflow[account] -= net;
}
