/**
 * The schema of a patterns file (scenarios/patterns/*.yaml): the counterfactual scenarios the
 * patterns need, and each pattern's statistic and target. Statistics are data, not code: a
 * pattern names a kind of figure and the columns it reads, so a user can add a pattern seen in
 * their own village without writing code. Column names are checked later, against the header of
 * the runs, because the columns a run writes depend on its scenario.
 */
import * as z from 'zod';

/** The key of the validated scenario itself, always available to statistics. */
export const BASE_KEY = 'base';

/** The placeholder for the validated scenario in `extends`. */
export const SELF = '$scenario';

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a key of lower-case letters, digits and _');
const column = z.string().min(1).describe('A column name of metrics.csv or agents.csv.');
const columns = z.union([column, z.array(column).min(1)]).describe('A column, or a list of columns added together.');
const scenarioRef = key.default(BASE_KEY).describe('Key of a scenario in `scenarios`, or `base` for the validated scenario.');

/** Which periods of metrics.csv a statistic reads: every whole period, one period, or a span. */
export const periodsSchema = z
  .union([z.literal('all'), z.int().min(0), z.strictObject({ from: z.int().min(0), to: z.int().min(0) })])
  .default('all')
  .describe('`all` (every whole period from 1), a period number (0 is day 0), or {from, to} inclusive.');

const mean = z.strictObject({
  kind: z.literal('mean'),
  scenario: scenarioRef,
  column,
  periods: periodsSchema,
});

const paired = z.strictObject({
  kind: z.literal('paired'),
  scenario: scenarioRef,
  baseline: key,
  column,
  periods: periodsSchema,
  measure: z.enum(['difference', 'ratio', 'relative_change']).default('relative_change'),
  net_of: z
    .strictObject({ scenario: key, baseline: key })
    .optional()
    .describe(
      'A second pair whose figure (same column, periods and measure) is subtracted: a difference of differences, for two settings whose worlds differ before the change compared.',
    ),
});

const cohort = z.strictObject({
  kind: z.literal('cohort'),
  scenario: key,
  baseline: scenarioRef,
  columns,
  where: z.record(z.string().min(1), z.union([z.number(), z.string()])).default({}),
  measure: z.enum(['difference', 'relative_change']).default('difference'),
});

const slope = z.strictObject({
  kind: z.literal('slope'),
  scenario: scenarioRef,
  column,
  periods: periodsSchema,
});

const share = z.strictObject({
  kind: z.literal('share'),
  scenario: scenarioRef,
  numerator: columns,
  denominator: columns,
  periods: periodsSchema,
});

const where = z.record(z.string().min(1), z.union([z.number(), z.string()])).default({});
const bounds = z.tuple([z.number().nullable(), z.number().nullable()]).describe('[low, high], inclusive; null leaves that end open.');

const change = z.strictObject({
  kind: z.literal('change'),
  scenario: scenarioRef,
  column,
  from: z.int().min(0).default(0).describe('Period of the first value (0 is day 0).'),
  to: z
    .union([z.int().min(0), z.literal('last')])
    .default('last')
    .describe('Period of the second value, or `last` (the last whole period).'),
});

const groups = z.strictObject({
  kind: z.literal('groups'),
  scenario: scenarioRef,
  by: column.describe('The agents.csv column whose values form the groups (e.g. hamlet).'),
  where,
  column,
  within: bounds.describe("Range of the group's mean of `column` that counts the group."),
});

const contrast = z.strictObject({
  kind: z.literal('contrast'),
  scenario: scenarioRef,
  columns,
  where,
  versus: where,
  measure: z.enum(['difference', 'relative_change']).default('relative_change'),
});

/** How a pattern's figure is computed from each seed's run(s). */
export const statisticSchema = z.discriminatedUnion('kind', [mean, paired, cohort, slope, share, change, groups, contrast]);

/**
 * What the figure must do: its mean lie in a range; its 95% interval lie above, below or around 0,
 * or not wholly above (below) 0; or enough seeds' figures exceed a value.
 */
export const targetSchema = z.union(
  [
    z.strictObject({
      range: z.tuple([z.number().nullable(), z.number().nullable()]).describe('[low, high], inclusive; null leaves that end open.'),
    }),
    z.strictObject({
      seeds: z.strictObject({
        above: z.number().describe("The value a seed's figure must exceed."),
        at_least: z.number().min(0).max(1).describe('Share of seeds, 0 to 1, whose figure must exceed it.'),
      }),
    }),
    z.literal('above_zero'),
    z.literal('below_zero'),
    z.literal('contains_zero'),
    z.literal('not_above_zero'),
    z.literal('not_below_zero'),
  ],
  {
    error:
      'above_zero, below_zero, contains_zero, not_above_zero, not_below_zero, {range: [low, high]} or {seeds: {above: x, at_least: share}}',
  },
);

/** One pattern. */
export const patternSchema = z.strictObject({
  name: key.describe('Short name, printed in the table.'),
  description: z.string().min(1).describe('One line: what the pattern says.'),
  source: z.string().min(1).describe('Where the target comes from (a paper, BPS, or "assumed").'),
  statistic: statisticSchema,
  target: targetSchema,
  assumed: z.boolean().default(false).describe('True when the target itself is an assumption, not an observation.'),
});

/** A counterfactual: a scenario file (relative to the patterns file) or changes to a base. */
export const scenarioDefSchema = z.union([z.string().min(1), z.looseObject({ extends: z.string().min(1) })]);

/** A patterns file. */
export const patternFileSchema = z.strictObject({
  scenarios: z.record(key, scenarioDefSchema).default({}),
  patterns: z.array(patternSchema).min(1),
});

export type Periods = z.infer<typeof periodsSchema>;
export type Statistic = z.infer<typeof statisticSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Pattern = z.infer<typeof patternSchema>;
export type ScenarioDef = z.infer<typeof scenarioDefSchema>;
export type PatternFile = z.infer<typeof patternFileSchema>;
