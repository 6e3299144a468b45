/**
 * The scenario schema: the single source of truth for what a scenario file may say, its defaults
 * and its bounds. Types come from it (`z.infer`), and `simulate schema` exports it as JSON Schema.
 */
import * as z from 'zod';
import { describeValue } from './errors.js';
import { REPORTER_NAMES } from './reporterNames.js';
import { count, days, positive, rupiah, share } from './fields.js';
import { demandSchema, economySchema, financeSchema, labourSchema } from './economySchema.js';
import { interventionsSchema } from './interventionSchema.js';
import { targetProblems } from './targetCheck.js';
import { digitalSchema, networkSchema, principlesSchema } from './networkSchema.js';
import { homeIndustriesSchema, materialsSchema, productsSchema, suppliersSchema, warungsSchema } from './trade.js';

const population = z
  .strictObject({
    villages: count('Villages of the Balewangi kind; each gets the per-village counts below.', 1, 1, 10_000),
    households: count('Households per village.', 1600, 1, 1_000_000),
    poor_households: count('Households per village below the poverty line at the start (seed 004: 589).', 589, 0, 1_000_000),
    hamlets: count('Hamlets (kampung) per village; neighbours live in the same hamlet.', 8, 1, 10_000),
    home_industries: count('Home industries per village (assumed; the study met 3).', 40, 0, 1_000_000),
    suppliers: count('Raw-material suppliers per village (assumed; the study met 2).', 5, 1, 10_000),
    warungs: count('Warungs per village (assumed; the study met 2).', 25, 1, 100_000),
    outsiders: count('Potential contacts outside the village per village: buyers, resellers, online customers.', 300, 0, 1_000_000),
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
    if (p.home_industries > p.households) {
      ctx.addIssue({
        code: 'custom',
        path: ['home_industries'],
        message: `expected at most population.households (${p.households}), got ${p.home_industries}`,
      });
    }
  })
  .describe('How many agents of each kind a run starts with.');

const households = z
  .strictObject({
    size_poor: positive('Mean size of a poor household, persons (BPS West Java 2022: 4.05).', 4.05, 50),
    size_nonpoor: positive('Mean size of a non-poor household, persons.', 3.6, 50),
    poverty_line: rupiah('Poverty line per capita per month, rupiah (BPS Garut, March 2023).', 367681),
    income_sigma: positive('Log-scale spread of expected income per capita between households.', 0.55, 10),
    work_days_per_month: positive('Days a month with informal work, on average.', 22, 31),
    income_volatility: share('Day-to-day spread of informal earnings around the household wage.', 0.3),
    basic_need: positive('Basic consumption per capita as a multiple of the poverty line.', 0.8),
    discretionary_propensity: share('Share of cash above the buffer spent in a month on other goods.', 0.6),
    buffer_months: positive('Savings a household keeps before spending on other goods, months of basic need.', 0.5),
    initial_savings_months: positive('Cash at the start, months of basic need.', 0.5),
    borrowing_limit_months: positive('Most a household borrows for basic needs, months of basic need.', 1),
    repayment_share: share('Share of cash above basic needs used each day to repay consumption debt.', 0.1),
    debt_write_off_months: positive(
      'Economy 2: mean months before informal lenders (kin, neighbours, warung bon) stop collecting a rupiah of consumption debt; each day 1/(30 x this) of it is written off. Assumed, 3 to 24.',
      12,
      1200,
    ),
    ex_migrant_share: share('Share of households with a returned migrant worker (seed 002, Lipursari: 111 returned).', 0.07),
    migrant_abroad_share: share('Share of households with a member working abroad (seed 002, Lipursari: 44 abroad).', 0.03),
    remittance: rupiah('Remittance per month from a member abroad, rupiah (Bank Indonesia, Malaysia corridor).', 3500000),
    ex_migrant_savings_months: positive('Extra savings a returned migrant household starts with, months of basic need.', 3),
    group_share: share('Share of households in a community group (arisan, pengajian, kelompok).', 0.3),
    group_size: count('Members of a community group.', 15, 2, 10_000),
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
    agents: z.boolean().default(true).describe('Write agents.csv: one row per agent at the end, with its income decomposition and ties.'),
    agents_per_period: z
      .boolean()
      .default(false)
      .describe("Write agents_periods.csv: every household's income path, one row per household per period."),
  })
  .prefault({})
  .describe('What a run writes.');

/** What a scenario name may be: a folder name of lower-case letters, digits, '.', '-' and '_'. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** Names the output folder already uses for the report and comparison of a call. */
export const RESERVED_NAMES: readonly string[] = ['charts', 'report', 'report.html', 'comparison.csv'];

