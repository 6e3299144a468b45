/**
 * Step 4, continued: venue days. On a market day (a culinary market, a joint bazaar) each
 * participating producer with packs opens a stall for a fee; its contacts from outside the village
 * come with some chance and buy from it, then visitors buy from stalls at random, and a purchase may
 * leave a lasting contact. On a kiosk's collection day the kiosk takes packs at its discount for
 * markets outside. The day before, participants plan extra production for the venue.
 */
import { draw, poisson, roundStochastic, type Rng } from '../rng.js';
import { addTie, LAYER, NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import { CHANNEL } from '../world/producers.js';
import type { Venue, World } from '../world/world.js';
import { businessAccount, businessCash, payForBusiness, recordCost, recordRevenue, recordSale } from './business.js';
import { takeFromHome } from '../world/stock.js';
import { outsideDemandFactor } from './demand.js';
import { staffStall } from './labour.js';
import { touchTie } from './trust.js';

/** Whether day t is a day of the venue. */
export function isVenueDay(v: Venue, t: number): boolean {
  return t >= v.start && t <= v.end && (t - v.start) % v.every === 0;
}

/**
 * Packs of producer p sold to a buyer from outside, paid at `unitPrice` (retail value recorded at
 * retail): visitors and resellers come over bridging ties, a district kiosk over a linking one.
 */
function sellOutside(w: World, p: number, packs: number, unitPrice: number, channel: number, tieClass: number): number {
  const sold = takeFromHome(w, p, packs, w.goods.outsideBuyers);
  if (sold === 0) return 0;
  const paid = sold * unitPrice;
  transfer(w.money, w.outside.visitors, businessAccount(w, p), paid);
  recordRevenue(w, p, channel, paid, tieClass);
  recordSale(w, p, channel, sold * w.producers.price[p], sold);
  return sold;
}

/** A random outsider of producer p's village pool becomes a lasting contact. */
function newOutsideContact(w: World, p: number, rng: Rng): void {
  const perVillage = w.scenario.population.outsiders;
  if (perVillage === 0) return;
  const i = w.producers.household[p];
  const o = w.nodes.outsider0 + w.households.village[i] * perVillage + Math.floor(draw(rng) * perVillage);
  const end = w.net.adjStart[i] + w.net.adjLen[i];
  for (let a = w.net.adjStart[i]; a < end; a++) if (w.net.alive[w.net.adj[a]] === 1 && otherEnd(w.net, w.net.adj[a], i) === o) return;
  addTie(w.net, i, o, LAYER.business, 0.4, 0.5, w.t);
  w.producers.outsideContacts[p]++;
}

function contactsAttend(w: World, v: Venue, p: number, price: number): void {
  const net = w.net;
  const i = w.producers.household[p];
  const chance = v.contactAttendance * w.conditions.demandFactor;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end && w.producers.stock[p] > 0; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0 || net.nodeKind[otherEnd(net, e, i)] !== NODE_KIND.outsider || draw(v.rng) >= chance) continue;
    if (sellOutside(w, p, Math.max(1, roundStochastic(v.rng, v.packsPerVisitor)), price, CHANNEL.market, TIE_CLASS.bridging) > 0)
      touchTie(w, e);
  }
}

function marketDay(w: World, v: Venue): void {
  const pr = w.producers;
  const open: number[] = [];
  for (const p of v.participants) {
    if (pr.active[p] === 0 || pr.stock[p] === 0 || businessCash(w, p) < v.stallFee) continue;
    payForBusiness(w, p, w.outside.government, v.stallFee);
    recordCost(w, p, v.stallFee);
    if (w.params.economy2) staffStall(w, p);
    open.push(p);
  }
  if (open.length === 0) return;
  for (const p of open) contactsAttend(w, v, p, pr.price[p]);
  const visitors = poisson(v.rng, v.visitors * w.conditions.demandFactor);
  const priced = w.scenario.social === 2;
  for (let n = 0; n < visitors; n++) {
    const p = open[Math.floor(draw(v.rng) * open.length)];
    if (pr.stock[p] === 0) continue;
    // Social 2: a visitor walks past a stall priced above the product's usual price with the chance price response gives.
    if (priced && draw(v.rng) >= Math.min(1, outsideDemandFactor(w, p))) continue;
    const sold = sellOutside(w, p, Math.max(1, roundStochastic(v.rng, v.packsPerVisitor)), pr.price[p], CHANNEL.market, TIE_CLASS.bridging);
    if (sold > 0 && draw(v.rng) < v.tieProbability) newOutsideContact(w, p, v.rng);
  }
}

function kioskDay(w: World, v: Venue): void {
  const pr = w.producers;
  for (const p of v.participants) {
    if (pr.active[p] === 0) continue;
    const spare = pr.stock[p] - Math.ceil(pr.salesEma[p] * w.params.homeReserveDays);
    if (spare <= 0) continue;
    const unit = Math.round(pr.price[p] * (1 - v.margin));
    // The kiosk's own outside markets weaken in a crisis too.
    // Social 2: the kiosk's buyers respond to price as other outside buyers do.
    const response = w.scenario.social === 2 ? Math.min(1, outsideDemandFactor(w, p)) : 1;
    const wanted = Math.round(v.capacity * w.conditions.demandFactor * response);
    sellOutside(w, p, Math.min(spare, wanted), unit, CHANNEL.market, TIE_CLASS.linking);
  }
}

/** Expected packs a participant sells at a venue, to have them ready. */
function expectedPacks(v: Venue): number {
  if (v.kind === 'kiosk') return v.capacity;
  const stalls = Math.max(1, v.participants.length);
  return (v.visitors * v.packsPerVisitor) / stalls;
}

/** Days ahead that producers start getting materials and packs ready for a venue day. */
const PREPARE_DAYS = 3;

/** Whether a day of the venue falls within the next PREPARE_DAYS days. */
function venueSoon(v: Venue, t: number): boolean {
  for (let d = 1; d <= PREPARE_DAYS; d++) if (isVenueDay(v, t + d)) return true;
  return false;
}

/** Venue days of today, then what participants plan to have ready for the coming ones. */
export function venueDays(w: World): void {
  if (w.venues.length === 0) return;
  const pr = w.producers;
  for (const v of w.venues) {
    if (!isVenueDay(v, w.t)) continue;
    if (v.kind === 'market') marketDay(w, v);
    else kioskDay(w, v);
  }
  for (const v of w.venues) for (const p of v.participants) pr.venueExtra[p] = 0;
  for (const v of w.venues) {
    if (!venueSoon(v, w.t)) continue;
    const extra = expectedPacks(v) * w.conditions.demandFactor;
    for (const p of v.participants) pr.venueExtra[p] += extra;
  }
}
