/**
 * Scenario sections of the version-2 economy (`economy: 2`): the business's finance and equipment,
 * and paid labour. Version 1 ignores them, so every bundled scenario keeps its outputs.
 */
import * as z from 'zod';
import { count, positive, rupiah, share } from './fields.js';

/** Which economy the rules run: 1 (the calibrated version 1) or 2 (constraints that bind, docs/model.md). */
export const economySchema = z
  .union([z.literal(1), z.literal(2)])
  .default(1)
  .describe(
    'Economy the rules run: 1, the version-1 economy; 2, the version-2 economy of docs/model.md (one cash pool, paid labour, equipment).',
  );

/** Finance of a home industry under economy 2. */
export const financeSchema = z
  .strictObject({
    business_reserve_days: positive(
      'Economy 2: days of planned production cost a household running a business keeps back from discretionary spending (assumed, 0 to 10).',
      3,
    ),
    pass_through: share(
      'Economy 2: share of a rise or fall in unit cost (material prices) passed into the pack price (assumed, 0.3 to 0.8).',
      0.5,
    ),
    price_step: share(
      'Economy 2: weekly change of the price when unsold stock piles up (down) or stock runs short (up), share (assumed, 0.01 to 0.05).',
      0.02,
    ),
    loss_periods: count(
      'Economy 2: periods in a row with a loss after which a home industry closes, leaving its debts (assumed, 2 to 6).',
      3,
      1,
      120,
    ),
    reopen_days: count(
      'Economy 2: days after closing for losses before a household may start its business again (assumed, 60 to 180).',
      90,
      0,
      36_500,
    ),
    entry_rate: share(
      'Economy 2: chance a month that a household with the capital, and a bonding tie running a profitable home industry, starts one making the same product (assumed, 0.001 to 0.02).',
      0.005,
    ),
    entry_rows: count(
      'Economy 2: most home industries households may start during a run, warm-up included, per village (room in the producer table; with it full, entry stops, so it must outlast the run).',
      200,
      0,
      100_000,
    ),
    equipment_price: rupiah('Economy 2: price of equipment bought whole (fryer, sealer, packaging), rupiah (assumed, 1 to 5 M).', 2500000),
    equipment_output_gain: positive('Economy 2: extra output per worker-day with equipment, share (assumed, 0.25 to 1).', 0.5),
    equipment_payback_months: positive(
      'Economy 2: longest expected payback for which a business buys equipment, months (assumed, 3 to 12).',
      6,
    ),
  })
  .prefault({})
  .describe('Economy 2: working capital and equipment of home industries.');

/** Paid labour under economy 2. */
export const labourSchema = z
  .strictObject({
    wage_per_day: rupiah(
      'Economy 2: daily wage of a worker hired from another household, rupiah (near the informal wage, BPS Garut Rp 1.58 M a month over 22 days).',
      70000,
    ),
    family_workers: count(
      'Economy 2: workers of a home industry from its own household (the owner and family, unpaid); more are hired (assumed, 1 to 2).',
      2,
      1,
      4,
    ),
    family_time: share(
      "Economy 2: share of a working day each family worker gives the business, the rest going to housework, farming and informal work; the family's worker-days a day are its workers times this (assumed, 0.3 to 1).",
      0.7,
    ),
    forgone_share: share(
      "Economy 2: share of its household's informal earnings a member working in a home industry forgoes: the owner's household every day the business runs, a hired worker's on the days it works (assumed, 0.2 to 0.6: owners are mostly women, often second earners).",
      0.4,
    ),
    hire_share: share(
      'Economy 2: share of its last 30 active days on which labour limited production from which a business hires a worker (assumed, 0.2 to 0.6).',
      0.34,
    ),
  })
  .prefault({})
  .describe('Economy 2: workers hired from neighbouring households.');

/** Village demand under economy 2. */
export const demandSchema = z
  .strictObject({
    snack_share: share(
      "Economy 2: share of a household's income above basic needs it spends on home-industry snacks (warungs and door to door; assumed, 0.05 to 0.3).",
      0.15,
    ),
    outside_price_elasticity: positive(
      'Economy 2: price elasticity of outside buyers (online, contacts met at markets, visitors at warungs): their demand scales with (starting price / price) to this power (assumed, 0.5 to 3).',
      1.5,
    ),
    budget_days: positive(
      'Economy 2: days of snack budget a household carries over before the rest goes to other spending (assumed, 3 to 14).',
      7,
    ),
  })
  .prefault({})
  .describe('Economy 2: village demand for home-industry products out of household budgets.');
