/**
 * Step 3 of the day: production, limited by workers, materials and cash for the other inputs, and
 * aimed at keeping `stock_days` of expected sales at home and on warung shelves. A business that
 * cannot produce for `failure_days` in a row has failed; it restarts once the household can afford
 * a new start, or a trusting supplier gives it credit.
 */
import { draw } from '../rng.js';
import { findTie, otherEnd } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { businessCash, payForBusiness, recordCost } from './business.js';
import { creditPractised, plannedDaily } from './procurement.js';
import { considerEquipment, LIMIT, outputPerWorkerDay, recordInactive, recordLimit } from './finance.js';
import { adjustWorkforce, familyWorkerDays, payableWorkers, payWages, releaseAll, wholeDays } from './labour.js';
import { closeLender, helpChance, lendToBusiness } from './obligations.js';
import { adjustPrice, mayReopen } from './prices.js';

/**
 * Cost of a day of production for restarting producer p, rupiah; without materials when they come on
 * credit. Social 2 plans it on at least a new business's opening sales (as entry does): the sales a
 * closed business remembers fade towards none while it is closed, and a restart on a few packs' worth
 * of capital stood idle again within days and failed anew.
 */
function dailyCost(w: World, p: number, withMaterials: boolean): number {
  const pr = w.producers;
  const product = pr.product[p];
  const material = w.catalog.material[product];
  const materials = withMaterials ? w.catalog.materialsPerUnit[product] * w.catalog.materialPrice[material] : 0;
  const opening = w.params.social2 ? w.scenario.home_industries.initial_sales_per_day / 2 : 1;
  return Math.max(1, opening, pr.salesEma[p]) * (materials + w.catalog.otherCost[product]);
}

/** Whether some known supplier would sell producer p a restart on credit. */
function creditToRestart(w: World, p: number): boolean {
  const par = w.params;
  const pr = w.producers;
  if (!creditPractised(w, p) || pr.debt[p] > 0) return false;
  const sp = w.suppliers;
  const v = w.households.village[pr.household[p]];
  const perVillage = w.scenario.population.suppliers;
  for (let s = v * perVillage; s < (v + 1) * perVillage; s++) {
    const e = findTie(w.net, pr.household[p], sp.node[s]);
    if (e >= 0 && w.net.trust[e] >= par.creditTrust) return true;
  }
  return false;
}

/**
 * Reciprocity: a trusted kin, neighbour or group tie with savings lends the capital to restart (or,
 * social 2, to keep a cash-starved business going), with the help chance of the tie
 * (rules/obligations.ts); the loan is an obligation on the tie.
 */
function borrowRestartCapital(w: World, p: number, capital: number): boolean {
  const par = w.params;
  const pr = w.producers;
  if (par.reciprocity <= 0 || pr.helpOwed[p] > 0) return false;
  const net = w.net;
  const h = w.households;
  const i = pr.household[p];
  // Nobody lends restart capital to a family so deep in debt that it would eat the capital.
  if (h.debt[i] >= h.need[i] * par.borrowingLimitDays) return false;
  const amount = Math.ceil(capital);
  const tie = closeLender(w, i, amount);
  if (tie < 0 || draw(w.rng.production) >= helpChance(w, tie, otherEnd(net, tie, i))) return false;
  lendToBusiness(w, p, tie, amount);
  return true;
}

function tryRestart(w: World, p: number): void {
  const pr = w.producers;
  const cash = businessCash(w, p);
  // On its own a household needs cash for `restart_cash_days` of production; with a supplier who
  // gives materials on credit it needs only the other inputs (oil, packaging, fuel) until the
  // first sales, `reorder_days` of them.
  const onOwn = cash >= dailyCost(w, p, true) * w.params.restartCashDays;
  const onCredit = cash >= dailyCost(w, p, false) * w.params.reorderDays && creditToRestart(w, p);
  if (onOwn || onCredit || borrowRestartCapital(w, p, dailyCost(w, p, true) * w.params.restartCashDays)) {
    pr.active[p] = 1;
    pr.idleDays[p] = 0;
    pr.paidFamily[p] = 0;
  }
}

