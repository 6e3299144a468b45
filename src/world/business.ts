/**
 * Facts about a business that setup, the daily rules and interventions share: the product a new
 * business makes, the working capital it keeps, and whether it can sell online.
 */
import { draw, type Rng } from '../rng.js';
import type { World } from './world.js';

/** A product drawn by the scenario's shares. */
export function chooseProduct(w: World, rng: Rng): number {
  const products = w.scenario.products;
  const total = products.reduce((sum, p) => sum + p.share, 0);
  let u = draw(rng) * total;
  for (let k = 0; k < products.length; k++) {
    u -= products[k].share;
    if (u < 0) return k;
  }
  return products.length - 1;
}

/**
 * Working capital a business keeps: `order_days` of production cost at its expected sales, and
 * never less than at normal sales (`initial_sales_per_day`), so a slump does not drain it; profit
 * above it is drawn by the household.
 */
export function workingCapitalTarget(w: World, p: number): number {
  const pr = w.producers;
  const product = pr.product[p];
  const unit = w.catalog.materialsPerUnit[product] * w.catalog.materialPrice[w.catalog.material[product]] + w.catalog.otherCost[product];
  const sales = Math.max(pr.salesEma[p], w.scenario.home_industries.initial_sales_per_day);
  return sales * unit * w.scenario.home_industries.order_days;
}

/** Whether producer p has the device, skill and signal to sell online. */
export function canGoOnline(w: World, p: number): boolean {
  const i = w.producers.household[p];
  const h = w.households;
  return h.device[i] === 1 && h.skill[i] >= w.params.skillThreshold && w.signal[h.hamlet[i]] >= w.params.minSignal;
}
