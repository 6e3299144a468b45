/**
 * Schema sections for the economy of home industries: products and their recipes, raw materials,
 * the home industries themselves, suppliers and warungs. Defaults are the Balewangi calibration
 * (docs/model.md gives the source of each).
 */
import * as z from 'zod';
import { count, days, positive, rupiah, share } from './fields.js';

const product = z.strictObject({
  name: z
    .string()
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe('Name of the product.'),
  share: share('Share of home industries making it (shares are normalised).', 0.25),
  price: rupiah('Retail price of a pack at a warung or door to door, rupiah.', 6000),
  material: z.string().max(100).describe('The raw material it needs (a name from `materials`).'),
  materials_per_unit: count('Units of the material per pack.', 1, 1, 1_000),
  other_cost_per_unit: rupiah('Cash cost per pack besides the material (oil, spices, packaging, fuel), rupiah.', 1200),
  units_per_worker_day: positive('Packs one worker makes in a day.', 25),
  shelf_life_days: days('Days a pack keeps before it spoils.', 30),
});

const material = z.strictObject({
  name: z
    .string()
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe('Name of the material.'),
  price: rupiah("Suppliers' selling price per unit, rupiah.", 2500),
  wholesale_price: rupiah('What suppliers pay outside wholesalers per unit, rupiah.', 2000),
});

/** Default products: processed foods and herbal drinks (seeds 002 and 004; see docs/model.md). */
export const DEFAULT_PRODUCTS = [
  {
    name: 'keripik-singkong',
    share: 0.4,
    price: 6000,
    material: 'singkong',
    materials_per_unit: 1,
    other_cost_per_unit: 900,
    units_per_worker_day: 30,
    shelf_life_days: 45,
  },
  {
    name: 'dodol',
    share: 0.25,
    price: 10000,
    material: 'ketan-gula',
    materials_per_unit: 1,
    other_cost_per_unit: 1500,
    units_per_worker_day: 20,
    shelf_life_days: 21,
  },
  {
    name: 'tiwul-instan',
    share: 0.15,
    price: 7000,
    material: 'singkong',
    materials_per_unit: 1,
    other_cost_per_unit: 1100,
    units_per_worker_day: 25,
    shelf_life_days: 90,
  },
  {
    name: 'minuman-herbal',
    share: 0.2,
    price: 5000,
    material: 'rempah',
    materials_per_unit: 1,
    other_cost_per_unit: 900,
    units_per_worker_day: 40,
    shelf_life_days: 7,
  },
];

/** Default materials. */
export const DEFAULT_MATERIALS = [
  { name: 'singkong', price: 2500, wholesale_price: 2000 },
  { name: 'ketan-gula', price: 4500, wholesale_price: 3600 },
  { name: 'rempah', price: 1800, wholesale_price: 1450 },
];

export const productsSchema = z.array(product).min(1).max(100).default(DEFAULT_PRODUCTS).describe('What home industries make.');
export const materialsSchema = z.array(material).min(1).max(100).default(DEFAULT_MATERIALS).describe('Raw materials suppliers sell.');

export const homeIndustriesSchema = z
  .strictObject({
    poor_share: share('Share of home industries run by households poor at the start (seed 004: poor families).', 0.75),
    workers_max: count('Most workers of a home industry (1 to this; seed 003, after Law 3/2014: 1 to 4).', 4, 1, 1_000),
    initial_sales_per_day: positive('Expected packs sold a day at the start, before any sale is seen.', 14),
    sales_memory_days: days('Days over which a home industry averages its sales to plan production.', 14),
    stock_days: positive('Stock a home industry keeps (at home and in warungs), days of expected sales.', 4),
    home_reserve_days: positive(
      'Packs kept at home for door-to-door and online buyers rather than put in warungs, days of expected sales.',
      1,
    ),
    reorder_days: positive('Materials left, in days of production, below which it orders more.', 3),
    order_days: positive('Materials ordered at once, days of production.', 7),
    reserve_days: positive('Days of basic need a household keeps back from business spending.', 3),
    direct_purchase_probability: share('Chance a day that a household customer buys a pack door to door.', 0.06),
    failure_days: days('Consecutive days without production after which a home industry has failed.', 45),
    restart_cash_days: positive('Cash a failed home industry needs to restart, days of planned production cost.', 10),
    help_repay_days: days('Days within which restart capital lent by kin or neighbours is to be repaid.', 180),
    help_kept_share: share(
      'Social 2: share of the capital lent for the business (by a bonding tie, or microcredit) that the family keeps in the business while it is owed (the rest is pooled with its cash); assumed 0 to 1.',
      0.5,
    ),
    peer_loan_days: days('Days within which materials borrowed from a peer are to be returned.', 14),
    cancel_after_days: days(
      'Days past the promised day after which a producer gives up on an order (a broken promise of the supplier).',
      14,
    ),
  })
  .prefault({})
  .describe('Home industries (industri rumah tangga): a role of some households.');

