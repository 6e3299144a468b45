/**
 * Step 4 of the day: sales through warungs. Producers top up their shelf slots in the warungs they
 * are tied to: on consignment (titip jual) when the warung trusts them and consignment is practised,
 * else the warung buys a few packs outright at a deeper discount. Village households buy packs at
 * their own warung within their budget; buyers from outside stop at warungs too.
 */
import { draw, drawMany, poisson, randomOrder } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { findTie } from '../world/network.js';
import { CHANNEL, MAX_WARUNG_PARTNERS } from '../world/producers.js';
import { freeSlot, findSlot, ownedSlots } from '../world/warungs.js';
import type { World } from '../world/world.js';
import { businessAccount, recordRevenue, recordSale } from './business.js';
import { outsideDemandFactor } from './demand.js';
import { countDays } from './finance.js';
import { lastTakenDay, openSlot, placeInSlot, takeFromHome, takeOneFromSlot } from '../world/stock.js';
import { touchTie } from './trust.js';

/** Cash warung k can spend on outright purchases: what it holds beyond what it owes producers. */
function warungSpendable(w: World, k: number): number {
  const wr = w.warungs;
  let owed = 0;
  for (let q = k * wr.slots; q < (k + 1) * wr.slots; q++) owed += wr.slotOwed[q];
  return wr.cash[k] - owed;
}

/**
 * Economy 2: a producer whom cash limited on a third of its last 30 active days would rather be paid
 * now than tie its capital up on consignment shelves until settlement (producers' accounts: some
 * refuse consignment for lack of capital to buy inputs daily).
 */
function prefersOutright(w: World, p: number): boolean {
  const pr = w.producers;
  const active = countDays(pr.activeBits[p]);
  return active > 0 && countDays(pr.cashBits[p]) * 3 >= active;
}

/** Producer p restocks its slot at warung k (tie e), opening one if the warung has room. */
function restockWarung(w: World, p: number, k: number, e: number): void {
  const wr = w.warungs;
  const par = w.params;
  let q = findSlot(wr, k, p);
  if (q < 0) {
    q = freeSlot(wr, k);
    if (q < 0) return;
    const outright = !par.consignment || (par.economy2 && prefersOutright(w, p));
    if (outright ? ownedSlots(wr, k) >= par.outrightSlots : w.net.trust[e] < par.consignTrust) return;
    openSlot(w, k, q, p, outright);
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
  const price = Math.round(w.producers.price[p] * (1 - wr.outrightMargin[k]));
  const affordable = price > 0 ? Math.floor(warungSpendable(w, k) / price) : 0;
  const packs = takeFromHome(w, p, Math.min(spare, affordable, par.outrightCapacity - wr.slotStock[q]), w.slot0 + q);
  if (packs === 0) return;
  placeInSlot(w, q, packs, lastTakenDay);
  transfer(w.money, w.accounts.warung0 + k, businessAccount(w, p), packs * price);
  recordRevenue(w, p, CHANNEL.warung, packs * price, w.net.tieClass[e]);
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
    // Only a producer with packs to spare beyond its home reserve has anything to bring.
    if (pr.stock[p] <= Math.ceil(pr.salesEma[p] * w.params.homeReserveDays)) continue;
    const row = p * MAX_WARUNG_PARTNERS;
    for (let k = 0; k < pr.warungPartnerCount[p] && pr.stock[p] > 0; k++) {
      const warung = pr.warungPartners[row + k];
      const e = findTie(net, pr.household[p], w.warungs.node[warung]);
      if (e >= 0) restockWarung(w, p, warung, e);
    }
  }
}

/** One pack from slot q of warung k to a buyer paying from money account `payer` into goods account `to`. */
function sellFromSlot(w: World, k: number, q: number, payer: number, to: number): void {
  const wr = w.warungs;
  const p = wr.slotProducer[q];
  const price = w.producers.price[p];
  const m = w.money;
  const seller = w.accounts.warung0 + k;
  // The money side of the sale, booked on the ledger's columns (see transfer) to keep this path free of boxed arguments.
  m.balance[payer] -= price;
  m.outflow[payer] += price;
  m.balance[seller] += price;
  m.inflow[seller] += price;
  takeOneFromSlot(w, q, to);
  if (wr.slotOwned[q] === 0) {
    wr.slotOwed[q] += Math.round(price * (1 - wr.margin[k]));
    w.producers.consigned[p]--;
    recordSale(w, p, CHANNEL.warung, price, 1);
  } else {
    recordSale(w, p, CHANNEL.warung, price, 0);
  }
}

/**
 * Where a buyer at warung k ends up: they look at shelf place `first`; if it is empty they take
 * another stocked product when `substitutes`, else the sale is lost. Returns the slot, or -1.
 * (Arguments are whole numbers and a flag, so calls from the hot loop box nothing.)
 */
function chosenSlot(w: World, k: number, first: number, substitutes: boolean): number {
  const wr = w.warungs;
  const base = k * wr.slots;
  if (wr.slotStock[base + first] > 0) return base + first;
  if (!substitutes) return -1;
  for (let n = 1; n < wr.slots; n++) {
    const q = base + ((first + n) % wr.slots);
    if (wr.slotStock[q] > 0) return q;
  }
  return -1;
}

