/**
 * What the comparison knows about particular columns: which way is better, which columns answer
 * "who gains", and which go into the short summary. Every other numeric column is compared too,
 * as "higher is better"; columns named here but missing from a run are skipped.
 */
import type { Better } from './stats.js';

/** Columns where a fall is an improvement, besides every `*poverty_headcount`. */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set([
  'gini',
  'unmet_need_mean',
  'debt_mean',
  'spoiled_units',
  'late_deliveries',
  'stockout_days',
  'business_failures',
]);

/** Which way a metric improves. */
export function betterDirection(metric: string): Better {
  return LOWER_IS_BETTER.has(metric) || metric.endsWith('poverty_headcount') ? 'lower' : 'higher';
}

/** A "who gains" row: a column and the group it measures. */
export interface GroupColumn {
  readonly metric: string;
  readonly label: string;
}

/**
 * The "who gains" columns of metrics.csv, in the order the report shows them: only groups fixed
 * before any programme acts. Groups defined at each period end (online sellers, bonding-only
 * producers, households running a business) change members when a programme works, so their means
 * read as losses or gains nobody had; the fixed cohorts of agents.csv (compare/cohorts.ts) replace them.
 */
export const WHO_GAINS: readonly GroupColumn[] = [
  { metric: 'income_mean', label: 'All households' },
  { metric: 'poor_income_mean', label: 'Poor at the start' },
  { metric: 'poverty_headcount', label: 'Poverty headcount' },
  { metric: 'gini', label: 'Gini of income' },
];

/** Columns of the short summary on stdout. */
export const SUMMARY_METRICS: readonly string[] = [
  'income_mean',
  'poor_income_mean',
  'home_industry_income_mean',
  'poverty_headcount',
  'gini',
];

/** Sales by channel, for the report. */
export const SALES_CHANNELS: readonly GroupColumn[] = [
  { metric: 'sales_warung', label: 'Warungs (consignment)' },
  { metric: 'sales_direct', label: 'Direct (door to door)' },
  { metric: 'sales_market', label: 'Culinary market' },
  { metric: 'sales_digital', label: 'Digital' },
];

/** Ties by class, for the report. */
export const TIE_CLASSES: readonly GroupColumn[] = [
  { metric: 'ties_bonding', label: 'Bonding' },
  { metric: 'ties_bridging', label: 'Bridging' },
  { metric: 'ties_linking', label: 'Linking' },
];
