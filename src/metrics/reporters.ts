/**
 * Reporters: the columns of metrics.csv. A reporter is a name, a description (docs/outputs.md
 * repeats it), a number format, whether it measures a flow over the period (empty at the start)
 * and a pure function of the world. Reporters never draw random numbers or change state, so adding
 * one leaves every other column as it was.
 */
import { periodIncome } from '../world/households.js';
import type { World } from '../world/world.js';
import { gini, median, sortedIncomes, type PeriodView } from './period.js';

/** How a reporter's value is written: whole numbers, or six decimals. */
export type NumberFormat = 'integer' | 'decimal';

export interface Reporter {
  readonly name: string;
  readonly description: string;
  readonly format: NumberFormat;
  /** True for flows over the period: these are empty in the row at day 0. */
  readonly flow: boolean;
  /** Whether the default column set includes it. */
  readonly standard: boolean;
  readonly compute: (w: World, view: PeriodView) => number;
}

function meanOver(w: World, value: (i: number) => number, include: (i: number) => boolean): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < w.households.count; i++) {
    if (!include(i)) continue;
    sum += value(i);
    n++;
  }
  return n > 0 ? sum / n : 0;
}

const all = () => true;

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Every reporter, in the default column order. */
export const REPORTERS: readonly Reporter[] = [
  {
    name: 'income_mean',
    description: 'Mean household income per month (informal work, home industry, remittances, programmes), rupiah.',
    format: 'integer',
    flow: true,
    standard: true,
    compute: (w, v) => meanOver(w, (i) => v.income[i], all),
  },
  {
    name: 'income_median',
    description: 'Median household income per month, rupiah.',
    format: 'integer',
    flow: true,
    standard: true,
    compute: (_w, v) => median(sortedIncomes(v)),
  },
  {
    name: 'poor_income_mean',
    description: 'Mean income per month of the households that were poor at the start, rupiah.',
    format: 'integer',
    flow: true,
    standard: true,
    compute: (w, v) => meanOver(w, (i) => v.income[i], (i) => w.households.poorAtStart[i] === 1),
  },
  {
    name: 'poverty_headcount',
    description:
      'Households whose income per capita per month is below the poverty line; at day 0, those poor at the start.',
    format: 'integer',
    flow: false,
    standard: true,
    compute: (w, v) => {
      const h = w.households;
      const line = w.scenario.households.poverty_line;
      let n = 0;
      for (let i = 0; i < h.count; i++) {
        if (v.days === 0 ? h.poorAtStart[i] === 1 : v.income[i] < line * h.size[i]) n++;
      }
      return n;
    },
  },
  {
    name: 'gini',
    description: 'Gini coefficient of household income per month (0 equal, 1 one household has all).',
    format: 'decimal',
    flow: true,
    standard: true,
    compute: (_w, v) => gini(sortedIncomes(v)),
  },
  {
    name: 'consumption_mean',
    description: 'Mean household spending per month on basic needs, other goods and snacks, rupiah.',
    format: 'integer',
    flow: true,
    standard: true,
    compute: (w, v) => meanOver(w, (i) => w.households.consumption[i] * v.monthFactor, all),
  },
  {
    name: 'unmet_need_mean',
    description: 'Mean basic need per month that households could neither pay nor borrow for, rupiah.',
    format: 'integer',
    flow: true,
    standard: true,
    compute: (w, v) => meanOver(w, (i) => w.households.unmetNeed[i] * v.monthFactor, all),
  },
  {
    name: 'cash_mean',
    description: 'Mean household cash at the end of the period, rupiah.',
    format: 'integer',
    flow: false,
    standard: true,
    compute: (w) => meanOver(w, (i) => w.households.cash[i], all),
  },
  {
    name: 'debt_mean',
    description: 'Mean household consumption debt at the end of the period, rupiah.',
    format: 'integer',
    flow: false,
    standard: true,
    compute: (w) => meanOver(w, (i) => w.households.debt[i], all),
  },
  {
    name: 'income_p10',
    description: 'Tenth percentile of household income per month, rupiah (optional).',
    format: 'integer',
    flow: true,
    standard: false,
    compute: (_w, v) => quantile(sortedIncomes(v), 0.1),
  },
  {
    name: 'income_p90',
    description: 'Ninetieth percentile of household income per month, rupiah (optional).',
    format: 'integer',
    flow: true,
    standard: false,
    compute: (_w, v) => quantile(sortedIncomes(v), 0.9),
  },
  {
    name: 'income_total',
    description: 'Total income of all households per month, rupiah (optional).',
    format: 'integer',
    flow: true,
    standard: false,
    compute: (w, v) => {
      let sum = 0;
      for (let i = 0; i < w.households.count; i++) sum += periodIncome(w.households, i);
      return sum * v.monthFactor;
    },
  },
];

/** Names of all reporters, for the scenario schema. */
export const REPORTER_NAMES = REPORTERS.map((r) => r.name) as [string, ...string[]];

/** The reporters a scenario asks for, in column order. */
export function selectReporters(chosen: readonly string[] | undefined, extra: readonly string[]): Reporter[] {
  const names = [...(chosen ?? REPORTERS.filter((r) => r.standard).map((r) => r.name)), ...extra];
  const seen = new Set<string>();
  const out: Reporter[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const r = REPORTERS.find((x) => x.name === name);
    if (r) out.push(r);
  }
  return out;
}

/** Writes a value in its column's fixed format. */
export function formatValue(value: number, format: NumberFormat): string {
  if (!Number.isFinite(value)) return '';
  if (format === 'integer') {
    const r = Math.round(value);
    return r === 0 ? '0' : String(r);
  }
  const s = value.toFixed(6);
  return s === '-0.000000' ? '0.000000' : s;
}
