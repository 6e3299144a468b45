/**
 * Step 3 of the day: production, limited by workers, materials and cash for the other inputs, and
 * aimed at keeping `stock_days` of expected sales at home and on warung shelves. A business that
 * cannot produce for `failure_days` in a row has failed; it restarts once the household can afford
 * a new start, or a trusting supplier gives it credit.
 */
import { findTie } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { recordCost, spendableCash } from './business.js';

/** Cost of a day of planned production for producer p, rupiah; without materials when they come on credit. */
function dailyCost(w: World, p: number, withMaterials: boolean): number {
  const pr = w.producers;
  const product = pr.product[p];
  const material = w.catalog.material[product];
  const materials = withMaterials ? w.catalog.materialsPerUnit[product] * w.catalog.materialPrice[material] : 0;
  return Math.max(1, pr.salesEma[p]) * (materials + w.catalog.otherCost[product]);
}

/** Whether some known supplier would sell producer p a restart on credit. */
function creditToRestart(w: World, p: number): boolean {
  const par = w.params;
  const pr = w.producers;
  if (!par.supplierCredit || pr.debt[p] > 0) return false;
  const sp = w.suppliers;
  const v = w.households.village[pr.household[p]];
  const perVillage = w.scenario.population.suppliers;
  for (let s = v * perVillage; s < (v + 1) * perVillage; s++) {
    const e = findTie(w.net, pr.household[p], sp.node[s]);
    if (e >= 0 && w.net.trust[e] >= par.creditTrust) return true;
  }
  return false;
}

function tryRestart(w: World, p: number): void {
  const pr = w.producers;
  const cash = spendableCash(w, pr.household[p]);
  const days = w.params.restartCashDays;
  // Materials may come on credit; oil, packaging and fuel are paid in cash either way.
  const canRestart = cash >= dailyCost(w, p, true) * days || (cash >= dailyCost(w, p, false) * days && creditToRestart(w, p));
  if (canRestart) {
    pr.active[p] = 1;
    pr.idleDays[p] = 0;
  }
}

/** Makes today's packs for producer p. */
function produce(w: World, p: number): void {
  const pr = w.producers;
  const cat = w.catalog;
  const product = pr.product[p];
  const i = pr.household[p];
  const planned = Math.max(1, pr.salesEma[p]) * w.params.stockDays + pr.venueExtra[p] - pr.stock[p] - pr.consigned[p];
  if (planned < 1) {
    pr.idleDays[p] = 0;
    return;
  }
  const mpu = cat.materialsPerUnit[product];
  const byWorkers = pr.workers[p] * cat.unitsPerWorkerDay[product];
  const byMaterials = Math.floor(pr.materials[p] / mpu);
  const otherCost = cat.otherCost[product];
  const byCash = otherCost > 0 ? Math.floor(spendableCash(w, i) / otherCost) : Infinity;
  const packs = Math.floor(Math.min(planned, byWorkers, byMaterials, byCash));
  if (packs <= 0) {
    if (byMaterials === 0) pr.stockoutDays[p]++;
    pr.idleDays[p]++;
    if (pr.idleDays[p] >= w.params.failureDays) {
      pr.active[p] = 0;
      pr.failures[p]++;
      pr.periodFailures[p]++;
    }
    return;
  }
  pr.idleDays[p] = 0;
  transfer(w.materials, w.producerMaterial0 + p, w.goods.materialUse, packs * mpu);
  transfer(w.money, i, w.outside.sellers, packs * otherCost);
  recordCost(w, p, packs * otherCost);
  transfer(w.products, w.goods.production, w.producerStock0 + p, packs);
  pr.batches[p * pr.batchDays + (w.t % pr.batchDays)] += packs;
  pr.produced[p] += packs;
}

/** Production of every home industry (each uses only its own stocks, so index order is fair). */
export function production(w: World): void {
  const pr = w.producers;
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] === 0) tryRestart(w, p);
    if (pr.active[p] === 1) produce(w, p);
  }
}
