/**
 * Step 4 of the day: sales through warungs. Producers top up their shelf slots in the warungs they
 * are tied to: on consignment (titip jual) when the warung trusts them and consignment is practised,
 * else the warung buys a few packs outright at a deeper discount. Village households buy packs at
 * their own warung within their budget; buyers from outside stop at warungs too.
 */
import { poisson, randomOrder } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { NODE_KIND, otherEnd } from '../world/network.js';
import { CHANNEL } from '../world/producers.js';
import { freeSlot, findSlot } from '../world/warungs.js';
import type { World } from '../world/world.js';
import { businessAccount, recordRevenue, recordSale } from './business.js';
import { lastTakenDay, openSlot, placeInSlot, takeFromHome, takeOneFromSlot } from './stock.js';
import { touchTie } from './trust.js';

/** Cash warung k can spend on outright purchases: what it holds beyond what it owes producers. */
function warungSpendable(w: World, k: number): number {
  const wr = w.warungs;
  let owed = 0;
  for (let q = k * wr.slots; q < (k + 1) * wr.slots; q++) owed += wr.slotOwed[q];
  return wr.cash[k] - owed;
}

/** Slots of warung k holding packs it bought outright. */
function ownedSlots(w: World, k: number): number {
  const wr = w.warungs;
  let n = 0;
  for (let q = k * wr.slots; q < (k + 1) * wr.slots; q++) if (wr.slotProducer[q] >= 0 && wr.slotOwned[q] === 1) n++;
  return n;
}

/** Producer p restocks its slot at warung k (tie e), opening one if the warung has room. */
function restockWarung(w: World, p: number, k: number, e: number): void {
  const wr = w.warungs;
  const par = w.params;
  let q = findSlot(wr, k, p);
  if (q < 0) {
    q = freeSlot(wr, k);
    if (q < 0) return;
    if (par.consignment ? w.net.trust[e] < par.consignTrust : ownedSlots(w, k) >= par.outrightSlots) return;
    openSlot(w, k, q, p, !par.consignment);
  }
  // Some packs stay at home for neighbours and online buyers.
  const spare = w.producers.stock[p] - Math.ceil(w.producers.salesEma[p] * par.homeReserveDays);
  if (spare <= 0) return;
  if (wr.slotOwned[q] === 0) {
    if (wr.slotStock[q] * 2 >= par.slotCapacity) return;
    const packs = takeFromHome(w, p, Math.min(spare, par.slotCapacity - wr.slotStock[q]), w.slot0 + q);
    if (packs === 0) return;
    placeInSlot(w, q, packs, lastTakenDay);
    w.producers.consigned[p] += packs;
    touchTie(w, e);
    return;
  }
  if (wr.slotStock[q] * 2 >= par.outrightCapacity) return;
  const price = Math.round(w.catalog.price[w.producers.product[p]] * (1 - par.outrightMargin));
  const affordable = price > 0 ? Math.floor(warungSpendable(w, k) / price) : 0;
  const packs = takeFromHome(w, p, Math.min(spare, affordable, par.outrightCapacity - wr.slotStock[q]), w.slot0 + q);
  if (packs === 0) return;
  placeInSlot(w, q, packs, lastTakenDay);
  transfer(w.money, w.accounts.warung0 + k, businessAccount(w, p), packs * price);
  recordRevenue(w, p, CHANNEL.warung, packs * price);
  w.producers.soldToday[p] += packs;
  touchTie(w, e);
}

function restockWarungs(w: World): void {
  const pr = w.producers;
  const net = w.net;
  const order = w.scratch.producerOrder;
  randomOrder(w.rng.schedule, order, pr.count);
  for (let n = 0; n < pr.count; n++) {
    const p = order[n];
    if (pr.stock[p] === 0) continue;
    const i = pr.household[p];
    const end = net.adjStart[i] + net.adjLen[i];
    for (let a = net.adjStart[i]; a < end && pr.stock[p] > 0; a++) {
      const e = net.adj[a];
      if (net.alive[e] === 0) continue;
      const j = otherEnd(net, e, i);
      if (net.nodeKind[j] === NODE_KIND.warung) restockWarung(w, p, j - w.nodes.warung0, e);
    }
  }
}

/** One pack from slot q of warung k to a buyer paying from money account `payer` into goods account `to`. */
function sellFromSlot(w: World, k: number, q: number, payer: number, to: number): number {
  const wr = w.warungs;
  const p = wr.slotProducer[q];
  const price = w.catalog.price[w.producers.product[p]];
  transfer(w.money, payer, w.accounts.warung0 + k, price);
  takeOneFromSlot(w, q, to);
  if (wr.slotOwned[q] === 0) {
    wr.slotOwed[q] += Math.round(price * (1 - wr.margin[k]));
    w.producers.consigned[p]--;
    recordSale(w, p, CHANNEL.warung, price, 1);
  } else {
    recordSale(w, p, CHANNEL.warung, price, 0);
  }
  return price;
}

/**
 * Where a buyer at warung k ends up: `pick` in [0, 1) chooses the place on the shelf they look at;
 * if it is empty they take another stocked product with the substitution chance (the fraction of
 * the same draw decides), else the sale is lost. Returns the slot, or -1.
 */
function chosenSlot(w: World, k: number, pick: number): number {
  const wr = w.warungs;
  const scaled = pick * wr.slots;
  const first = Math.floor(scaled);
  if (wr.slotStock[k * wr.slots + first] > 0) return k * wr.slots + first;
  if (scaled - first >= w.params.substitution) return -1;
  for (let n = 1; n < wr.slots; n++) {
    const q = k * wr.slots + ((first + n) % wr.slots);
    if (wr.slotStock[q] > 0) return q;
  }
  return -1;
}

function householdBuys(w: World, i: number, u: number): void {
  const h = w.households;
  const chance = w.params.snackProbability * w.conditions.demandFactor * Math.min(1, h.cash[i] / (h.need[i] * 10 + 1));
  if (u >= chance) return;
  const k = h.warung[i];
  // The same draw, rescaled, picks where on the shelf the household looks.
  const q = chosenSlot(w, k, u / chance);
  if (q < 0) return;
  const price = w.catalog.price[w.producers.product[w.warungs.slotProducer[q]]];
  if (h.cash[i] < price + h.need[i]) return;
  h.consumption[i] += sellFromSlot(w, k, q, i, w.goods.consumers);
}

function householdPurchases(w: World): void {
  const n = w.households.count;
  const rng = w.rng.sales;
  // Households shop in a rotation that starts at a random household each day: no one is always
  // first at the shelf, and memory is read in order.
  const start = Math.floor(w.rng.schedule() * n);
  for (let i = start; i < n; i++) householdBuys(w, i, rng());
  for (let i = 0; i < start; i++) householdBuys(w, i, rng());
}

function outsideBuyers(w: World): void {
  const wr = w.warungs;
  const rng = w.rng.sales;
  const order = w.scratch.warungOrder;
  randomOrder(w.rng.schedule, order, wr.count);
  for (let n = 0; n < order.length; n++) {
    const k = order[n];
    const buyers = poisson(rng, w.params.outsideBuyersPerDay * w.conditions.demandFactor);
    for (let b = 0; b < buyers; b++) {
      const q = chosenSlot(w, k, rng());
      if (q < 0) continue;
      sellFromSlot(w, k, q, w.outside.visitors, w.goods.outsideBuyers);
    }
  }
}

/** Warung sales of the day. */
export function warungSales(w: World): void {
  restockWarungs(w);
  householdPurchases(w);
  outsideBuyers(w);
}
