/**
 * Business bookkeeping of home industries: revenue by channel and costs, recorded both on the
 * producer (for the channel decomposition) and as the household's home-industry income.
 */
import { transfer } from '../world/ledger.js';
import { CHANNELS } from '../world/producers.js';
import type { World } from '../world/world.js';

/** Records `amount` rupiah received by producer p through a channel (CHANNEL) and over a tie of a class (TIE_CLASS). */
export function recordRevenue(w: World, p: number, channel: number, amount: number, tieClass: number): void {
  w.producers.revenue[p * CHANNELS.length + channel] += amount;
  w.producers.revenueByClass[p * 3 + tieClass] += amount;
  w.households.incomeHomeIndustry[w.producers.household[p]] += amount;
}

/** Records the retail value of packs of producer p sold to final buyers through a channel. */
export function recordSale(w: World, p: number, channel: number, value: number, packsLeftProducer: number): void {
  w.producers.salesValue[p * CHANNELS.length + channel] += value;
  w.producers.soldToday[p] += packsLeftProducer;
}

/** Records a business cost of producer p, rupiah. */
export function recordCost(w: World, p: number, amount: number): void {
  w.producers.costs[p] += amount;
  w.households.incomeHomeIndustry[w.producers.household[p]] -= amount;
}

/** Cash household i can spare today, keeping `reserveDays` of basic need. */
export function spendableCash(w: World, i: number): number {
  return Math.max(0, w.households.cash[i] - w.households.need[i] * w.params.reserveDays);
}

/** Money account of producer p's working capital. */
export function businessAccount(w: World, p: number): number {
  return w.accounts.business0 + p;
}

/**
 * Cash producer p can spend, whole rupiah: its working capital (economy 1), or under economy 2 its
 * takings not yet swept plus its household's cash above `reserve_days` of need (one pool).
 */
export function businessCash(w: World, p: number): number {
  const own = Math.floor(w.producers.capital[p]);
  if (!w.params.economy2) return own;
  return Math.max(0, own) + Math.floor(spendableCash(w, w.producers.household[p]));
}

/** Pays `amount` rupiah for producer p's business: from its takings first, then (economy 2) from its household. */
export function payForBusiness(w: World, p: number, to: number, amount: number): void {
  const from = businessAccount(w, p);
  if (!w.params.economy2) {
    transfer(w.money, from, to, amount);
    return;
  }
  const own = Math.min(amount, Math.max(0, Math.floor(w.producers.capital[p])));
  if (own > 0) transfer(w.money, from, to, own);
  if (amount > own) transfer(w.money, w.producers.household[p], to, amount - own);
}