export const suppliersSchema = z
  .strictObject({
    materials_each: count('Materials each supplier sells.', 2, 1, 100),
    reliability_min: share('Lowest chance of an on-time delivery among suppliers.', 0.7),
    reliability_max: share('Highest chance of an on-time delivery among suppliers.', 0.95),
    lead_days: days('Days from order to an on-time delivery.', 1),
    delay_mean_days: positive('Mean extra days of a late delivery.', 4),
    price_spread: share('Spread of prices between suppliers (+- this share of the material price).', 0.08),
    credit_days: days('Days a supplier gives to pay a purchase on credit (bon).', 14, 0),
    credit_limit: rupiah('Most credit a supplier extends to one home industry, rupiah.', 600000),
    credit_trust: share('Trust a supplier needs in a buyer to sell on credit.', 0.45),
    grace_days: days('Days a supplier waits after a missed credit payment before asking again.', 7),
    default_days: days('Days of arrears after which unpaid credit counts as a broken obligation.', 60),
    float: rupiah('Working cash a supplier keeps; profit above it goes to its owner.', 3000000),
    forbearance_strength: share(
      'Tie strength from which a supplier reschedules a buyer who cannot pay, instead of counting a broken promise.',
      0.6,
    ),
    stock_days: positive("Supplier's order-up-to level, days of expected demand.", 10),
    restock_lag_days: days('Days from a supplier reordering to the goods arriving from wholesalers.', 3),
  })
  .prefault({})
  .describe('Raw-material suppliers (pemasok bahan baku).');

export const warungsSchema = z
  .strictObject({
    margin_min: share('Lowest commission a warung keeps on consigned products (titip jual).', 0.1),
    margin_max: share('Highest commission.', 0.2),
    settle_every_days: days('Days between settlements with consigning producers.', 7),
    slots: count('Producers whose products a warung displays at once.', 6, 1, 1_000),
    slot_capacity: count('Packs of one producer a warung holds on consignment.', 24, 1, 100_000),
    outright_margin: share('Margin a warung takes when it buys products outright instead of on consignment.', 0.21),
    equal_margins: z
      .boolean()
      .default(false)
      .describe(
        'Economy 2: a warung takes the same margin buying outright as on consignment (else its outright margin is drawn independently from the same range, margin_min to margin_max).',
      ),
    outright_capacity: count('Packs of one producer a warung buys outright at a time.', 8, 1, 100_000),
    outright_slots: count('Producers a warung buys from outright at once (it bears the risk of unsold packs).', 4, 0, 1_000),
    substitution: share('Chance a buyer who finds no pack where they look takes another product on the shelf instead.', 0.6),
    consignment_trust: share('Trust a warung needs in a producer to take its products on consignment (at full reciprocity).', 0.3),
    float: rupiah('Working cash a warung keeps; profit above it goes to its owner.', 500000),
    outside_buyers_per_day: positive('Buyers from outside the village at a warung per day, on average.', 2),
    snack_probability: share('Chance a day that a household with spare cash buys a pack at its warung.', 0.45),
  })
  .prefault({})
  .describe('Warungs: small shops that sell home-industry products.');
