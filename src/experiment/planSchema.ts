/**
 * The schema of an experiment plan (`simulate experiment plan.yaml`): a base scenario, the
 * programmes to compare with it, the uncertain factors and how to sample them, the design, the
 * seeds per point and the outputs to keep. docs/experiments.md describes every field.
 */
import * as z from 'zod';
import { interventionsSchema } from '../scenario/interventionSchema.js';
import { periodsSchema } from '../validate/patternSchema.js';

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a key of lower-case letters, digits and _');
const dotted = z
  .string()
  .regex(/^[a-z_][a-z0-9_]*(\[\d+\])*(\.[a-z_][a-z0-9_]*(\[\d+\])*)*$/, 'expected a dotted field path such as finance.entry_rate');

/** An uncertain factor: a range or a list of values, and how to sample it. */
export const factorSchema = z.strictObject({
  range: z.tuple([z.number(), z.number()]).optional().describe('[low, high] of the plausible values.'),
  values: z.array(z.number()).min(1).optional().describe('The values it can take (sampled as discrete).'),
  distribution: z
    .enum(['uniform', 'loguniform', 'discrete'])
    .optional()
    .describe('uniform (default for a range), loguniform (a range above 0) or discrete (default for values).'),
  integer: z.boolean().default(false).describe('Whole numbers only (days, counts): a range is sampled in whole steps.'),
  source: z.string().min(1).optional().describe('Where the range comes from, or "assumed".'),
});

/** A programme: a scenario file that extends the base, or interventions added to the base. */
export const programmeSchema = z.union([
  z.string().min(1).describe('A scenario file, relative to the plan, that extends the base scenario.'),
  z.strictObject({ interventions: interventionsSchema, description: z.string().optional() }),
]);

/** An output kept for every run: a figure from its metrics.csv. */
export const outputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('mean'), column: z.string().min(1), periods: periodsSchema }),
  z.strictObject({ kind: z.literal('slope'), column: z.string().min(1), periods: periodsSchema }),
  z.strictObject({
    kind: z.literal('share'),
    numerator: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    denominator: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    periods: periodsSchema,
  }),
]);

const seed = z
  .int()
  .min(0)
  .max(2 ** 31 - 1)
  .default(1)
  .describe('Seed of the design (not of the runs).');

/** How the points are chosen. */
export const designSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('grid'), levels: z.int().min(1).max(20).default(3), seed }),
  z.strictObject({ kind: z.literal('lhs'), points: z.int().min(1).max(100_000), seed }),
  z.strictObject({
    kind: z.literal('morris'),
    trajectories: z.int().min(2).max(10_000),
    levels: z
      .int()
      .min(2)
      .max(20)
      .refine((n) => n % 2 === 0, 'expected an even number of levels')
      .default(4),
    seed,
  }),
  z.strictObject({
    kind: z.literal('sobol'),
    samples: z.int().min(2).max(100_000),
    bootstrap: z.int().min(0).max(10_000).default(200),
    seed,
  }),
]);

/** An experiment plan. */
export const planSchema = z.strictObject({
  description: z.string().optional(),
  base: z.string().min(1).describe('The base scenario file, relative to the plan.'),
  programmes: z.record(key, programmeSchema).describe('Programmes by key; `baseline` is the base itself.'),
  factors: z.record(dotted, factorSchema).describe('Uncertain scenario fields by dotted path.'),
  design: designSchema,
  seeds: z.int().min(1).max(1000).default(2).describe('Seeds 1..N run at every point, the same for every programme.'),
  outputs: z.record(key, outputSchema).describe('Figures kept for every run, by name.'),
  objective: z
    .strictObject({ output: key, better: z.enum(['higher', 'lower']).default('higher') })
    .optional()
    .describe('The output programmes are ranked by (default: the first output, higher is better).'),
  accept: z.enum(['none', 'patterns']).default('none').describe('patterns: rank over the points that pass the patterns.'),
  patterns: z.string().min(1).optional().describe('Patterns file for accept (default: the bundled one), relative to the plan.'),
});

export type PlanData = z.infer<typeof planSchema>;
export type FactorDef = z.infer<typeof factorSchema>;
export type OutputDef = z.infer<typeof outputSchema>;
export type DesignDef = z.infer<typeof designSchema>;
