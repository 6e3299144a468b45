/** Reporters of household income, poverty and inequality, overall and by group. */
import type { World } from '../world/world.js';
import { bondingOnly, gini, median, quantile, sortedIncomes, type PeriodView } from './period.js';
import { countWhere, meanWhere, optional, standard, sumOver, type Reporter } from './reporter.js';

function isPoor(w: World, v: PeriodView, i: number): boolean {
  const h = w.households;
  return v.days === 0 ? h.poorAtStart[i] === 1 : v.income[i] < w.scenario.households.poverty_line * h.size[i];
}

const hh = (w: World) => w.households.count;
const pc = (w: World) => w.producers.count;

/** Household reporters, in column order. */
export const HOUSEHOLD_REPORTERS: readonly Reporter[] = [
  standard('income_mean', 'integer', true, 'Mean household income per month (informal work, home industry, trade, remittances, programmes), rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => v.income[i], () => true)),
  standard('income_median', 'integer', true, 'Median household income per month, rupiah.', (_w, v) => median(sortedIncomes(v))),
  standard('home_industry_income_mean', 'integer', true, 'Mean home-industry income per month (revenue received less business costs paid), over all home industries, rupiah.', (w, v) =>
    meanWhere(pc(w), (p) => v.businessIncome[p], () => true)),
  standard('poor_income_mean', 'integer', true, 'Mean income per month of the households poor at the start, rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => v.income[i], (i) => w.households.poorAtStart[i] === 1)),
  standard('producer_income_mean', 'integer', true, 'Mean income per month of households that run a home industry, all sources, rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => v.income[i], (i) => w.households.producer[i] >= 0)),
  standard('ex_migrant_income_mean', 'integer', true, 'Mean income per month of households with a returned migrant worker, rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => v.income[i], (i) => w.households.exMigrant[i] === 1)),
  standard('adopter_income_mean', 'integer', true, 'Mean home-industry income per month of home industries selling online at the period end, rupiah.', (w, v) =>
    meanWhere(pc(w), (p) => v.businessIncome[p], (p) => w.producers.adopted[p] === 1)),
  standard('non_adopter_income_mean', 'integer', true, 'Mean home-industry income per month of home industries not selling online, rupiah.', (w, v) =>
    meanWhere(pc(w), (p) => v.businessIncome[p], (p) => w.producers.adopted[p] === 0)),
  standard('bonding_only_income_mean', 'integer', true, 'Mean home-industry income per month of home industries whose ties are all bonding, rupiah.', (w, v) =>
    meanWhere(pc(w), (p) => v.businessIncome[p], (p) => bondingOnly(v, p))),
  standard('bridging_income_mean', 'integer', true, 'Mean home-industry income per month of home industries with a bridging or linking tie, rupiah.', (w, v) =>
    meanWhere(pc(w), (p) => v.businessIncome[p], (p) => !bondingOnly(v, p))),
  standard('poverty_headcount', 'integer', false, 'Households whose income per capita per month is below the poverty line; at day 0, those poor at the start.', (w, v) =>
    countWhere(hh(w), (i) => isPoor(w, v, i))),
  standard('ex_migrant_poverty_headcount', 'integer', false, 'Households with a returned migrant worker below the poverty line (as poverty_headcount).', (w, v) =>
    countWhere(hh(w), (i) => w.households.exMigrant[i] === 1 && isPoor(w, v, i))),
  standard('returnee_income_mean', 'integer', true, 'Mean income per month of households whose migrant worker returned during the run (returning-migrants), rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => v.income[i], (i) => w.households.returnedDay[i] >= 0)),
  standard('returnee_poverty_headcount', 'integer', false, 'Households whose migrant worker returned during the run and that are below the poverty line.', (w, v) =>
    countWhere(hh(w), (i) => w.households.returnedDay[i] >= 0 && isPoor(w, v, i))),
  standard('gini', 'decimal', true, 'Gini coefficient of household income per month (0 equal; 1 one household has all).', (_w, v) => gini(sortedIncomes(v))),
  standard('consumption_mean', 'integer', true, 'Mean household spending per month on basic needs, other goods and home-industry products, rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => w.households.consumption[i] * v.monthFactor, () => true)),
  standard('unmet_need_mean', 'integer', true, 'Mean basic need per month that households could neither pay nor borrow for, rupiah.', (w, v) =>
    meanWhere(hh(w), (i) => w.households.unmetNeed[i] * v.monthFactor, () => true)),
  standard('cash_mean', 'integer', false, 'Mean household cash at the end of the period, rupiah.', (w) => meanWhere(hh(w), (i) => w.households.cash[i], () => true)),
  standard('debt_mean', 'integer', false, 'Mean household consumption debt at the end of the period, rupiah.', (w) => meanWhere(hh(w), (i) => w.households.debt[i], () => true)),
  optional('income_p10', 'integer', true, 'Tenth percentile of household income per month, rupiah.', (_w, v) => quantile(sortedIncomes(v), 0.1)),
  optional('income_p90', 'integer', true, 'Ninetieth percentile of household income per month, rupiah.', (_w, v) => quantile(sortedIncomes(v), 0.9)),
  optional('income_total', 'integer', true, 'Total income of all households per month, rupiah.', (w, v) => sumOver(hh(w), (i) => v.income[i])),
];
