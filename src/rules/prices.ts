/**
 * Economy 2, prices and exit (docs/model.md "Home industries"): a producer sets its price on cost with
 * the mark-up of its product's starting price, passing `finance.pass_through` of a change in unit
 * cost (material prices) into it, and moves it by `finance.price_step` a week when unsold stock
 * piles up or stock runs short. A business with a loss in `finance.loss_periods` periods in a row
 * closes, leaving its debts; it may start again after `finance.reopen_days`. A loss is a profit
 * below the informal earnings the owner's days replaced (`forgoneEarnings`). Under social 2 a
 * producer with a bridging tie also leans its price towards the town price (`townPriceLean`).
 */
import { CHANNELS } from '../world/producers.js';
import type { World } from '../world/world.js';
import { townPriceLean } from './bridging.js';
import { releaseAll } from './labour.js';
import { forgoneEarnings } from './entry.js';
import { carryThroughLoss } from './obligations.js';

const MIN_FACTOR = 0.8;
const MAX_FACTOR = 1.2;

/** Unit cost of producer p's pack at today's material prices, rupiah. */
export function unitCost(w: World, p: number): number {
  const product = w.producers.product[p];
  const cat = w.catalog;
  const material = cat.materialsPerUnit[product] * cat.materialPrice[cat.material[product]] * w.conditions.materialPriceFactor;
  return material + cat.otherCost[product];
}

/** Weekly: producer p's price from its cost and its stock. */
export function adjustPrice(w: World, p: number): void {
  const pr = w.producers;
  const par = w.params;
  const cost = unitCost(w, p);
  if (pr.baseUnitCost[p] === 0) pr.baseUnitCost[p] = cost;
  const held = pr.stock[p] + pr.consigned[p];
  const target = Math.max(1, pr.salesEma[p]) * par.stockDays;
  if (held > target * 1.5) pr.stockPriceFactor[p] = Math.max(MIN_FACTOR, pr.stockPriceFactor[p] * (1 - par.priceStep));
  else if (held < target * 0.5) pr.stockPriceFactor[p] = Math.min(MAX_FACTOR, pr.stockPriceFactor[p] * (1 + par.priceStep));
  const base = w.catalog.price[pr.product[p]] * (1 + par.passThrough * (cost / pr.baseUnitCost[p] - 1)) * townPriceLean(w, p);
  // Never below cost plus a sliver: a producer would rather keep its packs.
  pr.price[p] = Math.round(Math.max(cost * 1.05, base * pr.stockPriceFactor[p]));
}

/**
 * At a period's end, before its metrics row: whether each running business made a loss this period;
 * one with `loss_periods` in a row fails now, counted in this period's failures (its losses were
 * this period's), and closes when the period is closed (`closeFailed`). Under social 2 a loss that
 * would close a business that paid the family in some period since it (re)started is first taken to
 * its bonding ties (`carryThroughLoss`): made up by one, the month is not one the family bore, and
 * the business goes on to the next period's review.
 */
export function reviewLosses(w: World): void {
  const pr = w.producers;
  const limit = w.params.lossPeriods;
  const carry = w.params.social2 && w.params.reciprocity > 0;
  const rng = w.streams.get('rule:holding');
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] === 0) continue;
    let revenue = 0;
    for (let c = 0; c < CHANNELS.length; c++) revenue += pr.revenue[p * CHANNELS.length + c];
    // A loss is a profit below what the owner's days would have earned in informal work (the
    // opportunity cost entry weighs too), so a business that credit keeps liquid but that pays the
    // family less than its other work closes as it would have without the credit.
    const shortfall = forgoneEarnings(w, pr.household[p]) - (revenue - pr.costs[p]);
    pr.lossPeriods[p] = shortfall > 0 ? pr.lossPeriods[p] + 1 : 0;
    if (shortfall <= 0) pr.paidFamily[p] = 1;
    if (pr.lossPeriods[p] < limit) continue;
    // Ties carry a business that has shown it can pay the family through a bad spell, not a start
    // that never paid: kin do not pour good money after bad.
    if (carry && pr.paidFamily[p] === 1 && carryThroughLoss(w, p, shortfall, rng)) {
      pr.lossPeriods[p] = limit - 1;
      continue;
    }
    pr.failures[p]++;
    pr.periodFailures[p]++;
  }
}

/** At a period end, after its row: businesses that `reviewLosses` found failing close, leaving their debts. */
export function closeFailed(w: World): void {
  const pr = w.producers;
  const limit = w.params.lossPeriods;
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] === 0 || pr.lossPeriods[p] < limit) continue;
    pr.active[p] = 0;
    pr.lossPeriods[p] = 0;
    pr.closedDay[p] = w.t;
    releaseAll(w, p);
  }
}

/** Whether producer p, closed for losses, may start again today. */
export function mayReopen(w: World, p: number): boolean {
  return w.t - w.producers.closedDay[p] >= w.params.reopenDays;
}
