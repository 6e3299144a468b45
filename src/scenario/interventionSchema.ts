/**
 * Schema of the scenario timeline: `interventions:` is a list of programmes and shocks, each with
 * a `type`, days (`start`, optional `end` and `every`), a `target` that selects agents by group or
 * attribute, and `participation`, the share of the targeted who take part.
 */
import * as z from 'zod';
import { count, MAX_DAYS, positive, RUPIAH_FIELDS, rupiah, share } from './fields.js';

const target = z
  .strictObject({
    poor: z.boolean().optional().describe('Households poor at the start (true) or not (false).'),
    ex_migrant: z.boolean().optional().describe('Households with a returned migrant worker.'),
    migrant_abroad: z.boolean().optional().describe('Households with a member working abroad.'),
    group_member: z.boolean().optional().describe('Members of a community group.'),
    business_group: z.boolean().optional().describe('Home industries in a business group (kelompok usaha) formed by a programme.'),
    linked: z
      .boolean()
      .optional()
      .describe('Agents with a linking tie: to a government (from a hearing, for example), the district kiosk or the credit provider.'),
    adopter: z.boolean().optional().describe('Home industries selling online.'),
    bridging: z.boolean().optional().describe('Home industries with at least one bridging tie.'),
    hamlets: z.array(z.int().min(0).max(10_000)).max(10_000).optional().describe('Hamlets (local index within the village).'),
    villages: z.array(z.int().min(0).max(10_000)).max(10_000).optional().describe('Villages (index).'),
    products: z.array(z.string().max(100)).max(100).optional().describe('Home industries making these products.'),
    suppliers: z.array(z.int().min(0).max(100_000_000)).max(10_000).optional().describe('Suppliers (index), for supplier-disruption.'),
  })
  .default({})
  .describe('Which agents the intervention is for; every condition given must hold. Empty: all of the kind it acts on.');

/** Largest programme cost a field may hold, rupiah (a regency budget line; sums stay exact in a double). */
const MAX_PROGRAMME_RUPIAH = 1_000_000_000_000;

/** A programme cost in integer rupiah; absent: the type's default (src/interventions/costs.ts). */
function costPart(description: string) {
  const field = z.int().min(0).max(MAX_PROGRAMME_RUPIAH);
  const optional = field.optional().describe(description);
  // Either node may be the one a path resolves to: both refuse `6.000`.
  RUPIAH_FIELDS.add(field);
  RUPIAH_FIELDS.add(optional);
  return optional;
}

const cost = z
  .strictObject({
    fixed: costPart('Fixed cost of the programme over its whole run (set-up, facilitators, venue), rupiah.'),
    per_participant: costPart('Cost per participant, rupiah.'),
  })
  .optional()
  .describe(
    'What the programme costs whoever pays for it, rupiah; a part left out takes the default of its type (docs/model.md, "Programme costs"). Money participants pay themselves is not counted.',
  );

const common = {
  start: z.int().min(0).max(MAX_DAYS).describe('Day the intervention starts.'),
  end: z.int().min(0).max(MAX_DAYS).optional().describe('Day it ends (inclusive); default: the horizon.'),
  target,
  participation: share(
    'Share of the targeted agents who take part (a top-down programme is one with low participation). Under `social: 2`: the chance that a targeted household the offer reached joins.',
    1,
  ),
  label: z.string().max(200).optional().describe('A name for reports; default: the type.'),
  cost,
};

const channel = z
  .enum(['linking', 'open'])
  .default('linking')
  .describe(
    'Social 2: how the places reach home industries: `linking`, only through a linking tie to a government (or to the bank for credit, the kiosk for kiosk places), as a hearing makes; `open`, to every targeted one. Ignored under social 1.',
  );

/** Fields of programmes (not shocks): how households come to take part. */
const programme = {
  ...common,
  top_down: z
    .boolean()
    .default(false)
    .describe(
      'Social 2: the targeted are assigned directly (`participation` of them at random) instead of joining through information and trust along their ties.',
    ),
  information_hops: count(
    'Social 2: steps of ties the offer travels from the institutions (governments, kiosk, credit provider); each step passes a tie with the chance of its trust. Assumed, 1 to 4: from the institutions through village and hamlet heads to residents.',
    3,
    1,
    10,
  ),
};

