/**
 * Names of the reporters (the columns metrics.csv can have), in the default column order: what a
 * scenario's `output.reporters` may list. The scenario validates against this list and metrics/
 * defines a reporter for each name; metrics/reporters.ts refuses to load when the two disagree, so
 * a new reporter is added here and in metrics/ together. It lives here so the scenario need not
 * import metrics/ (which depends on the world, which depends on the scenario).
 */
export const REPORTER_NAMES = [
  'income_mean',
  'income_median',
  'home_industry_income_mean',
  'poor_income_mean',
  'producer_income_mean',
  'ex_migrant_income_mean',
  'adopter_income_mean',
  'non_adopter_income_mean',
  'bonding_only_income_mean',
  'bridging_income_mean',
  'poverty_headcount',
  'ex_migrant_poverty_headcount',
  'returnee_income_mean',
  'returnee_poverty_headcount',
  'gini',
  'consumption_mean',
  'consumption_poverty_headcount',
  'unmet_need_mean',
  'cash_mean',
  'debt_mean',
  'sales_warung',
  'sales_direct',
  'sales_market',
  'sales_digital',
  'production_units',
  'spoiled_units',
  'late_deliveries',
  'stockout_days',
  'active_home_industries',
  'business_failures',
  'business_failure_rate',
  'ties_bonding',
  'ties_bridging',
  'ties_linking',
  'trust_mean',
  'credit_outstanding',
  'digital_adopters',
  'home_industry_revenue_median',
  'home_industry_revenue_cost_ratio_median',
  'cash_limited_share',
  'wage_income_mean',
  'hired_workers',
  'income_p10',
  'income_p90',
  'income_total',
  'home_industry_revenue_mean',
  'capacity_top_bridging_linking_ties',
  'bridging_linking_ties',
  'online_share',
  'household_online_share',
  'device_share',
] as const satisfies readonly [string, ...string[]];

/** A reporter's name. */
export type ReporterName = (typeof REPORTER_NAMES)[number];
