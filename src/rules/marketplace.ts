/**
 * Social 2: buyers from outside the village on marketplaces and social media. Each village draws
 * its day's orders from a finite pool (`digital.marketplace_orders_per_day`, times the demand
 * conditions); each order goes to one of the village's online sellers with chance in proportion to
 * its reach (online contacts plus one), who sells if it has stock and its price suits the buyer
 * (the outside price response) and its hamlet's signal carries the order. The platform's fee and
 * the courier are paid out of each sale, so more sellers share the same buyers. Online orders draw
 * from their own stream (`rule:online`), so a run without online buyers draws every other sale alike.
 */
import { draw, poisson } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { TIE_CLASS } from '../world/network.js';
import { CHANNEL } from '../world/producers.js';
import { takeFromHome } from '../world/stock.js';
import type { World } from '../world/world.js';
import { businessAccount, recordCost, recordRevenue, recordSale } from './business.js';
import { outsideDemandFactor } from './demand.js';

/**
 * Groups today's online sellers by village, each village's in producer order, into the scratch
 * lists: one pass over the producers a day, where looking through all of them for every order made
 * a region's day grow with the square of its villages.
 */
function groupSellers(w: World): void {
  const pr = w.producers;
  const village = w.households.village;
  const villages = w.scenario.population.villages;
  const { onlineSellers: sellers, onlineSellerStart: start, onlineSellerNext: next } = w.scratch;
  start.fill(0);
  for (let p = 0; p < pr.count; p++) if (pr.active[p] === 1 && pr.adopted[p] === 1) start[village[pr.household[p]] + 1]++;
  for (let v = 0; v < villages; v++) {
    start[v + 1] += start[v];
    next[v] = start[v];
  }
  for (let p = 0; p < pr.count; p++) if (pr.active[p] === 1 && pr.adopted[p] === 1) sellers[next[village[pr.household[p]]]++] = p;
}

/** The online seller of village v that order `u` (a uniform draw) reaches, by reach; -1 if none. */
function pickSeller(w: World, v: number, u: number): number {
  const pr = w.producers;
  const sellers = w.scratch.onlineSellers;
  const start = w.scratch.onlineSellerStart;
  let total = 0;
  for (let k = start[v]; k < start[v + 1]; k++) total += pr.digitalContacts[sellers[k]] + 1;
  let x = u * total;
  for (let k = start[v]; k < start[v + 1]; k++) {
    x -= pr.digitalContacts[sellers[k]] + 1;
    if (x < 0) return sellers[k];
  }
  return -1;
}

/** The day's marketplace and social-media orders of every village. */
export function marketplaceSales(w: World): void {
  if (w.t > w.params.onlineBuyersLast) return;
  const pr = w.producers;
  const par = w.params;
  const rng = w.rng.online;
  groupSellers(w);
  for (let v = 0; v < w.scenario.population.villages; v++) {
    const orders = poisson(rng, par.marketplaceOrders * w.conditions.demandFactor);
    for (let o = 0; o < orders; o++) {
      const p = pickSeller(w, v, draw(rng));
      const take = draw(rng);
      if (p < 0 || pr.stock[p] <= 0) continue;
      if (take >= Math.min(1, outsideDemandFactor(w, p)) * w.signal[w.households.hamlet[pr.household[p]]]) continue;
      sellOnlineOrder(w, p);
    }
  }
}

/** One online order from a producer's home stock: outside buyers pay for the packs, the producer pays the platform's fee and the courier. */
export function sellOnlineOrder(w: World, p: number): void {
  const par = w.params;
  const packs = takeFromHome(w, p, par.unitsPerOrder, w.goods.outsideBuyers);
  const value = packs * w.producers.price[p];
  transfer(w.money, w.outside.online, businessAccount(w, p), value);
  recordRevenue(w, p, CHANNEL.digital, value, TIE_CLASS.bridging);
  recordSale(w, p, CHANNEL.digital, value, packs);
  const fees = Math.floor(value * par.platformFee) + par.shippingCost;
  transfer(w.money, businessAccount(w, p), w.outside.platform, fees);
  recordCost(w, p, fees);
}
