/**
 * Step 2 of the day: materials. Suppliers receive and place restocks (an order-up-to rule with a
 * lag, as in Sterman's beer game); producers receive deliveries, order from the supplier they score
 * best (exchange), pay cash or on credit when trust allows (reciprocity), and, when they have run
 * out while a delivery is late or they could not order, borrow materials from trusted peers.
 */
import { draw, randomOrder } from '../rng.js';
import { findTie, NODE_KIND, otherEnd } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { businessAccount, businessCash, payForBusiness, recordCost } from './business.js';
import { addObligation, helpChance } from './obligations.js';
import { chooseSupplier } from './partners.js';
import { recordBroken, recordOutcome, recordUnreturned, touchTie } from './trust.js';

const DEMAND_ALPHA = 1 / 14;

/** Packs a day producer p plans for: what it sells (economy 1), or what it is asked for (economy 2). */
export function plannedDaily(w: World, p: number): number {
  const pr = w.producers;
  return w.params.economy2 ? pr.demandEma[p] : pr.salesEma[p];
}

/** Material units producer p needs for a day of planned production. */
export function dailyMaterialNeed(w: World, p: number): number {
  return Math.max(1, plannedDaily(w, p)) * w.catalog.materialsPerUnit[w.producers.product[p]];
}

function materialOf(w: World, p: number): number {
  return w.catalog.material[w.producers.product[p]];
}

/** Restocks that arrive today, paid when they were ordered. */
function receiveRestocks(w: World): void {
  const sp = w.suppliers;
  for (let q = 0; q < sp.restockQty.length; q++) {
    if (sp.restockQty[q] > 0 && sp.restockDue[q] <= w.t) {
      transfer(w.materials, w.goods.wholesale, w.supplierStock0 + q, sp.restockQty[q]);
      sp.restockQty[q] = 0;
    }
  }
}

/** Suppliers update expected demand and reorder up to their target when stock runs low. */
function reorderRestocks(w: World): void {
  const sp = w.suppliers;
  const m = sp.materialCount;
  const p = w.params;
  for (let q = 0; q < sp.restockQty.length; q++) {
    if (sp.carries[q] === 0) continue;
    sp.demandEma[q] += DEMAND_ALPHA * (w.scratch.supplierOrdered[q] - sp.demandEma[q]);
    w.scratch.supplierOrdered[q] = 0;
    if (sp.restockQty[q] > 0) continue;
    // Stock net of backorders against cover for the restock lag (an order-up-to rule with backlog).
    const position = sp.stock[q] - sp.backlog[q];
    if (position >= sp.demandEma[q] * (p.restockLagDays + 2)) continue;
    const s = Math.floor(q / m);
    const unitCost = Math.round(w.catalog.wholesalePrice[q % m] * w.conditions.materialPriceFactor);
    const affordable = unitCost > 0 ? Math.floor(sp.cash[s] / unitCost) : Infinity;
    const qty = Math.min(affordable, Math.ceil(sp.demandEma[q] * p.supplierStockDays - position));
    if (qty <= 0) continue;
    transfer(w.money, w.accounts.supplier0 + s, w.outside.wholesalers, qty * unitCost);
    sp.restockQty[q] = qty;
    sp.restockDue[q] = w.t + p.restockLagDays;
  }
}

/** Price of a material unit from supplier s for producer p today: crisis prices, less group discounts. */
export function unitPrice(w: World, p: number, s: number, material: number): number {
  const base = w.suppliers.price[s * w.suppliers.materialCount + material];
  return Math.round(base * w.conditions.materialPriceFactor * (1 - w.producers.materialDiscount[p]));
}

/** Whether producer p buys on credit at all: the village practises it and no contract rules it out. */
export function creditPractised(w: World, p: number): boolean {
  const pr = w.producers;
  return w.params.supplierCredit && (pr.contracted[p] === 0 || pr.contractCredit[p] === 1);
}

