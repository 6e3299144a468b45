/** Reporters of household income, poverty and inequality, overall and by group. */
import type { World } from '../world/world.js';
import { bondingOnly, gini, median, monthlyHeadcount, quantile, sortedIncomes } from './period.js';
import { groupMean, meanWhere, optional, standard, type Reporter } from './reporter.js';

const hh = (w: World) => w.households.count;
const pc = (w: World) => w.producers.count;
// A group's mean is empty when the group is: returnee income in a run without returnees is no income of 0.
const ratio = groupMean;

/** Household reporters, in column order. */
export const HOUSEHOLD_REPORTERS: readonly Reporter[] = [
  standard(
    'income_mean',
    'integer',
    true,
    'Mean household income per month (informal work, home industry, trade, remittances), rupiah.',
    (w, v) => ratio(v.totals.income, hh(w)),
  ),
  standard('income_median', 'integer', true, 'Median household income per month, rupiah.', (_w, v) => median(sortedIncomes(v))),
  standard(
    'home_industry_income_mean',
    'integer',
    true,
    'Mean home-industry income per month (revenue received less business costs paid), over all home industries, rupiah.',
    (w, v) =>
      meanWhere(
        pc(w),
        (p) => v.businessIncome[p],
        () => true,
      ),
  ),
  standard('poor_income_mean', 'integer', true, 'Mean income per month of the households poor at the start, rupiah.', (_w, v) =>
    ratio(v.totals.poorStartIncome, v.totals.poorStart),
  ),
  standard(
    'producer_income_mean',
    'integer',
    true,
    'Mean income per month of households that run a home industry, all sources, rupiah.',
    (_w, v) => ratio(v.totals.producerIncome, v.totals.producers),
  ),
  standard(
    'ex_migrant_income_mean',
    'integer',
    true,
    'Mean income per month of households with a returned migrant worker, rupiah; empty when there is none.',
    (_w, v) => ratio(v.totals.exMigrantIncome, v.totals.exMigrants),
  ),
  standard(
    'adopter_income_mean',
    'integer',
    true,
    'Mean home-industry income per month of home industries selling online at the period end, rupiah; empty when there is none.',
    (w, v) =>
      meanWhere(
        pc(w),
        (p) => v.businessIncome[p],
        (p) => w.producers.adopted[p] === 1,
      ),
  ),
  standard(
    'non_adopter_income_mean',
    'integer',
    true,
    'Mean home-industry income per month of home industries not selling online, rupiah.',
    (w, v) =>
      meanWhere(
        pc(w),
        (p) => v.businessIncome[p],
        (p) => w.producers.adopted[p] === 0,
      ),
  ),
  standard(
    'bonding_only_income_mean',
    'integer',
    true,
    'Mean home-industry income per month of home industries whose ties are all bonding, rupiah; empty when there is none.',
    (w, v) =>
      meanWhere(
        pc(w),
        (p) => v.businessIncome[p],
        (p) => bondingOnly(v, p),
      ),
  ),
  standard(
    'bridging_income_mean',
    'integer',
    true,
    'Mean home-industry income per month of home industries with a bridging or linking tie, rupiah.',
    (w, v) =>
      meanWhere(
        pc(w),
        (p) => v.businessIncome[p],
        (p) => !bondingOnly(v, p),
      ),
  ),
  standard(
    'poverty_headcount',
    'integer',
    true,
    'Households whose income per capita per month this period is below the poverty line; empty at day 0 (nothing earned yet) and on a partial row.',
    (_w, v) => monthlyHeadcount(v, v.totals.poor),
  ),
  standard(
    'ex_migrant_poverty_headcount',
    'integer',
    true,
    'Households with a returned migrant worker below the poverty line (as poverty_headcount).',
    (_w, v) => monthlyHeadcount(v, v.totals.poorExMigrants),
  ),
  standard(
    'returnee_income_mean',
    'integer',
    true,
    'Mean income per month of households whose migrant worker returned during the run (returning-migrants), rupiah; empty while there is none.',
    (_w, v) => ratio(v.totals.returneeIncome, v.totals.returnees),
  ),
  standard(
    'returnee_poverty_headcount',
    'integer',
    true,
    'Households whose migrant worker returned during the run and that are below the poverty line (as poverty_headcount).',
    (_w, v) => monthlyHeadcount(v, v.totals.poorReturnees),
  ),
  standard('gini', 'decimal', true, 'Gini coefficient of household income per month (0 equal; 1 one household has all).', (_w, v) =>
    gini(sortedIncomes(v)),
  ),
  standard(
    'consumption_mean',
    'integer',
    true,
    'Mean household spending per month on basic needs, other goods and home-industry products, rupiah.',
    (w, v) => ratio(v.totals.consumption * v.monthFactor, hh(w)),
  ),
  standard(
    'consumption_poverty_headcount',
    'integer',
    true,
    "Households whose consumption per capita per month this period (spending on basic needs, other goods and home-industry products) is below the poverty line: BPS's measure; empty at day 0 and on a partial row.",
    (_w, v) => monthlyHeadcount(v, v.totals.consumptionPoor),
  ),
  standard(
    'unmet_need_mean',
    'integer',
    true,
    'Mean basic need per month that households could neither pay nor borrow for, rupiah.',
    (w, v) => ratio(v.totals.unmetNeed * v.monthFactor, hh(w)),
  ),
  standard('cash_mean', 'integer', false, 'Mean household cash at the end of the period, rupiah.', (w, v) => ratio(v.totals.cash, hh(w))),
  standard('debt_mean', 'integer', false, 'Mean household consumption debt at the end of the period, rupiah.', (w, v) =>
    ratio(v.totals.debt, hh(w)),
  ),
  optional('income_p10', 'integer', true, 'Tenth percentile of household income per month, rupiah.', (_w, v) =>
    quantile(sortedIncomes(v), 0.1),
  ),
  optional('income_p90', 'integer', true, 'Ninetieth percentile of household income per month, rupiah.', (_w, v) =>
    quantile(sortedIncomes(v), 0.9),
  ),
  optional('income_total', 'integer', true, 'Total income of all households per month, rupiah.', (_w, v) => v.totals.income),
];
