/**
 * The business's finance (docs/model.md version 2, "Capital binds"): which limit bound each producer-day,
 * the household's one cash pool with its business, the cash it holds back for the business, and
 * equipment bought whole when its payback is short enough.
 */
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { businessAccount, businessCash, payForBusiness, recordCost } from './business.js';

/** What limited a producer-day's output: planned sales, workers, materials, or cash plus credit. */
export const LIMIT = { demand: 0, labour: 1, materials: 2, cash: 3 } as const;

const WINDOW = 0x3fffffff; // 30 days

/** Number of set bits of a 30-day window. */
export function countDays(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/** Records the limit (LIMIT) that bound active producer p today, in its 30-day windows and period counts. */
export function recordLimit(w: World, p: number, limit: number): void {
  const pr = w.producers;
  pr.activeBits[p] = ((pr.activeBits[p] << 1) | 1) & WINDOW;
  pr.cashBits[p] = ((pr.cashBits[p] << 1) | (limit === LIMIT.cash ? 1 : 0)) & WINDOW;
  pr.labourBits[p] = ((pr.labourBits[p] << 1) | (limit === LIMIT.labour ? 1 : 0)) & WINDOW;
  pr.activeDays[p]++;
  if (limit === LIMIT.cash) pr.cashLimitedDays[p]++;
}

/** Records a day on which producer p did not run (its windows move on without an active day). */
export function recordInactive(w: World, p: number): void {
  const pr = w.producers;
  pr.activeBits[p] = (pr.activeBits[p] << 1) & WINDOW;
  pr.cashBits[p] = (pr.cashBits[p] << 1) & WINDOW;
  pr.labourBits[p] = (pr.labourBits[p] << 1) & WINDOW;
}

/** Cost of a day of production at expected sales for producer p, materials and other inputs, rupiah. */
export function dailyProductionCost(w: World, p: number): number {
  const pr = w.producers;
  const product = pr.product[p];
  const unit = w.catalog.materialsPerUnit[product] * w.catalog.materialPrice[w.catalog.material[product]] + w.catalog.otherCost[product];
  return Math.max(1, pr.salesEma[p]) * unit;
}

/**
 * Economy 2, one pool: the day's takings go to the household, which holds back from discretionary
 * spending `business_reserve_days` of production cost, what it still owes on microcredit (the
 * loan is for the business) and the savings it committed to the business (a returnees' group).
 */
export function poolBusinessCash(w: World, p: number): void {
  const pr = w.producers;
  const i = pr.household[p];
  // Social 2: a share of the capital a tie lent stays the business's until repaid: swept into the family's
  // cash all of it went to needs and the moneylender, and the business it restarted stood idle; kept whole,
  // no business short of cash ever failed and their number grew by half (docs/model.md 7.8). Microcredit,
  // lent for the business too, is kept alike: pooled whole, the families that cash limits paid needs and
  // interest-free kin debt with it and then repaid it out of the business (docs/model.md 7.20).
  const kept = w.params.social2 ? Math.ceil(w.params.helpKeptShare * (pr.helpOwed[p] + pr.microDebt[p])) : 0;
  const takings = Math.floor(pr.capital[p]) - kept;
  if (takings > 0) transfer(w.money, businessAccount(w, p), i, takings);
  const h = w.households;
  // Committed savings are used up as the pool falls below them (costs, lean months) and never
  // refill; they are freed once the business sells as an established one does.
  if (pr.committed[p] > 0) {
    const standing = pr.salesEma[p] >= w.scenario.home_industries.initial_sales_per_day;
    pr.committed[p] = standing ? 0 : Math.min(pr.committed[p], Math.max(0, Math.floor(h.cash[i] - h.buffer[i])));
  }
  const reserve = dailyProductionCost(w, p) * w.params.businessReserveDays + pr.microDebt[p] + pr.committed[p];
  h.held[i] = pr.active[p] === 1 ? Math.round(reserve) : 0;
}

/** Output per worker-day of producer p: the product's rate, raised by equipment and (social 2) know-how. */
export function outputPerWorkerDay(w: World, p: number): number {
  const pr = w.producers;
  // Know-how is 0 unless a social-2 programme taught it; skipping the product then keeps social 1's arithmetic.
  const base =
    pr.knowHow[p] > 0 ? w.catalog.unitsPerWorkerDay[pr.product[p]] * (1 + pr.knowHow[p]) : w.catalog.unitsPerWorkerDay[pr.product[p]];
  return pr.equipped[p] === 1 ? base * (1 + w.params.equipmentGain) : base;
}

/**
 * Economy 2: a business whose workers limited output on at least a third of its last 30 active days
 * buys equipment whole when it can pay for it from its pool (savings or credit) and the extra
 * margin of the packs it would sell pays it back within `equipment_payback_months`.
 */
export function considerEquipment(w: World, p: number): void {
  const pr = w.producers;
  const par = w.params;
  if (pr.equipped[p] === 1 || par.equipmentPrice <= 0) return;
  const active = countDays(pr.activeBits[p]);
  if (active < 10 || countDays(pr.labourBits[p]) * 3 < active) return;
  const product = pr.product[p];
  const unitCost = dailyProductionCost(w, p) / Math.max(1, pr.salesEma[p]);
  const margin = pr.price[p] - unitCost;
  // Family workers give the business `labour.family_time` of their day; hired workers whole days.
  const workerDays = (pr.workers[p] - pr.hired[p]) * par.familyTime + pr.hired[p];
  const extra = workerDays * w.catalog.unitsPerWorkerDay[product] * par.equipmentGain;
  // Only packs it could sell pay: the extra output beyond today's sales is worth nothing.
  const sellable = Math.min(extra, pr.salesEma[p] * 0.5);
  if (margin <= 0 || sellable <= 0 || par.equipmentPrice > margin * sellable * par.equipmentPaybackDays) return;
  if (businessCash(w, p) < par.equipmentPrice) return;
  payForBusiness(w, p, w.outside.sellers, par.equipmentPrice);
  recordCost(w, p, par.equipmentPrice);
  pr.equipped[p] = 1;
}

/**
 * At day 0: whether cash limited each business running into the run on at least a third of its
 * active days of the last 30 (1), or not (0); -1 for one closed, or closing at the warm-up's last
 * loss review. A business that closes before any programme acts cannot borrow or take part, so in
 * the cohort it only added the noise of its reopening to the comparison (docs/model.md 7.20).
 */
export function markConstrainedAtStart(w: World): void {
  const pr = w.producers;
  const limit = w.params.economy2 ? w.params.lossPeriods : Infinity;
  for (let p = 0; p < pr.count; p++) {
    const active = countDays(pr.activeBits[p]);
    const running = pr.active[p] === 1 && pr.lossPeriods[p] < limit;
    pr.constrainedAtStart[p] = !running ? -1 : active > 0 && countDays(pr.cashBits[p]) * 3 >= active ? 1 : 0;
  }
}
