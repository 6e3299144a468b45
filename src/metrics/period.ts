/**
 * What reporters see at a collection: the period's length and household incomes per month,
 * computed once per collection into buffers allocated once per run.
 */
import { periodIncome } from '../world/households.js';
import type { World } from '../world/world.js';

/** Shared inputs of the reporters at one collection. */
export interface PeriodView {
  /** Days in the period just ended (0 at the start). */
  days: number;
  /** Multiplies a period total into a 30-day month. */
  monthFactor: number;
  /** Household income per month this period, by household. */
  readonly income: Float64Array;
  /** The same, sorted ascending (filled on first use in a collection). */
  readonly incomeSorted: Float64Array;
  sortedValid: boolean;
}

/** Buffers for a world's collections. */
export function createPeriodView(w: World): PeriodView {
  const n = w.households.count;
  return { days: 0, monthFactor: 0, income: new Float64Array(n), incomeSorted: new Float64Array(n), sortedValid: false };
}

/** Fills the view for the period that ends now. */
export function refreshPeriodView(view: PeriodView, w: World): void {
  view.days = w.t - w.periodStart;
  view.monthFactor = view.days > 0 ? 30 / view.days : 0;
  const h = w.households;
  for (let i = 0; i < h.count; i++) view.income[i] = periodIncome(h, i) * view.monthFactor;
  view.sortedValid = false;
}

/** Incomes sorted ascending. */
export function sortedIncomes(view: PeriodView): Float64Array {
  if (!view.sortedValid) {
    view.incomeSorted.set(view.income);
    view.incomeSorted.sort();
    view.sortedValid = true;
  }
  return view.incomeSorted;
}

/** Median of an ascending array. */
export function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return n % 2 === 1 ? sorted[(n - 1) >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Gini coefficient of an ascending array of non-negative values (0 when all are zero). */
export function gini(sorted: Float64Array): number {
  const n = sorted.length;
  let sum = 0;
  let weighted = 0;
  for (let k = 0; k < n; k++) {
    sum += sorted[k];
    weighted += (k + 1) * sorted[k];
  }
  if (sum <= 0) return 0;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}