/** Whether supplier s sells `amount` more to producer p on credit (bon). */
function creditAllowed(w: World, p: number, s: number, amount: number): boolean {
  const pr = w.producers;
  const par = w.params;
  if (!creditPractised(w, p)) return false;
  if (pr.creditor[p] >= 0 && pr.creditor[p] !== s) return false;
  if (pr.debt[p] + amount > par.creditLimit) return false;
  if (pr.debt[p] > 0 && pr.debtDue[p] < w.t) return false;
  const e = findTie(w.net, pr.household[p], w.suppliers.node[s]);
  return e >= 0 && w.net.trust[e] >= par.creditTrust;
}

/** Whether the order of producer p can be delivered today; if not, when it is due again. */
function deliverable(w: World, p: number, s: number, q: number): boolean {
  const pr = w.producers;
  const sp = w.suppliers;
  if (sp.stoppedUntil[s] >= w.t) {
    // A stopped supplier delivers nothing until its stop ends.
    pr.orderDue[p] = sp.stoppedUntil[s] + 1;
    return false;
  }
  if (sp.stock[q] < pr.orderQty[p]) {
    // The supplier is out of stock: the order joins its backlog and waits for the restock.
    if (pr.orderWaiting[p] === 0) {
      pr.orderWaiting[p] = 1;
      sp.backlog[q] += pr.orderQty[p];
    }
    pr.orderDue[p] = sp.restockQty[q] > 0 ? Math.max(w.t + 1, sp.restockDue[q]) : w.t + 1;
    return false;
  }
  return true;
}

/** Books a delivery of `qty` units worth `paid` in cash plus `credit` on credit (bon) over tie e. */
function bookDelivery(w: World, p: number, s: number, q: number, qty: number, paid: number, credit: number, e: number): void {
  const pr = w.producers;
  transfer(w.materials, w.supplierStock0 + q, w.producerMaterial0 + p, qty);
  payForBusiness(w, p, w.accounts.supplier0 + s, paid);
  // Materials are a cost when received, whether paid now or on credit.
  recordCost(w, p, paid + credit);
  w.suppliers.unitsSold[s] += qty;
  if (credit <= 0) return;
  if (pr.debt[p] === 0) {
    pr.debtDue[p] = w.t + w.params.creditDays;
    pr.debtSince[p] = pr.debtDue[p];
  }
  pr.creditor[p] = s;
  pr.debt[p] += credit;
  if (e >= 0) addObligation(w, e, pr.household[p], credit);
}

/** A delivery due today: goods in, cash paid, the rest on credit; trust moves with punctuality. */
function receiveOrder(w: World, p: number): void {
  const pr = w.producers;
  const sp = w.suppliers;
  const s = pr.orderSupplier[p];
  if (s < 0 || pr.orderDue[p] > w.t) return;
  const q = s * sp.materialCount + materialOf(w, p);
  if (!deliverable(w, p, s, q)) return;
  clearWaiting(w, p, q);
  const value = pr.orderCash[p] + pr.orderCredit[p];
  const price = value / pr.orderQty[p];
  const cashPay = Math.min(pr.orderCash[p], businessCash(w, p));
  let qty = pr.orderQty[p];
  let credit = value - cashPay;
  if (credit > 0 && !creditAllowed(w, p, s, credit)) {
    // Unless it would sell the rest on credit now (within the limit, to a trusted buyer not in
    // arrears), the supplier hands over only what is paid for.
    qty = Math.floor(cashPay / price);
    credit = 0;
    pr.cashShort[p] = 1;
  }
  pr.orderSupplier[p] = -1;
  if (qty === 0) return; // the buyer could pay for nothing: the supplier's promise is not at stake
  const paid = credit > 0 ? cashPay : Math.min(cashPay, Math.round(qty * price));
  const e = findTie(w.net, pr.household[p], sp.node[s]);
  bookDelivery(w, p, s, q, qty, paid, credit, e);
  const late = w.t > pr.orderPromised[p];
  if (late) {
    pr.lateDeliveries[p]++;
    sp.lateDeliveries[s]++;
    if (pr.contracted[p] === 1) payPenalty(w, p, s, paid + credit);
  }
  if (e >= 0) recordOutcome(w, e, late ? 0 : 1);
  repayLoan(w, p);
}

