/**
 * Social 2, what linking ties bring besides programme places (docs/model.md "Social capital by
 * function"): certification and the modern outlets that require it. A home industry registers its
 * product (P-IRT, the regency's home-industry food licence) only through a linking tie to a
 * government that passes the registration on; registering costs `certification_cost` and succeeds
 * with the chance `certification_per_month` a month. A certified home industry receives orders from
 * modern outlets outside the village (minimarkets, souvenir shops, town resellers that stock only
 * registered products): finite outside demand that responds to price, like resellers' orders over
 * bridging ties. From the `rule:certification` and `rule:outlets` streams, so every other rule's
 * draws stay as they were.
 */
import { poisson, draw } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { linkedFor, OFFER } from '../world/linking.js';
import { TIE_CLASS } from '../world/network.js';
import { CHANNEL } from '../world/producers.js';
import { takeFromHome } from '../world/stock.js';
import type { World } from '../world/world.js';
import { businessAccount, businessCash, payForBusiness, recordCost, recordRevenue, recordSale } from './business.js';
import { outsideDemandFactor } from './demand.js';

/** At a period end: running home industries linked to a government register their product when a draw passes and their cash covers the cost. */
export function seekCertification(w: World): void {
  if (!w.net.byFunction) return;
  const cfg = w.scenario.social_capital;
  if (cfg.certification_per_month <= 0) return;
  const pr = w.producers;
  const rng = w.streams.get('rule:certification');
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] === 0 || pr.certified[p] === 1) continue;
    if (!linkedFor(w, pr.household[p], OFFER.certification)) continue;
    if (draw(rng) >= cfg.certification_per_month) continue;
    if (businessCash(w, p) < cfg.certification_cost) continue;
    if (cfg.certification_cost > 0) {
      payForBusiness(w, p, w.outside.government, cfg.certification_cost);
      recordCost(w, p, cfg.certification_cost);
    }
    pr.certified[p] = 1;
  }
}

/** Daily: orders from modern outlets outside the village for every running certified home industry with packs. */
export function modernOutletOrders(w: World): void {
  if (!w.net.byFunction) return;
  const cfg = w.scenario.social_capital;
  const perDay = cfg.modern_outlet_orders_per_month / 30;
  if (perDay <= 0) return;
  const pr = w.producers;
  const rng = w.streams.get('rule:outlets');
  const order = w.scratch.producerOrder;
  for (let n = 0; n < pr.count; n++) {
    const p = order[n];
    if (pr.active[p] === 0 || pr.certified[p] === 0 || pr.stock[p] <= 0) continue;
    const orders = poisson(rng, perDay * w.conditions.demandFactor * outsideDemandFactor(w, p));
    for (let o = 0; o < orders && pr.stock[p] > 0; o++) {
      const packs = takeFromHome(w, p, cfg.reseller_order_packs, w.goods.outsideBuyers);
      const value = packs * pr.price[p];
      const paid = value - Math.floor(value * cfg.reseller_margin);
      transfer(w.money, w.outside.visitors, businessAccount(w, p), paid);
      recordRevenue(w, p, CHANNEL.market, paid, TIE_CLASS.linking);
      recordSale(w, p, CHANNEL.market, value, packs);
    }
  }
}
