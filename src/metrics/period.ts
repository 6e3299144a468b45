/**
 * What reporters see at a collection: the period's length, household incomes per month and
 * home-industry figures, computed once per collection into buffers allocated once per run.
 *
 * A whole period's flows are scaled to a 30-day month. A partial period (a last period shorter
 * than `period_days`) is never scaled: its flows are totals over its own days, and measures
 * against the monthly poverty line, which need a month of income or spending, are left empty.
 */
import { periodIncome } from '../world/households.js';
import { LAYER, NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import { CHANNELS } from '../world/producers.js';
import type { World } from '../world/world.js';

/** Sums and counts over households, gathered in one pass per collection (incomes per month). */
export interface HouseholdTotals {
  income: number;
  poorStartIncome: number;
  poorStart: number;
  producerIncome: number;
  producers: number;
  exMigrantIncome: number;
  exMigrants: number;
  returneeIncome: number;
  returnees: number;
  /** Households whose income per capita this period, per month, is below the poverty line, in all and by group (0 where not measured). */
  poor: number;
  poorExMigrants: number;
  poorReturnees: number;
  /** Households whose consumption per capita this period, per month, is below the poverty line (0 where not measured). */
  consumptionPoor: number;
  consumption: number;
  unmetNeed: number;
  cash: number;
  debt: number;
}

/** Day as reported, counted from day 0 (negative during the warm-up). */
export function reportedDay(w: World): number {
  return w.t - w.scenario.warmup_days;
}

/** Days in the period that ends now: 0 at day 0 (whatever the warm-up left open). */
export function periodDays(w: World): number {
  return reportedDay(w) <= 0 ? 0 : w.t - w.periodStart;
}

/** Whether the period that ends now is shorter than `period_days` (a last period the horizon cuts short). */
export function isPartialPeriod(w: World): boolean {
  const days = periodDays(w);
  return days > 0 && days < w.scenario.period_days;
}

/** Shared inputs of the reporters at one collection. */
export interface PeriodView {
  readonly totals: HouseholdTotals;
  /** Days in the period just ended (0 at the start). */
  days: number;
  /** True for a partial period: flows are totals over `days`, and poverty headcounts are not measured. */
  partial: boolean;
  /**
   * Multiplies a period total into what is reported: a 30-day month for a whole period, 1 (the
   * period's own total) for a partial one, 0 at day 0.
   */
  monthFactor: number;
  /** Household income per month this period, by household. */
  readonly income: Float64Array;
  /** The same, sorted ascending (filled on first use in a collection). */
  readonly incomeSorted: Float64Array;
  sortedValid: boolean;
  /** Home-industry income (revenue less costs) per month, by producer. */
  readonly businessIncome: Float64Array;
  /** Ties of each producer by class (TIE_CLASS order, producer-major). */
  readonly producerTies: Int32Array;
  /** Ties with at least one home-industry end, by class (each tie counted once). */
  readonly tiesByClass: Float64Array;
  /** Sum and count of trust over home industries' business ties. */
  trustSum: number;
  trustCount: number;
}

/** Buffers for a world's collections. */
export function createPeriodView(w: World): PeriodView {
  const n = w.households.count;
  // Sized for every producer row: businesses started during the run are reported too.
  const p = w.producers.capacity;
  return {
    totals: {
      income: 0,
      poorStartIncome: 0,
      poorStart: 0,
      producerIncome: 0,
      producers: 0,
      exMigrantIncome: 0,
      exMigrants: 0,
      returneeIncome: 0,
      returnees: 0,
      poor: 0,
      poorExMigrants: 0,
      poorReturnees: 0,
      consumptionPoor: 0,
      consumption: 0,
      unmetNeed: 0,
      cash: 0,
      debt: 0,
    },
    days: 0,
    partial: false,
    monthFactor: 0,
    income: new Float64Array(n),
    incomeSorted: new Float64Array(n),
    sortedValid: false,
    businessIncome: new Float64Array(p),
    producerTies: new Int32Array(p * 3),
    tiesByClass: new Float64Array(3),
    trustSum: 0,
    trustCount: 0,
  };
}

function isProducerNode(w: World, node: number): boolean {
  return w.net.nodeKind[node] === NODE_KIND.household && w.households.producer[node] >= 0;
}

/** Ties of home industries, walked from each producer's own list (a tie between two producers is counted once). */
function refreshTies(view: PeriodView, w: World): void {
  const net = w.net;
  view.producerTies.fill(0);
  view.tiesByClass.fill(0);
  view.trustSum = 0;
  view.trustCount = 0;
  for (let p = 0; p < w.producers.count; p++) {
    const i = w.producers.household[p];
    const end = net.adjStart[i] + net.adjLen[i];
    for (let a = net.adjStart[i]; a < end; a++) {
      const e = net.adj[a];
      if (net.alive[e] === 0) continue;
      const cls = net.tieClass[e];
      view.producerTies[p * 3 + cls]++;
      const j = otherEnd(net, e, i);
      // A tie between two producers is seen from both ends; count it from its first end only.
      if (isProducerNode(w, j) && j < i) continue;
      view.tiesByClass[cls]++;
      if ((net.layers[e] & LAYER.business) !== 0) {
        view.trustSum += net.trust[e];
        view.trustCount++;
      }
    }
  }
}

/** One pass over households for every household reporter. */
function sumHouseholds(view: PeriodView, w: World): void {
  const h = w.households;
  const s = view.totals;
  const line = w.scenario.households.poverty_line;
  // Poverty is a month's income or spending against a monthly line: not measured at day 0 (nothing
  // earned yet) nor over a partial period.
  const measured = view.days > 0 && !view.partial;
  s.income = s.poorStartIncome = s.poorStart = s.producerIncome = s.producers = s.exMigrantIncome = s.exMigrants = 0;
  s.returneeIncome = s.returnees = s.poor = s.poorExMigrants = s.poorReturnees = s.consumptionPoor = 0;
  s.consumption = s.unmetNeed = s.cash = s.debt = 0;
  for (let i = 0; i < h.count; i++) {
    const income = view.income[i];
    const lineOf = line * h.size[i];
    const poor = measured && income < lineOf;
    if (measured && h.consumption[i] * view.monthFactor < lineOf) s.consumptionPoor++;
    s.income += income;
    if (h.poorAtStart[i] === 1) {
      s.poorStartIncome += income;
      s.poorStart++;
    }
    if (h.producer[i] >= 0) {
      s.producerIncome += income;
      s.producers++;
    }
    if (h.exMigrant[i] === 1) {
      s.exMigrantIncome += income;
      s.exMigrants++;
      if (poor) s.poorExMigrants++;
    }
    if (h.returnedDay[i] >= 0) {
      s.returneeIncome += income;
      s.returnees++;
      if (poor) s.poorReturnees++;
    }
    if (poor) s.poor++;
    s.consumption += h.consumption[i];
    s.unmetNeed += h.unmetNeed[i];
    s.cash += h.cash[i];
    s.debt += h.debt[i];
  }
}

/** Fills the view for the period that ends now. */
export function refreshPeriodView(view: PeriodView, w: World): void {
  view.days = periodDays(w);
  view.partial = isPartialPeriod(w);
  view.monthFactor = view.days === 0 ? 0 : view.partial ? 1 : 30 / view.days;
  const h = w.households;
  for (let i = 0; i < h.count; i++) view.income[i] = periodIncome(h, i) * view.monthFactor;
  view.sortedValid = false;
  sumHouseholds(view, w);
  const pr = w.producers;
  for (let p = 0; p < pr.count; p++) {
    let revenue = 0;
    for (let c = 0; c < CHANNELS.length; c++) revenue += pr.revenue[p * CHANNELS.length + c];
    view.businessIncome[p] = (revenue - pr.costs[p]) * view.monthFactor;
  }
  refreshTies(view, w);
}

/** A headcount against the monthly poverty line, or NaN (an empty cell) over a partial period. */
export function monthlyHeadcount(view: PeriodView, count: number): number {
  return view.partial ? Number.NaN : count;
}

/** Whether producer p's ties are all bonding (no bridging or linking tie). */
export function bondingOnly(view: PeriodView, p: number): boolean {
  return view.producerTies[p * 3 + TIE_CLASS.bridging] === 0 && view.producerTies[p * 3 + TIE_CLASS.linking] === 0;
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

/** Value at quantile q of an ascending array (linear interpolation). */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Gini coefficient of an ascending array (0 when the total is not positive). */
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