/**
 * Economy 2: a buyer who looked first at an empty shelf place of a producer is demand that producer
 * missed, whether or not they then took another pack.
 */
function countMissed(w: World, k: number, first: number): void {
  const q = k * w.warungs.slots + first;
  const p = w.warungs.slotProducer[q];
  if (p >= 0 && w.warungs.slotStock[q] <= 0) w.producers.lostToday[p]++;
}

/** Where a buyer who draws `pick` in [0, 1) ends up at warung k (see chosenSlot). */
function slotForPick(w: World, k: number, pick: number): number {
  const scaled = pick * w.warungs.slots;
  const first = Math.floor(scaled);
  if (w.params.economy2) countMissed(w, k, first);
  return chosenSlot(w, k, first, scaled - first < w.params.substitution);
}

function householdPurchases(w: World): void {
  const h = w.households;
  const n = h.count;
  const rng = w.rng.sales;
  const { cash, need, warung, consumption } = h;
  const price = w.producers.price;
  const { slotProducer } = w.warungs;
  const slots = w.warungs.slots;
  const substitution = w.params.substitution;
  const base = w.params.snackProbability * w.conditions.demandFactor;
  // Households shop in a rotation that starts at a random household each day: no one is always
  // first at the shelf, and memory is read in order.
  const start = Math.floor(draw(w.rng.schedule) * n);
  const draws = w.scratch.householdDraws;
  drawMany(rng, draws, n);
  for (let k = 0; k < n; k++) {
    const i = k < n - start ? start + k : start + k - n;
    const u = draws[k];
    // chance = base * min(1, cash / scale), compared without dividing for the many who do not buy.
    const scale = need[i] * 10 + 1;
    const limit = base * (cash[i] < scale ? cash[i] : scale);
    if (u * scale >= limit) continue;
    const chance = limit / scale;
    // The same draw, rescaled, picks where on the shelf the household looks and whether it substitutes.
    const scaled = (u / chance) * slots;
    const first = Math.floor(scaled);
    const q = chosenSlot(w, warung[i], first, scaled - first < substitution);
    if (q < 0) continue;
    const packPrice = price[slotProducer[q]];
    if (cash[i] < packPrice + need[i]) continue;
    sellFromSlot(w, warung[i], q, i, w.goods.consumers);
    consumption[i] += packPrice;
  }
}

/** Economy 2: households buy at their warung out of their snack budgets (rules/demand.ts). */
function budgetPurchases(w: World): void {
  const h = w.households;
  const n = h.count;
  const { cash, need, warung, consumption, snackBudget, snackRate, producer } = h;
  const { slotProducer } = w.warungs;
  const pr = w.producers;
  const price = pr.price;
  const slots = w.warungs.slots;
  const substitution = w.params.substitution;
  const capDays = w.params.budgetDays;
  // A household shops on a day with a chance of its budget over the price of a typical pack.
  const perRupiah = w.conditions.demandFactor / w.catalog.meanPrice;
  const start = Math.floor(draw(w.rng.schedule) * n);
  const draws = w.scratch.householdDraws;
  drawMany(w.rng.sales, draws, n);
  for (let k = 0; k < n; k++) {
    const i = k < n - start ? start + k : start + k - n;
    const budget = Math.min(snackBudget[i] + snackRate[i], snackRate[i] * capDays);
    snackBudget[i] = budget;
    const chance = budget * perRupiah;
    const u = draws[k];
    if (u >= chance) continue;
    const scaled = (chance >= 1 ? u : u / chance) * slots;
    const first = Math.floor(scaled);
    countMissed(w, warung[i], first);
    const q = chosenSlot(w, warung[i], first, scaled - first < substitution);
    if (q < 0) continue;
    const prod = pr.product[slotProducer[q]];
    const own = producer[i];
    if (own >= 0 && pr.active[own] === 1 && pr.product[own] === prod) continue;
    const packPrice = price[slotProducer[q]];
    if (budget < packPrice || cash[i] < packPrice + need[i]) continue;
    sellFromSlot(w, warung[i], q, i, w.goods.consumers);
    snackBudget[i] = budget - packPrice;
    consumption[i] += packPrice;
  }
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
      const q = slotForPick(w, k, draw(rng));
      if (q < 0) continue;
      // Economy 2: a visitor finds a dearer pack dearer (the draw is taken only then, so economy 1 keeps its stream).
      if (w.params.outsideElasticity > 0 && draw(rng) >= outsideDemandFactor(w, w.warungs.slotProducer[q])) continue;
      sellFromSlot(w, k, q, w.outside.visitors, w.goods.outsideBuyers);
    }
  }
}

/** Warung sales of the day. */
export function warungSales(w: World): void {
  restockWarungs(w);
  if (w.params.economy2) budgetPurchases(w);
  else householdPurchases(w);
  outsideBuyers(w);
}
