/**
 * Step 4, continued: sales outside the warungs. Door to door, a producer's household ties buy
 * packs now and then (word of mouth is the only promotion, seed 004); online, adopters receive
 * orders in proportion to their reach and their hamlet's signal, less platform and courier costs.
 * At the end of the step each producer updates its expected daily sales.
 */
import { draw, poisson, type Rng } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { LAYER, NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import { CHANNEL } from '../world/producers.js';
import type { World } from '../world/world.js';
import { addOnlineContacts } from '../world/ties.js';
import { businessAccount, recordRevenue, recordSale } from './business.js';
import { makesOwn, outsideDemandFactor } from './demand.js';
import { takeFromHome } from '../world/stock.js';
import { touchTie } from './trust.js';
import { indexGroups } from '../world/digital.js';
import { whatsappGroupSales } from './whatsapp.js';
import { marketplaceSales, sellOnlineOrder } from './marketplace.js';

/** Failures before the next success of a chance whose log-miss is `logMiss`. */
function geometricSkip(rng: Rng, logMiss: number): number {
  return Math.floor(Math.log(1 - draw(rng)) / logMiss);
}

function directSales(w: World, p: number): void {
  const pr = w.producers;
  const h = w.households;
  const net = w.net;
  const rng = w.rng.sales;
  const i = pr.household[p];
  const price = pr.price[p];
  const chance = w.params.directProbability * w.conditions.demandFactor;
  if (chance <= 0) return;
  const budgets = w.params.economy2;
  // Social 2: members of one business group do not buy each other's packs (their ties coordinate, a sale between them is no gain).
  const group = w.scenario.social === 2 ? pr.businessGroup[p] : -1;
  // Each tie buys with the same chance if it is a living tie to a household. Rather than a draw
  // per tie, draw how many places of the tie list pass before the next would-be buyer (a geometric
  // skip) and look only there: the same law, with work in proportion to the buyers.
  const logMiss = Math.log(1 - Math.min(chance, 0.999999));
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i] + geometricSkip(rng, logMiss); a < end && pr.stock[p] > 0; a += 1 + geometricSkip(rng, logMiss)) {
    const e = net.adj[a];
    if (net.alive[e] === 0) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household) continue;
    if (h.cash[j] < price + h.need[j]) continue;
    if (group >= 0 && h.producer[j] >= 0 && pr.businessGroup[h.producer[j]] === group) continue;
    if (budgets) {
      // Economy 2: a tie buys only out of its snack budget, and not the kind of pack it makes.
      if (h.snackBudget[j] < price || makesOwn(w, j, pr.product[p])) continue;
      h.snackBudget[j] -= price;
    }
    transfer(w.money, j, businessAccount(w, p), price);
    takeFromHome(w, p, 1, w.goods.consumers);
    h.consumption[j] += price;
    recordRevenue(w, p, CHANNEL.direct, price, net.tieClass[e]);
    recordSale(w, p, CHANNEL.direct, price, 1);
    touchTie(w, e);
  }
}

/** The k-th contact outside the village over a tie with `layer` ordered from node i: the tie is refreshed. */
function touchContact(w: World, i: number, k: number, layer: number): void {
  const net = w.net;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0 || (net.layers[e] & layer) === 0 || net.nodeKind[otherEnd(net, e, i)] !== NODE_KIND.outsider) continue;
    if (k-- === 0) {
      touchTie(w, e);
      return;
    }
  }
}

function onlineSales(w: World, p: number): void {
  if (w.t > w.params.onlineBuyersLast) return;
  const pr = w.producers;
  const par = w.params;
  const rng = w.rng.online;
  const i = pr.household[p];
  const reach =
    pr.digitalContacts[p] *
    par.ordersPerContactDay *
    w.signal[w.households.hamlet[i]] *
    w.conditions.demandFactor *
    outsideDemandFactor(w, p);
  const orders = poisson(rng, reach);
  for (let o = 0; o < orders && pr.stock[p] > 0; o++) {
    sellOnlineOrder(w, p);
    touchContact(w, i, Math.floor(draw(rng) * pr.digitalContacts[p]), LAYER.digital);
    if (draw(rng) < par.newContactProbability) addOnlineContacts(w, rng, p, 1, w.t);
  }
}

/** Buyers and resellers from outside the village that a producer met (at markets) order now and then. */
function outsideContactOrders(w: World, p: number): void {
  const pr = w.producers;
  const rng = w.rng.sales;
  const orders = poisson(rng, pr.outsideContacts[p] * w.params.outsideOrdersPerDay * w.conditions.demandFactor * outsideDemandFactor(w, p));
  const price = pr.price[p];
  for (let o = 0; o < orders; o++) {
    if (pr.stock[p] <= 0) {
      // Orders that find no stock are demand the business missed (economy 2 plans on them).
      pr.lostToday[p] += (orders - o) * w.params.unitsPerOrder;
      break;
    }
    const packs = takeFromHome(w, p, w.params.unitsPerOrder, w.goods.outsideBuyers);
    const value = packs * price;
    transfer(w.money, w.outside.visitors, businessAccount(w, p), value);
    recordRevenue(w, p, CHANNEL.market, value, TIE_CLASS.bridging);
    recordSale(w, p, CHANNEL.market, value, packs);
    touchContact(w, pr.household[p], Math.floor(draw(rng) * pr.outsideContacts[p]), LAYER.business);
  }
}

/** Door-to-door, online and outside-contact sales of every producer, then the update of expected sales. */
export function directAndOnlineSales(w: World): void {
  const pr = w.producers;
  const order = w.scratch.producerOrder;
  const groups = w.params.social2 ? indexGroups(w) : 0;
  for (let n = 0; n < pr.count; n++) {
    const p = order[n];
    if (pr.stock[p] > 0) directSales(w, p);
    if (groups > 0 && pr.stock[p] > 0) whatsappGroupSales(w, p, groups);
    if (pr.adopted[p] === 1 && pr.stock[p] > 0) onlineSales(w, p);
    if (pr.outsideContacts[p] > 0 && (pr.stock[p] > 0 || w.params.economy2)) outsideContactOrders(w, p);
  }
  if (w.params.social2) marketplaceSales(w);
  const alpha = w.params.salesAlpha;
  for (let p = 0; p < pr.count; p++) {
    pr.salesEma[p] += alpha * (pr.soldToday[p] - pr.salesEma[p]);
    pr.demandEma[p] += alpha * (pr.soldToday[p] + pr.lostToday[p] - pr.demandEma[p]);
    pr.soldToday[p] = 0;
    pr.lostToday[p] = 0;
  }
}