const culinaryMarket = z.strictObject({
  type: z.literal('culinary-market'),
  ...programme,
  every: z.int().min(1).max(MAX_DAYS).default(30).describe('Days between market days.'),
  visitors: positive('Outside visitors on a market day, on average.', 650, 10_000_000),
  packs_per_visitor: positive('Packs a visitor buys, on average.', 1.5),
  stalls: count('Most stalls (participating home industries).', 40, 1, 100_000),
  stall_fee: rupiah('Fee per stall per market day, rupiah.', 10000),
  tie_probability: share('Chance a purchase leaves a lasting contact (a buyer or reseller from outside).', 0.04),
  contact_attendance: share(
    "Chance each of a producer's contacts outside the village (buyers, resellers, online followers) comes to a market day and buys there.",
    0.3,
  ),
});

const digitalPromotion = z.strictObject({
  type: z.literal('digital-promotion'),
  ...programme,
  skill_boost: share('Digital skill gained by trained households.', 0.35),
  device_support: z.boolean().default(false).describe('Participants without a smartphone get one.'),
  signal: share('Signal quality the programme brings to the targeted hamlets (0: unchanged).', 0),
  extra_contacts: count('Online contacts a participant who sells online gains from the promotion.', 10, 0, 10_000),
});

const groupFormation = z.strictObject({
  type: z.literal('group-formation'),
  ...programme,
  group_size: count('Home industries per business group.', 10, 2, 10_000),
  discount: share('Price discount on materials bought together.', 0.08),
  info_sharing: share('Chance a month that a member learns a partner (supplier or warung) of another member.', 0.5),
  bazaar_every: z.int().min(1).max(MAX_DAYS).optional().describe('Days between joint bazaars; none if absent.'),
  bazaar_visitors: positive('Buyers at a joint bazaar, on average.', 120, 1_000_000),
  knowledge_gain: share(
    'Social 2: rise in output per worker-day a member gains when it learns from another member (shared know-how, a share). Assumed, 0 to 0.3.',
    0.1,
  ),
});

const hearing = z.strictObject({
  type: z.literal('hearing'),
  ...programme,
  government: z.enum(['village', 'regency', 'both']).default('both').describe('Which government the hearing links participants to.'),
});

const creditAccess = z.strictObject({
  type: z.literal('credit-access'),
  ...programme,
  amount: rupiah('Loan per participant, rupiah.', 2000000),
  monthly_interest: share(
    "Interest per month on the amount (flat): 0.0014 is KUR Super Mikro's 3% a year effective (Permenko Perekonomian 1/2023) over twelve instalments.",
    0.0014,
  ),
  months: count('Monthly instalments.', 12, 1, 600),
  max_missed: count('Instalments in arrears on a due day at which the loan is in default and written off.', 3, 1, 600),
  channel,
});

const formalContracts = z.strictObject({
  type: z.literal('formal-contracts'),
  ...programme,
  reliability_gain: share('Rise in the chance of an on-time delivery under a contract.', 0.15),
  penalty_share: share('Penalty a supplier pays for a late delivery, share of the value delivered.', 0.05),
  credit: z.boolean().default(false).describe('Whether contracted purchases may still be on credit (bon); contracts are less flexible.'),
});

const supplierDisruption = z.strictObject({
  type: z.literal('supplier-disruption'),
  ...common,
  mode: z.enum(['stop', 'slow']).default('stop').describe('stop: no deliveries until the end; slow: delays multiplied.'),
  delay_factor: positive('Multiplier of delivery delays when slowed.', 3),
});

const crisis = z.strictObject({
  type: z.literal('crisis'),
  ...common,
  price_factor: positive('Multiplier of material prices (seed 002: the 1997 crisis).', 1.5),
  demand_factor: positive('Multiplier of household and outside demand for home-industry products.', 0.7),
  informal_factor: positive(
    "Multiplier of households' informal earnings during the crisis (1997: informal incomes fell with demand). Assumed, 0.7 to 1; 1 leaves them as they were.",
    1,
  ),
  migration: share(
    'Social 2: chance that the owner of a home industry that fails during the crisis leaves to work abroad, its household then receiving remittances (seed 002: a 1997 bankruptcy sent the owner abroad). Assumed, 0 to 0.5.',
    0.2,
  ),
});

const principleWithdrawal = z.strictObject({
  type: z.literal('principle-withdrawal'),
  ...common,
  principle: z
    .enum(['reciprocity', 'exchange', 'similarity'])
    .default('reciprocity')
    .describe(
      'The network principle (`principles`) that stops working from `start` to `end`, as if the scenario had it disabled, and works again after: an experiment that compares the same village, the same businesses and ties, with and without it from a given day.',
    ),
});

