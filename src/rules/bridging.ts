/**
 * Step 4, continued (social 2, docs/model.md "Social capital by function"): what bridging ties bring.
 * A home industry's ties to peer communities elsewhere (groups in other villages and towns, migrant
 * and returnee communities) pass its packs to resellers and bazaars outside the village: orders
 * of `reseller_order_packs` arrive from each such tie at `social_capital.reseller_orders_per_month`, scaled by the outside
 * buyers' response to price and by the conditions of the day, and the reseller keeps its margin.
 * This demand is finite (it grows with ties, not with output) and new money: it comes from outside.
 * From the `rule:bridging` stream, so it leaves every other rule's draws as they were.
 * Bridging ties also bring price information: a home industry whose household holds one knows what
 * its packs fetch in town and leans its price towards that (`townPriceLean`).
 */
import { poisson } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { LAYER, TIE_CLASS } from '../world/network.js';
import { CHANNEL, CHANNELS } from '../world/producers.js';
import { takeFromHome } from '../world/stock.js';
import type { World } from '../world/world.js';
import { businessAccount, recordRevenue, recordSale } from './business.js';
import { outsideDemandFactor } from './demand.js';
import { touchTie } from './trust.js';

/** Living ties of node i to peer communities elsewhere. */
export function peerCommunityTies(w: World, i: number): number {
  const net = w.net;
  let n = 0;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1 && (net.layers[e] & LAYER.peer) !== 0) n++;
  }
  return n;
}

/** The k-th peer-community tie of node i is refreshed by an order over it. */
function touchPeer(w: World, i: number, k: number): void {
  const net = w.net;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1 && (net.layers[e] & LAYER.peer) !== 0 && k-- === 0) {
      touchTie(w, e);
      return;
    }
  }
}

/** Orders from resellers and bazaars outside the village over bridging ties, for every running producer with packs. */
export function bridgingOrders(w: World): void {
  if (!w.net.byFunction) return;
  const cfg = w.scenario.social_capital;
  const perDay = cfg.reseller_orders_per_month / 30;
  if (perDay <= 0) return;
  const pr = w.producers;
  const rng = w.streams.get('rule:bridging');
  const order = w.scratch.producerOrder;
  for (let n = 0; n < pr.count; n++) {
    const p = order[n];
    if (pr.active[p] === 0 || pr.stock[p] <= 0) continue;
    const i = pr.household[p];
    const ties = peerCommunityTies(w, i);
    if (ties === 0) continue;
    const orders = poisson(rng, ties * perDay * w.conditions.demandFactor * outsideDemandFactor(w, p));
    for (let o = 0; o < orders && pr.stock[p] > 0; o++) {
      const packs = takeFromHome(w, p, cfg.reseller_order_packs, w.goods.outsideBuyers);
      const value = packs * pr.price[p];
      const paid = value - Math.floor(value * cfg.reseller_margin);
      transfer(w.money, w.outside.visitors, businessAccount(w, p), paid);
      recordRevenue(w, p, CHANNEL.market, paid, TIE_CLASS.bridging);
      recordSale(w, p, CHANNEL.market, value, packs);
      touchPeer(w, i, o % ties);
    }
  }
}

/** Whether node i holds a living bridging tie (to peers elsewhere, online buyers, contacts met at markets). */
function holdsBridgingTie(w: World, i: number): boolean {
  const net = w.net;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1 && net.tieClass[e] === TIE_CLASS.bridging) return true;
  }
  return false;
}

/**
 * Social 2: factor on producer p's price from what its bridging ties tell it of the town price,
 * 1 + `town_price_premium` x the share of its last period's revenue from outside buyers when its
 * household holds a bridging tie; 1 without one (it prices on the village's signals alone).
 */
export function townPriceLean(w: World, p: number): number {
  if (!w.net.byFunction) return 1;
  const share = w.producers.outsideShare[p];
  const premium = w.scenario.social_capital.town_price_premium;
  if (share === 0 || premium === 0 || !holdsBridgingTie(w, w.producers.household[p])) return 1;
  return 1 + premium * share;
}

/** Social 2, at a period end before its accounts are cleared: each producer's share of revenue from outside buyers (market and online channels). */
export function noteOutsideShares(w: World): void {
  if (!w.net.byFunction) return;
  const pr = w.producers;
  const n = CHANNELS.length;
  for (let p = 0; p < pr.count; p++) {
    let all = 0;
    for (let c = 0; c < n; c++) all += pr.revenue[p * n + c];
    const outside = pr.revenue[p * n + CHANNEL.market] + pr.revenue[p * n + CHANNEL.digital];
    pr.outsideShare[p] = all > 0 ? Math.min(1, Math.max(0, outside / all)) : 0;
  }
}