/** The limit that bound producer p's output today: cash (directly, through materials or wages) first, then materials, labour, demand. */
function bindingLimit(
  w: World,
  p: number,
  packs: number,
  planned: number,
  byWorkers: number,
  byMaterials: number,
  byCash: number,
  wagesShort: boolean,
): number {
  if (packs >= Math.floor(planned)) return LIMIT.demand;
  if (byCash <= packs) return LIMIT.cash;
  // Materials short because the last order was cut for lack of cash and credit are a cash limit too.
  if (byMaterials <= packs) return w.producers.cashShort[p] === 1 ? LIMIT.cash : LIMIT.materials;
  if (byWorkers <= packs) return wagesShort ? LIMIT.cash : LIMIT.labour;
  return LIMIT.demand;
}

/** A business that cannot produce for `failure_days` in a row has failed. */
function countIdleDay(w: World, p: number, stockout: boolean): void {
  const pr = w.producers;
  if (stockout) pr.stockoutDays[p]++;
  pr.idleDays[p]++;
  if (pr.idleDays[p] < w.params.failureDays) return;
  pr.active[p] = 0;
  pr.failures[p]++;
  pr.periodFailures[p]++;
  if (w.params.economy2) releaseAll(w, p);
}

/** Makes today's packs for producer p. */
function produce(w: World, p: number): void {
  const pr = w.producers;
  const cat = w.catalog;
  const par = w.params;
  const product = pr.product[p];
  const planned = Math.max(1, plannedDaily(w, p)) * par.stockDays + pr.venueExtra[p] - pr.stock[p] - pr.consigned[p];
  if (planned < 1) {
    pr.idleDays[p] = 0;
    recordLimit(w, p, LIMIT.demand);
    return;
  }
  const mpu = cat.materialsPerUnit[product];
  const rate = outputPerWorkerDay(w, p);
  const byMaterials = Math.floor(pr.materials[p] / mpu);
  const otherCost = cat.otherCost[product];
  const cash = businessCash(w, p);
  // Economy 2: the family works unpaid; hired workers come on the days there is work that pays and cash to pay them.
  let paid = 0;
  let wagesShort = false;
  if (par.economy2) {
    const wanted = Math.min(planned, byMaterials);
    paid = payableWorkers(w, p, wanted, cash);
    wagesShort = paid < payableWorkers(w, p, wanted, Infinity);
  }
  const byWorkers = Math.floor((par.economy2 ? familyWorkerDays(w, p) + paid : pr.workers[p]) * rate);
  const byCash = otherCost > 0 ? Math.floor((cash - paid * par.wagePerDay) / otherCost) : Infinity;
  const packs = Math.max(0, Math.floor(Math.min(planned, byWorkers, byMaterials, byCash)));
  const limit = bindingLimit(w, p, packs, planned, byWorkers, byMaterials, byCash, wagesShort);
  recordLimit(w, p, limit);
  if (packs <= 0) {
    // Social 2: bonding ties lend working capital to a business that cash has stopped (docs/model.md
    // "Social capital by function"), before the idle days add up to a failure.
    if (par.social2 && limit === LIMIT.cash) borrowRestartCapital(w, p, dailyCost(w, p, true) * par.restartCashDays);
    countIdleDay(w, p, byMaterials === 0);
    return;
  }
  pr.idleDays[p] = 0;
  if (par.economy2) payWages(w, p, Math.min(paid, Math.max(0, wholeDays(packs / rate - familyWorkerDays(w, p)))));
  transfer(w.materials, w.producerMaterial0 + p, w.goods.materialUse, packs * mpu);
  payForBusiness(w, p, w.outside.sellers, packs * otherCost);
  recordCost(w, p, packs * otherCost);
  transfer(w.products, w.goods.production, w.producerStock0 + p, packs);
  pr.batches[p * pr.batchDays + (w.t % pr.batchDays)] += packs;
  pr.produced[p] += packs;
  if (par.economy2) considerEquipment(w, p);
}

/** Production of every home industry (each uses only its own stocks, so index order is fair). */
export function production(w: World): void {
  const pr = w.producers;
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] === 0 && (!w.params.economy2 || mayReopen(w, p))) tryRestart(w, p);
    if (pr.active[p] === 1) {
      if (w.params.economy2) {
        adjustWorkforce(w, p);
        if ((w.t + p) % 7 === 0) adjustPrice(w, p);
      }
      produce(w, p);
    } else recordInactive(w, p);
  }
}
