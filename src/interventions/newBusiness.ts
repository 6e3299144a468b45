/** A home industry started during a run, in one of the producer table's spare rows. */
import { draw, type Rng } from '../rng.js';
import { peerTies, supplierTies, warungTies } from '../world/ties.js';
import { transfer } from '../world/ledger.js';
import { businessAccount } from '../rules/business.js';
import { chooseProduct, workingCapitalTarget } from '../world/business.js';
import type { World } from '../world/world.js';
import { noteFull } from '../world/producers.js';

/**
 * Household i starts a home industry, buying `equipment` (rupiah) from its savings; returns its
 * producer id, or -1 if it already has one or no row is free. It makes `product`, or when that is
 * -1 one drawn by the products' shares.
 */
export function startHomeIndustry(w: World, i: number, rng: Rng, equipment: number, product = -1): number {
  const pr = w.producers;
  const h = w.households;
  if (h.producer[i] >= 0) return -1;
  if (pr.count >= pr.capacity) {
    noteFull(pr, w.t);
    return -1;
  }
  const p = pr.count++;
  pr.household[p] = i;
  h.producer[i] = p;
  pr.product[p] = product >= 0 ? product : chooseProduct(w, rng);
  pr.price[p] = w.catalog.price[pr.product[p]];
  pr.workers[p] = draw(rng) < 0.3 && w.scenario.home_industries.workers_max > 1 ? 2 : 1;
  pr.active[p] = 1;
  // A new business expects half the sales of an established one until it has seen its own.
  pr.salesEma[p] = w.scenario.home_industries.initial_sales_per_day / 2;
  pr.demandEma[p] = pr.salesEma[p];
  const paid = Math.min(equipment, Math.floor(h.cash[i]));
  transfer(w.money, i, w.outside.sellers, paid);
  // Economy 2: what was bought is equipment (rules/finance.ts), which raises output per worker-day.
  if (w.params.economy2 && equipment > 0 && paid === equipment) pr.equipped[p] = 1;
  // Savings become the business's working capital, as far as they go.
  const capital = Math.min(Math.floor(workingCapitalTarget(w, p)), Math.floor(h.cash[i] - h.buffer[i]));
  if (capital > 0) transfer(w.money, i, businessAccount(w, p), capital);
  supplierTies(w, rng, p);
  warungTies(w, rng, p);
  peerTies(w, rng, p);
  return p;
}
