/**
 * Economy 2, entry (docs/model.md "Entry and exit"): at each period end a household without a business
 * that holds the capital to start one (`restart_cash_days` of production cost at half the opening
 * sales, above its buffer and reserve) and has a bonding tie running a home industry that made a
 * profit this period starts the same product with the chance `finance.entry_rate` (imitation of
 * a successful tie), in one of the producer table's spare rows, provided the village's warungs
 * still have shelf room for it: shelves are the market's capacity, so entry stops when they are
 * full and resumes when a failed business frees its places.
 */
import { draw, type Rng } from '../rng.js';
import { peerTies, supplierTies, warungTies } from '../world/ties.js';
import { NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import { forgoneShare } from './labour.js';
import { closeLender, helpChance, lendToBusiness } from './obligations.js';
import { CHANNELS, noteFull } from '../world/producers.js';
import type { World } from '../world/world.js';

/** Producer p's profit this period so far, rupiah; -Infinity when it is not running. */
function periodProfit(w: World, p: number): number {
  const pr = w.producers;
  if (pr.active[p] === 0) return Number.NEGATIVE_INFINITY;
  let revenue = 0;
  for (let c = 0; c < CHANNELS.length; c++) revenue += pr.revenue[p * CHANNELS.length + c];
  return revenue - pr.costs[p];
}

/**
 * Informal earnings household i would give up over the period by running a business, rupiah
 * (labour has a price: the owner's days come out of informal work, unless a returnee's: rules/labour.ts).
 * At today's informal earnings: in a crisis that lowers them (`informal_factor`), the work a
 * business replaces pays less too, so a business is not judged against wages nobody is paid.
 */
export function forgoneEarnings(w: World, i: number): number {
  return forgoneShare(w, i) * w.households.wage[i] * w.conditions.informalFactor * w.params.workProbability * w.scenario.period_days;
}

/** Capital household i needs to start product `product`, rupiah. */
export function entryCapital(w: World, product: number): number {
  const cat = w.catalog;
  const unit = cat.materialsPerUnit[product] * cat.materialPrice[cat.material[product]] + cat.otherCost[product];
  return unit * (w.scenario.home_industries.initial_sales_per_day / 2) * w.params.restartCashDays;
}

/**
 * The product of household i's most trusted bonding tie running a business whose profit this
 * period beats what i would give up in informal earnings to run it; -1 if none.
 */
export function productToImitate(w: World, i: number): number {
  const forgone = forgoneEarnings(w, i);
  const net = w.net;
  const h = w.households;
  let best = -1;
  let bestTrust = -1;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0 || net.tieClass[e] !== TIE_CLASS.bonding) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household || h.producer[j] < 0 || periodProfit(w, h.producer[j]) <= Math.max(0, forgone)) continue;
    if (net.trust[e] > bestTrust) {
      best = w.producers.product[h.producer[j]];
      bestTrust = net.trust[e];
    }
  }
  return best;
}

/** Household i starts a home industry making `product` in the next spare row; its producer id. */
function startBusiness(w: World, i: number, product: number, rng: Rng): number {
  const pr = w.producers;
  const p = pr.count++;
  pr.household[p] = i;
  w.households.producer[i] = p;
  pr.product[p] = product;
  pr.price[p] = w.catalog.price[product];
  pr.workers[p] = 1;
  pr.active[p] = 1;
  pr.salesEma[p] = w.scenario.home_industries.initial_sales_per_day / 2;
  pr.demandEma[p] = pr.salesEma[p];
  w.households.informalShare[i] = 1 - forgoneShare(w, i);
  supplierTies(w, rng, p);
  warungTies(w, rng, p);
  peerTies(w, rng, p);
  return p;
}

/** Warungs of village v with a free shelf slot. */
export function warungsWithRoom(w: World, village: number): number {
  const wr = w.warungs;
  const perVillage = w.scenario.population.warungs;
  let n = 0;
  for (let k = village * perVillage; k < (village + 1) * perVillage; k++) if (wr.occupied[k] < wr.slots) n++;
  return n;
}

/** At a period end (before its accounts are cleared): households with capital and a product start businesses. */
export function enterBusinesses(w: World): void {
  const h = w.households;
  const pr = w.producers;
  // Once the table has been found full, nobody can start: no need to look for who would.
  if (w.params.entryRate <= 0 || (pr.count >= pr.capacity && pr.fullDay >= 0)) return;
  const rng = w.streams.get('rule:entry');
  const par = w.params;
  // As many warungs with room as a business starts with (fewer only in a village with fewer warungs).
  const need = Math.max(1, Math.min(w.scenario.network.producer_warungs, w.scenario.population.warungs));
  for (let i = 0; i < h.count; i++) {
    if (h.producer[i] >= 0) continue;
    // A new business needs shelves to sell from: with the village's warungs full, there is no room.
    if (warungsWithRoom(w, h.village[i]) < need) continue;
    const product = productToImitate(w, i);
    if (product < 0) continue;
    const spare = Math.max(0, h.cash[i] - h.buffer[i] - h.need[i] * par.reserveDays);
    const gap = Math.ceil(entryCapital(w, product) - spare);
    // What its savings do not cover, a close tie may lend (reciprocity), unless the family is
    // already at its borrowing limit; so families without savings start businesses too, short of cash.
    let lender = -1;
    if (gap > 0) {
      if (par.reciprocity <= 0 || h.debt[i] >= h.need[i] * par.borrowingLimitDays) continue;
      lender = closeLender(w, i, gap);
      if (lender < 0) continue;
    }
    if (draw(rng) >= par.entryRate) continue;
    if (lender >= 0 && draw(rng) >= helpChance(w, lender, otherEnd(w.net, lender, i))) continue;
    if (pr.count >= pr.capacity) {
      // The run's producer table is full (`finance.entry_rows`): the run says so (manifest, notes).
      noteFull(pr, w.t);
      return;
    }
    const p = startBusiness(w, i, product, rng);
    if (lender >= 0) lendToBusiness(w, p, lender, gap);
  }
}
