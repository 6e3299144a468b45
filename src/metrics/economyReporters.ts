/** Reporters of the version-2 economy (CONTRACT.md): revenue levels, what binds, wages and hiring. */
import { CHANNELS } from '../world/producers.js';
import type { World } from '../world/world.js';
import { median, type PeriodView } from './period.js';
import { standard, sumOver, type Reporter } from './reporter.js';

function revenueOf(w: World, p: number): number {
  let sum = 0;
  for (let c = 0; c < CHANNELS.length; c++) sum += w.producers.revenue[p * CHANNELS.length + c];
  return sum;
}

/** Median over active home industries of a value of each; NaN (an empty cell) when none counts. */
function medianOverActive(w: World, value: (p: number) => number): number {
  const pr = w.producers;
  const values: number[] = [];
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] !== 1) continue;
    const v = value(p);
    if (Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return NaN;
  return median(Float64Array.from(values).sort());
}

/** Reporters of the economy, in column order. */
export const ECONOMY_REPORTERS: readonly Reporter[] = [
  standard(
    'home_industry_revenue_median',
    'integer',
    true,
    'Median revenue per month over active home industries, all channels, rupiah.',
    (w, v: PeriodView) => medianOverActive(w, (p) => revenueOf(w, p)) * v.monthFactor,
  ),
  standard(
    'home_industry_revenue_cost_ratio_median',
    'decimal',
    true,
    'Median over active home industries with costs of revenue over all costs (materials, other inputs, wages, fees, interest); empty when none had costs.',
    (w) => medianOverActive(w, (p) => (w.producers.costs[p] > 0 ? revenueOf(w, p) / w.producers.costs[p] : NaN)),
  ),
  standard(
    'cash_limited_share',
    'decimal',
    true,
    'Share of active producer-days in the period on which cash plus available credit limited production (0 to 1).',
    (w) => {
      const active = sumOver(w.producers.count, (p) => w.producers.activeDays[p]);
      return active > 0 ? sumOver(w.producers.count, (p) => w.producers.cashLimitedDays[p]) / active : 0;
    },
  ),
  standard(
    'wage_income_mean',
    'integer',
    true,
    "Mean wage income per household from neighbours' home industries, rupiah per month.",
    (w, v: PeriodView) =>
      (sumOver(w.households.count, (i) => w.households.incomeWage[i]) / Math.max(1, w.households.count)) * v.monthFactor,
  ),
  standard('hired_workers', 'integer', false, 'Workers hired by home industries from other households at the end of the period.', (w) =>
    sumOver(w.producers.count, (p) => w.producers.hired[p]),
  ),
];