function clearWaiting(w: World, p: number, q: number): void {
  if (w.producers.orderWaiting[p] === 0) return;
  w.producers.orderWaiting[p] = 0;
  w.suppliers.backlog[q] -= w.producers.orderQty[p];
}

/** An order long overdue is given up: a broken promise of the supplier. */
function cancelOverdueOrder(w: World, p: number): void {
  const pr = w.producers;
  const s = pr.orderSupplier[p];
  if (s < 0 || w.t <= pr.orderPromised[p] + w.params.cancelAfterDays) return;
  const sp = w.suppliers;
  clearWaiting(w, p, s * sp.materialCount + materialOf(w, p));
  const e = findTie(w.net, pr.household[p], sp.node[s]);
  if (e >= 0) recordBroken(w, e);
  pr.lateDeliveries[p]++;
  sp.lateDeliveries[s]++;
  pr.orderSupplier[p] = -1;
}

/** Under a formal contract a late supplier pays the agreed penalty, as far as its cash allows. */
function payPenalty(w: World, p: number, s: number, orderValue: number): void {
  const penalty = Math.min(Math.round(orderValue * w.producers.contractPenalty[p]), Math.floor(w.suppliers.cash[s]));
  if (penalty <= 0) return;
  transfer(w.money, w.accounts.supplier0 + s, businessAccount(w, p), penalty);
  recordCost(w, p, -penalty);
}

/** Returns borrowed materials in kind once the producer's own delivery has come. */
function repayLoan(w: World, p: number): void {
  const pr = w.producers;
  const lender = pr.lender[p];
  if (lender < 0 || pr.materials[p] < pr.loanUnits[p] + w.catalog.materialsPerUnit[pr.product[p]]) return;
  transfer(w.materials, w.producerMaterial0 + p, w.producerMaterial0 + lender, pr.loanUnits[p]);
  const e = findTie(w.net, pr.household[p], pr.household[lender]);
  if (e >= 0) {
    addObligation(w, e, pr.household[p], -pr.loanUnits[p] * w.catalog.materialPrice[materialOf(w, p)]);
    recordOutcome(w, e, 1);
  }
  pr.lender[p] = -1;
  pr.loanUnits[p] = 0;
}

/** A loan not returned in time is a broken obligation: the lender's trust falls and the loan is lost. */
function checkLoanDefault(w: World, p: number): void {
  const pr = w.producers;
  if (pr.lender[p] < 0 || w.t <= pr.loanDue[p]) return;
  const e = findTie(w.net, pr.household[p], pr.household[pr.lender[p]]);
  if (e >= 0) {
    addObligation(w, e, pr.household[p], -pr.loanUnits[p] * w.catalog.materialPrice[materialOf(w, p)]);
    recordUnreturned(w, e);
  }
  pr.lender[p] = -1;
  pr.loanUnits[p] = 0;
}

