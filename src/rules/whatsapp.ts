/**
 * Social 2: a community group whose members are online keeps a WhatsApp group (seed 002: groups
 * coordinate production, material flows and bazaars in their chat). An online producer's stock is
 * seen by every online member, who orders a pack with a small chance a day out of its own snack
 * budget; the order refreshes their tie, so the chat strengthens the group's bonding ties.
 */
import { draw } from '../rng.js';
import { transfer } from '../world/ledger.js';
import { findTie, TIE_CLASS } from '../world/network.js';
import { CHANNEL } from '../world/producers.js';
import { takeFromHome } from '../world/stock.js';
import type { World } from '../world/world.js';
import { businessAccount, recordRevenue, recordSale } from './business.js';
import { makesOwn } from './demand.js';
import { touchTie } from './trust.js';

/** Orders through the WhatsApp group of producer p's household (groups: how many groups `indexGroups` found). */
export function whatsappGroupSales(w: World, p: number, groups: number): void {
  const pr = w.producers;
  const h = w.households;
  const d = w.digital;
  const i = pr.household[p];
  const g = h.group[i];
  if (g < 0 || g >= groups || d.online[i] === 0 || w.t > w.params.onlineBuyersLast) return;
  const chance = w.params.whatsappOrder * w.conditions.demandFactor;
  const price = pr.price[p];
  const rng = w.rng.online;
  for (let m = d.groupStart[g]; m < d.groupStart[g + 1] && pr.stock[p] > 0; m++) {
    const j = d.groupMembers[m];
    if (j === i || d.online[j] === 0 || draw(rng) >= chance) continue;
    if (h.cash[j] < price + h.need[j]) continue;
    if (w.params.economy2) {
      if (h.snackBudget[j] < price || makesOwn(w, j, pr.product[p])) continue;
      h.snackBudget[j] -= price;
    }
    transfer(w.money, j, businessAccount(w, p), price);
    takeFromHome(w, p, 1, w.goods.consumers);
    h.consumption[j] += price;
    recordRevenue(w, p, CHANNEL.direct, price, TIE_CLASS.bonding);
    recordSale(w, p, CHANNEL.direct, price, 1);
    const e = findTie(w.net, i, j);
    if (e >= 0) touchTie(w, e);
  }
}
