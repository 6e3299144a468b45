/**
 * The scenario schema: the single source of truth for what a scenario file may say, its defaults
 * and its bounds. Types come from it (`z.infer`), and `simulate schema` exports it as JSON Schema.
 */
import * as z from 'zod';
import { REPORTER_NAMES } from '../metrics/reporters.js';
import { count, days, positive, rupiah, share } from './fields.js';

const population = z
  .strictObject({
    villages: count('Villages of the Balewangi kind; each gets the per-village counts below.', 1, 1),
    households: count('Households per village.', 1600, 1),
    poor_households: count('Households per village below the poverty line at the start (seed 004: 589).', 589),
    hamlets: count('Hamlets (kampung) per village; neighbours live in the same hamlet.', 8, 1),
  })
  .prefault({})
  .superRefine((p, ctx) => {
    if (p.poor_households > p.households) {
      ctx.addIssue({
        code: 'custom',
        path: ['poor_households'],
        message: `expected at most population.households (${p.households}), got ${p.poor_households}`,
      });
    }
  })
  .describe('How many agents of each kind a run starts with.');

const households = z
  .strictObject({
    size_poor: positive('Mean size of a poor household, persons (BPS West Java 2022: 4.05).', 4.05),
    size_nonpoor: positive('Mean size of a non-poor household, persons.', 3.6),
    poverty_line: rupiah('Poverty line per capita per month, rupiah (BPS Garut, March 2023).', 367681),
    income_sigma: positive('Log-scale spread of expected income per capita between households.', 0.55),
    work_days_per_month: positive('Days a month with informal work, on average.', 22),
    income_volatility: share('Day-to-day spread of informal earnings around the household wage.', 0.3),
    basic_need: positive('Basic consumption per capita as a multiple of the poverty line.', 0.8),
    discretionary_propensity: share('Share of cash above the buffer spent in a month on other goods.', 0.6),
    buffer_months: positive('Savings a household keeps before spending on other goods, months of basic need.', 0.5),
    initial_savings_months: positive('Cash at the start, months of basic need.', 0.5),
    borrowing_limit_months: positive('Most a household borrows for basic needs, months of basic need.', 1),
    repayment_share: share('Share of cash above basic needs used each day to repay consumption debt.', 0.1),
  })
  .prefault({})
  .describe('Households: size, income from informal work, consumption, savings and debt.');

const output = z
  .strictObject({
    reporters: z
      .array(z.enum(REPORTER_NAMES))
      .optional()
      .describe('Columns of metrics.csv, in order; the default is every standard reporter.'),
    extra_reporters: z
      .array(z.enum(REPORTER_NAMES))
      .default([])
      .describe('Reporters appended after the chosen columns (e.g. optional percentiles).'),
  })
  .prefault({})
  .describe('What a run writes.');

/** The whole scenario, as read from a file after `extends` is merged. */
export const scenarioSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/)
      .optional()
      .describe('Name of the scenario, used as its output folder; defaults to the file name.'),
    description: z.string().default('').describe('What the scenario represents.'),
    extends: z.string().optional().describe('Path of a base scenario, relative to this file.'),
    baseline: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/)
      .optional()
      .describe('Name of the scenario this one is compared with when both run in one call; default: the scenario it extends.'),
    seed: z.int().min(0).max(2 ** 31 - 1).default(1).describe('Seed of the first run.'),
    horizon_days: days('Days simulated.', 730),
    period_days: days('Days per reporting period.', 30),
    population,
    households,
    output,
  })
  .describe('A jejaring scenario: a village, its people, its trade and the programmes scheduled in it.');

/** A validated scenario with every default filled in. */
export type Scenario = z.infer<typeof scenarioSchema> & { name: string };
/** A scenario as a file may write it, before defaults. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