/** Why `name` cannot name a scenario's output folder, or undefined if it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length > 100 || !NAME_PATTERN.test(name))
    return `expected a name of at most 100 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit, got ${describeValue(name)}`;
  if (RESERVED_NAMES.includes(name))
    return `expected a name other than ${RESERVED_NAMES.join(', ')} (the output folder uses these), got "${name}"`;
  return undefined;
}

type Ctx = z.core.$RefinementCtx<z.infer<typeof scenarioShape>>;

/** Checks that need more than one field: names that must match, ranges given by two bounds. */
function checkCrossReferences(v: z.infer<typeof scenarioShape>, ctx: Ctx): void {
  const materials = v.materials.map((m) => m.name);
  v.products.forEach((p, k) => {
    if (!materials.includes(p.material)) {
      ctx.addIssue({
        code: 'custom',
        path: ['products', k, 'material'],
        message: `expected one of the materials (${materials.join(', ')}), got "${p.material}"`,
      });
    }
    if (v.products.findIndex((q) => q.name === p.name) !== k) {
      ctx.addIssue({
        code: 'custom',
        path: ['products', k, 'name'],
        message: `expected a name not used by another product, got "${p.name}" again`,
      });
    }
  });
  if (v.suppliers.materials_each > materials.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['suppliers', 'materials_each'],
      message: `expected at most the number of materials (${materials.length}), got ${v.suppliers.materials_each}`,
    });
  }
  const ranges: Array<[string, string, number, number]> = [
    ['suppliers', 'reliability', v.suppliers.reliability_min, v.suppliers.reliability_max],
    ['warungs', 'margin', v.warungs.margin_min, v.warungs.margin_max],
  ];
  v.interventions.forEach((iv, k) => {
    if (iv.start > v.horizon_days) {
      ctx.addIssue({
        code: 'custom',
        path: ['interventions', k, 'start'],
        message: `expected a day within the horizon (0 to ${v.horizon_days}), got ${iv.start}`,
      });
    }
    if (iv.end !== undefined && iv.end < iv.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['interventions', k, 'end'],
        message: `expected a day at or after start (${iv.start}), got ${iv.end}`,
      });
    }
    const facts = {
      villages: v.population.villages,
      households: v.population.households,
      poorHouseholds: v.population.poor_households,
      hamlets: v.population.hamlets,
      suppliers: v.population.suppliers,
      homeIndustries: v.population.home_industries,
      exMigrantShare: v.households.ex_migrant_share,
      migrantAbroadShare: v.households.migrant_abroad_share,
      groupShare: v.households.group_share,
      linkingShare: v.network.linking_share,
      interventions: v.interventions,
    };
    for (const problem of targetProblems(facts, iv)) {
      ctx.addIssue({ code: 'custom', path: ['interventions', k, ...problem.path], message: problem.message });
    }
    for (const name of iv.target.products ?? []) {
      if (!v.products.some((p) => p.name === name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['interventions', k, 'target', 'products'],
          message: `expected names of products (${v.products.map((p) => p.name).join(', ')}), got "${name}"`,
        });
      }
    }
  });
  for (const [section, field, lo, hi] of ranges) {
    if (lo > hi) {
      ctx.addIssue({
        code: 'custom',
        path: [section, `${field}_min`],
        message: `expected at most ${section}.${field}_max (${hi}), got ${lo}`,
      });
    }
  }
}

const scenarioShape = z.strictObject({
  name: z
    .string()
    .max(100)
    .regex(NAME_PATTERN)
    .refine((n) => !RESERVED_NAMES.includes(n), { error: (iss) => nameProblem(String(iss.input)) ?? '' })
    .optional()
    .describe(
      `Name of the scenario, used as its output folder; defaults to the file name without .yaml. Not ${RESERVED_NAMES.join(', ')}.`,
    ),
  description: z.string().max(10_000).default('').describe('What the scenario represents.'),
  extends: z.string().max(4096).optional().describe('Path of a base scenario, relative to this file.'),
  baseline: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/)
    .optional()
    .describe('Name of the scenario this one is compared with when both run in one call; default: the scenario it extends.'),
  kind: z
    .enum(['baseline', 'programme', 'shock', 'counterfactual'])
    .optional()
    .describe(
      'What the scenario is, for ranking: `programme` (something a planner can fund; ranked), `shock` (an event from outside), `counterfactual` (a world that differs, to learn from), `baseline`. Not inherited through `extends`; default: `programme` with interventions, else `baseline`.',
    ),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1)
    .describe('Seed of the first run.'),
  horizon_days: days('Days simulated.', 730),
  period_days: days('Days per reporting period.', 30),
  warmup_days: z
    .int()
    .min(0)
    .max(3650)
    .default(0)
    .describe(
      'Days simulated before day 0 so the village settles from its drawn start; nothing is reported from them, and interventions count their days from day 0.',
    ),
  population,
  households,
  products: productsSchema,
  materials: materialsSchema,
  home_industries: homeIndustriesSchema,
  suppliers: suppliersSchema,
  warungs: warungsSchema,
  network: networkSchema,
  principles: principlesSchema,
  digital: digitalSchema,
  economy: economySchema,
  social: z
    .union([z.literal(1), z.literal(2)])
    .default(1)
    .describe(
      'Social capital model: 1 as before, 2 ties classed by function, digital diffusion and programmes through mechanisms (MODEL.md v2)',
    ),
  finance: financeSchema,
  labour: labourSchema,
  demand: demandSchema,
  interventions: interventionsSchema,
  output,
});

/** The whole scenario, as read from a file after `extends` is merged. */
export const scenarioSchema = scenarioShape
  .superRefine(checkCrossReferences)
  .describe('A jejaring scenario: a village, its people, its trade and the programmes scheduled in it.');

/** A validated scenario with every default filled in. */
export type Scenario = z.infer<typeof scenarioSchema> & { name: string };
/** A scenario as a file may write it, before defaults. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
