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

/** The "who gains" columns, in the order the report shows them. */
export const WHO_GAINS: readonly GroupColumn[] = [
  { metric: 'income_mean', label: 'All households' },
  { metric: 'poor_income_mean', label: 'Poor at the start' },
  { metric: 'producer_income_mean', label: 'Home-industry households' },
  { metric: 'home_industry_income_mean', label: 'Home industries (business income)' },
  { metric: 'ex_migrant_income_mean', label: 'Ex-migrant households' },
  { metric: 'adopter_income_mean', label: 'Digital adopters' },
  { metric: 'non_adopter_income_mean', label: 'Non-adopters of digital channels' },
  { metric: 'bonding_only_income_mean', label: 'Producers, bonding ties only' },
  { metric: 'bridging_income_mean', label: 'Producers, bridging or linking ties' },
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
