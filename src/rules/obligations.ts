/**
 * The reciprocity balance of ties: what one end owes the other, in rupiah. `balance[e]` is what the
 * second end owes the first; negative when the first end owes the second.
 */
import { draw, type Rng } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { LAYER, NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import type { World } from '../world/world.js';
import { businessAccount } from './business.js';

/** Ties close enough to ask for capital under social 1: kin, neighbours, fellow group members. */
const CLOSE_TIES = LAYER.kin | LAYER.neighbour | LAYER.group;

/** Records that `debtor` (an end of tie e) owes `amount` more rupiah over the tie (negative: less). */
export function addObligation(w: World, e: number, debtor: number, amount: number): void {
  if (w.net.ends1[e] === debtor) w.net.balance[e] += amount;
  else w.net.balance[e] -= amount;
}

/** What `helper` (an end of tie e) owes the other end over the tie, rupiah (negative: what it is owed). */
export function owedBy(w: World, e: number, helper: number): number {
  return w.net.ends1[e] === helper ? w.net.balance[e] : -w.net.balance[e];
}

/**
 * Chance that `helper` helps the other end of tie e (a loan, materials): economy 1, reciprocity
 * strength x trust; economy 2, reciprocity strength x tie strength, raised by what the helper
 * owes the asker from help received before and lowered by what the asker still owes, each counted
 * in months of the helper's basic need (docs/model.md "Reciprocity is read, not just booked").
 */
export function helpChance(w: World, e: number, helper: number): number {
  const par = w.params;
  if (!par.economy2) return par.reciprocity * w.net.trust[e];
  const month = Math.max(1, w.households.need[helper] * 30);
  const factor = Math.min(2, Math.max(0, 1 + owedBy(w, e, helper) / month));
  return par.reciprocity * w.net.strength[e] * factor;
}

/**
 * The most trusted close tie (kin, neighbour, group) of household i, trusted enough to ask, whose
 * other end can spare `amount` rupiah above its buffer and reserve; -1 if none.
 */
export function closeLender(w: World, i: number, amount: number): number {
  const par = w.params;
  const net = w.net;
  const h = w.households;
  let bestTie = -1;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    // Social 2: every bonding tie can lend (seed 002 counts business colleagues as bonding), by class not layer.
    const close = net.byFunction ? net.tieClass[e] === TIE_CLASS.bonding : (net.layers[e] & CLOSE_TIES) !== 0;
    if (net.alive[e] === 0 || !close || net.trust[e] < par.helpTrust) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household || h.cash[j] - h.buffer[j] - h.need[j] * par.reserveDays < amount) continue;
    if (bestTie < 0 || net.trust[e] > net.trust[bestTie]) bestTie = e;
  }
  return bestTie;
}

/** The other end of tie e lends `amount` rupiah to producer p's business, repaid weekly from it (rules/settlement.ts). */
export function lendToBusiness(w: World, p: number, e: number, amount: number): void {
  const pr = w.producers;
  const i = pr.household[p];
  const lender = otherEnd(w.net, e, i);
  transfer(w.money, lender, businessAccount(w, p), amount);
  pr.helper[p] = lender;
  pr.helpOwed[p] = amount;
  pr.helpDue[p] = w.t + w.params.helpRepayDays;
  addObligation(w, e, i, amount);
}

/**
 * Social 2: the most trusted bonding tie of producer p's household makes up `shortfall` rupiah, what
 * the business paid the family this period below the informal earnings its owner gave up, with the
 * tie's help chance; the gift is an obligation on the tie (returned as help, not on a schedule).
 * Whether p's family got it.
 */
export function carryThroughLoss(w: World, p: number, shortfall: number, rng: Rng): boolean {
  const h = w.households;
  const i = w.producers.household[p];
  // As for restart capital: nobody pours money into a family so deep in debt that lenders would take it.
  if (h.debt[i] >= h.need[i] * w.params.borrowingLimitDays) return false;
  const amount = Math.ceil(shortfall);
  const e = closeLender(w, i, amount);
  if (e < 0) return false;
  const helper = otherEnd(w.net, e, i);
  if (draw(rng) >= helpChance(w, e, helper)) return false;
  transfer(w.money, helper, i, amount);
  addObligation(w, e, i, amount);
  return true;
}
