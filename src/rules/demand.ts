/**
 * Economy 2, demand from budgets (docs/model.md "Demand"): each household's snack budget grows each day
 * by `demand.snack_share` of its income above basic needs (last period's, or its expected informal
 * earnings at the start), carried over for at most `demand.budget_days`. Warung and door-to-door
 * purchases come out of it, so a tie creates no demand without a budget behind it and a pack bought
 * from one producer is not bought from another; a producer's household does not buy its own kind.
 */
import type { World } from '../world/world.js';

/** Daily snack budget of household i from a daily income, rupiah. */
function rateFrom(w: World, i: number, dailyIncome: number): number {
  return w.params.snackShare * Math.max(0, dailyIncome - w.households.need[i]);
}

/** At setup: budgets from expected informal earnings and remittances. */
export function setupSnackBudgets(w: World): void {
  const h = w.households;
  for (let i = 0; i < h.count; i++) {
    const remittance = h.migrantAbroad[i] === 1 ? w.params.remittance / 30 : 0;
    h.snackRate[i] = rateFrom(w, i, h.wage[i] * w.params.workProbability * h.informalShare[i] + remittance);
    h.snackBudget[i] = h.snackRate[i];
  }
}

/** At a period end: budgets from the period's income (before the period's accounts are cleared). */
export function updateSnackBudgets(w: World): void {
  const h = w.households;
  const days = Math.max(1, w.t - w.periodStart);
  for (let i = 0; i < h.count; i++) {
    const income = h.incomeInformal[i] + h.incomeHomeIndustry[i] + h.incomeTrade[i] + h.incomeRemittance[i] + h.incomeWage[i];
    h.snackRate[i] = rateFrom(w, i, income / days);
  }
}

/** Whether household i makes the product `product` itself (it eats its own rather than buying). */
export function makesOwn(w: World, i: number, product: number): boolean {
  const p = w.households.producer[i];
  return p >= 0 && w.producers.active[p] === 1 && w.producers.product[p] === product;
}

/**
 * Economy 2: outside buyers' demand for producer p's packs, (reference / price)^elasticity, the
 * reference being the product's starting price, or under social 2 its town price (starting price x
 * (1 + `social_capital.town_price_premium`)); 1 under economy 1.
 */
export function outsideDemandFactor(w: World, p: number): number {
  const e = w.params.outsideElasticity;
  if (e === 0) return 1;
  const town = w.net.byFunction ? 1 + w.scenario.social_capital.town_price_premium : 1;
  return Math.pow((w.catalog.price[w.producers.product[p]] * town) / w.producers.price[p], e);
}