const returningMigrants = z.strictObject({
  type: z.literal('returning-migrants'),
  ...programme,
  arrivals: count('Migrant workers who return (from households with a member abroad first, unless `from` says otherwise).', 30, 1, 100_000),
  from: z
    .enum(['remittance-households', 'any', 'poor', 'non-poor'])
    .optional()
    .describe(
      'Which households the returnees come back to, among those with no home industry and no earlier returnee: remittance-households (those with a member abroad first, then others), any, poor or non-poor (drawn uniformly). Default: remittance-households under social 1, any under social 2 (who returns is not known to follow remittances).',
    ),
  savings: rupiah('Savings a returnee brings, rupiah.', 15000000),
  skill_boost: share('Skills from work abroad (social remittances, seed 002): rise in digital skill.', 0.2),
  training: z.boolean().default(false).describe('Whether returnees get entrepreneurship training (seed 000: BIMTEK of BP3TKI).'),
  join_group: z.boolean().default(false).describe('Whether returnees join a community group of returnees (seed 001: KAWAN-PMI; seed 002).'),
  invest_untrained: share('Chance an untrained returnee outside a group invests in a home industry.', 0.15),
  invest_trained: share('Chance a trained returnee invests.', 0.5),
  invest_group: share('Added chance of investing for a returnee in a group.', 0.3),
  startup_cost: rupiah('Equipment bought by a returnee who starts a home industry, rupiah.', 3000000),
  discount: share("With `join_group`: price discount on materials the group's businesses buy together (as a business group's).", 0.08),
  info_sharing: share(
    "With `join_group`: chance a month that a member's business learns a partner (supplier or warung) and, under social 2, the know-how of another member's.",
    0.5,
  ),
  knowledge_gain: share(
    "With `join_group`, social 2: rise in output per worker-day a member's business gains from another member's know-how (a share). Assumed, 0 to 0.3.",
    0.1,
  ),
  bazaar_every: z
    .int()
    .min(1)
    .max(MAX_DAYS)
    .optional()
    .describe("With `join_group`: days between the group's joint bazaars; none if absent."),
  bazaar_visitors: positive("With `join_group`: buyers at the group's joint bazaar, on average.", 120, 1_000_000),
  commit_days: z
    .int()
    .min(0)
    .max(MAX_DAYS)
    .default(90)
    .describe(
      "With `join_group`, economy 2: days of production cost (at its expected sales) of the savings left after the equipment that a member who starts a business keeps as its capital, held back from the family's discretionary spending until the business uses them or sells as an established one does (seed 002: returnee communities steer remittances into group enterprise). Assumed.",
    ),
  peer_ties: count(
    "With `join_group`, social 2: ties each member's business holds to migrant and returnee communities elsewhere (seed 002: the Lipursari group's cooperation with communities in Cilacap, Solo and Semarang), each bringing resellers' orders as a bridging tie does. Assumed, 0 to 3.",
    1,
    0,
    10,
  ),
});

const training = z.strictObject({
  type: z.literal('training'),
  ...programme,
  productivity_gain: share(
    "Rise in a trained home industry's output per worker-day (know-how; seed 000's BIMTEK). Assumed, 0 to 0.3.",
    0.15,
  ),
  skill_boost: share('Digital skill a trained household gains. Assumed.', 0.1),
  linking: z
    .boolean()
    .default(true)
    .describe('Whether each participant leaves with a linking tie to the regency government that ran the training (seed 000).'),
});

const districtKiosk = z.strictObject({
  type: z.literal('district-kiosk'),
  ...programme,
  every: z.int().min(1).max(MAX_DAYS).default(7).describe('Days between collections.'),
  capacity: count('Packs the kiosk takes from each participant per collection (fewer in a crisis, by its demand factor).', 30, 1, 100_000),
  margin: share("The kiosk's margin on its outside markets.", 0.25),
  channel,
});

/** One scheduled intervention. */
export const interventionSchema = z.discriminatedUnion('type', [
  culinaryMarket,
  digitalPromotion,
  groupFormation,
  hearing,
  creditAccess,
  formalContracts,
  supplierDisruption,
  crisis,
  returningMigrants,
  districtKiosk,
  training,
  principleWithdrawal,
]);

export const interventionsSchema = z
  .array(interventionSchema)
  .max(1000)
  .default([])
  .describe('Programmes and shocks on the timeline, in days.');

export type Intervention = z.infer<typeof interventionSchema>;
export type InterventionType = Intervention['type'];
export type Target = z.infer<typeof target>;