/** Orders materials when stock runs low: from the best-scored supplier, in cash or on credit. */
function placeOrder(w: World, p: number): void {
  const pr = w.producers;
  if (pr.active[p] === 0 || pr.orderSupplier[p] >= 0) return;
  const daily = dailyMaterialNeed(w, p);
  // Materials for a coming market day or collection are needed on top of the usual cover.
  const venue = pr.venueExtra[p] * w.catalog.materialsPerUnit[pr.product[p]];
  if (pr.materials[p] >= daily * w.params.reorderDays + venue) return;
  const material = materialOf(w, p);
  const s = chooseSupplier(w, p, material);
  if (s < 0) return;
  const sp = w.suppliers;
  const q = s * sp.materialCount + material;
  const price = unitPrice(w, p, s, material);
  let qty = Math.ceil(daily * w.params.orderDays + venue);
  const cost = qty * price;
  let cashPart = Math.min(cost, businessCash(w, p));
  let creditPart = cost - cashPart;
  pr.cashShort[p] = 0;
  if (creditPart > 0 && !creditAllowed(w, p, s, creditPart)) {
    // Cash and credit cannot pay for the full order: what production then lacks, cash limited.
    pr.cashShort[p] = 1;
    qty = Math.floor(cashPart / price);
    if (qty < daily) return;
    cashPart = qty * price;
    creditPart = 0;
  }
  const rng = w.rng.procurement;
  pr.orderSupplier[p] = s;
  pr.orderQty[p] = qty;
  pr.orderCash[p] = cashPart;
  pr.orderCredit[p] = creditPart;
  pr.orderPromised[p] = w.t + w.params.leadDays;
  const reliability = Math.min(1, sp.reliability[s] + (pr.contracted[p] === 1 ? pr.contractGain[p] : 0));
  const onTime = draw(rng) < reliability;
  const delay = onTime ? 0 : Math.max(1, Math.round(-Math.log(1 - draw(rng)) * w.params.delayMeanDays * sp.delayFactor[s]));
  pr.orderDue[p] = pr.orderPromised[p] + delay;
  w.scratch.supplierOrdered[q] += qty;
}

/** Out of materials while a delivery is late: borrow from the most trusted peer who can spare some. */
function borrowFromPeers(w: World, p: number): void {
  const pr = w.producers;
  const mpu = w.catalog.materialsPerUnit[pr.product[p]];
  if (w.params.reciprocity <= 0 || pr.active[p] === 0 || pr.lender[p] >= 0 || pr.materials[p] >= mpu) return;
  if (pr.orderSupplier[p] >= 0 && w.t <= pr.orderPromised[p]) return;
  const net = w.net;
  const i = pr.household[p];
  const material = materialOf(w, p);
  let best = -1;
  let bestTie = -1;
  let bestSpare = 0;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let k = net.adjStart[i]; k < end; k++) {
    const e = net.adj[k];
    if (net.alive[e] === 0) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household) continue;
    const q = w.households.producer[j];
    if (q < 0 || materialOf(w, q) !== material) continue;
    const spare = pr.materials[q] - dailyMaterialNeed(w, q) * 2;
    if (spare < mpu) continue;
    if (best < 0 || net.trust[e] > net.trust[bestTie]) {
      best = q;
      bestTie = e;
      bestSpare = spare;
    }
  }
  if (best < 0 || draw(w.rng.procurement) >= helpChance(w, bestTie, pr.household[best])) return;
  const units = Math.min(Math.floor(bestSpare), Math.ceil(dailyMaterialNeed(w, p) * 2));
  transfer(w.materials, w.producerMaterial0 + best, w.producerMaterial0 + p, units);
  pr.lender[p] = best;
  pr.loanUnits[p] = units;
  pr.loanDue[p] = w.t + w.params.peerLoanDays;
  addObligation(w, bestTie, i, units * w.catalog.materialPrice[material]);
  touchTie(w, bestTie);
}

/** Materials for every producer, in a fresh random order each day. */
export function procurement(w: World): void {
  receiveRestocks(w);
  const order = w.scratch.producerOrder;
  const n = w.producers.count;
  randomOrder(w.rng.schedule, order, n);
  for (let k = 0; k < n; k++) {
    const p = order[k];
    receiveOrder(w, p);
    cancelOverdueOrder(w, p);
    checkLoanDefault(w, p);
    placeOrder(w, p);
    borrowFromPeers(w, p);
  }
  reorderRestocks(w);
}
