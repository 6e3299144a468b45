/**
 * Business bookkeeping of home industries: revenue by channel and costs, recorded both on the
 * producer (for the channel decomposition) and as the household's home-industry income.
 */
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

/** Working capital producer p can spend, whole rupiah. */
export function businessCash(w: World, p: number): number {
  return Math.floor(w.producers.capital[p]);
}
