/** Schema sections for ties, the three network principles and digital channels. */
import * as z from 'zod';
import { count, MAX_DAYS, positive, principle, rupiah, share } from './fields.js';

export const networkSchema = z
  .strictObject({
    supplier_credit: z.boolean().default(true).describe('Suppliers sell on credit (bon) to buyers they trust.'),
    consignment: z.boolean().default(true).describe('Warungs take products on consignment (titip jual); else they buy outright.'),
    referrals: z
      .boolean()
      .default(true)
      .describe("Trusting customers and peers pass a producer's name on to their own ties and to the warung where they shop."),
    household_degree: positive('Mean kin and neighbour ties per household.', 8, 200),
    kin_share: share('Share of those ties that are kin.', 0.4),
    cross_hamlet_share: share(
      "Share of a household's starting ties drawn from the whole village rather than its own hamlet (kin or neighbours).",
      0.1,
    ),
    cross_village_share: share('Share of ties formed with households of a neighbouring village (with more than one village).', 0.03),
    producer_suppliers: count('Suppliers a home industry knows at the start.', 2, 1, 100),
    producer_warungs: count('Warungs a home industry consigns to at the start.', 3, 0, 100),
    peer_ties: count(
      'Other home industries using the same material that each home industry picks as peers at the start (others may pick it too).',
      2,
      0,
      100,
    ),
    linking_share: share('Share of households with a tie to the village government.', 0.02),
    initial_trust: share('Mean trust of a new business tie.', 0.55),
    trust_learning_rate: share('How far trust moves towards an outcome (1 kept, 0 broken) after each exchange.', 0.15),
    broken_promise_penalty: share('Trust lost when an obligation is broken.', 0.3),
    forgiveness_per_month: share(
      "Economy 2: share of the gap between a tie's trust and `initial_trust` that a month closes when trust has fallen below it (broken promises are forgiven with time, down to the trust given a stranger, not more).",
      0,
    ),
    contact_gain: share('Strength a tie gains with each exchange.', 0.05),
    decay_per_month: share('Strength a business tie without contact loses in a month.', 0.1),
    digital_decay_per_month: share(
      'Strength an online contact without orders loses in a month (kin, neighbour, group and institutional ties do not fade).',
      0.02,
    ),
    dissolve_below: share('Strength below which a business or digital tie dissolves.', 0.05),
    outside_orders_per_month: positive(
      'Orders a month from each lasting contact outside the village (buyers and resellers met at markets).',
      0.3,
    ),
    referral_trust: share('Trust a customer needs in a producer to pass its name on.', 0.5),
    help_trust: share('Trust kin, neighbours or group members need in a producer to lend it restart capital.', 0.5),
    referral_rate: share('Chance a month that a trusting customer refers a producer to one of its own ties.', 0.25),
    degree_cap: count('Ties at which a home industry stops taking new referrals.', 80, 1, 100_000),
    similarity_scale: positive('Attribute distance at which the chance of forming a tie falls by e.', 1.5),
  })
  .prefault({})
  .describe('Ties: formation, trust, strength, decay, and the network switches of the no-network counterfactual.');

export const principlesSchema = z
  .strictObject({
    reciprocity: principle(
      'Credit on trust (bon), consignment, lending materials and restart capital among peers and kin, rescheduling by trusted suppliers; obligations repaid or broken move trust. Its strength scales credit limits, trust thresholds and the chance to lend.',
    ),
    exchange: principle(
      'Partners chosen for complementary resources (suppliers that carry the material needed), scored on trust (which punctual deliveries build) and price.',
    ),
    similarity: principle('Tie formation falling with attribute distance; referral through friends of friends.'),
  })
  .prefault({})
  .describe('The three principles by which the networks work (seed 003, after Kilduff and Tsai).');

export const digitalSchema = z
  .strictObject({
    initial_adopter_share: share('Share of home industries selling online at the start (seed 004: very few; BPS 2022).', 0.1),
    device_share: share('Share of households with a smartphone.', 0.65),
    skill_mean: share('Mean digital skill (0 to 1) of household members.', 0.35),
    skill_threshold: share('Digital skill needed to sell online.', 0.5),
    min_signal: share('Signal quality below which a hamlet cannot sell online.', 0.2),
    signal_coverage: share('Mean share of a hamlet with usable mobile signal.', 0.8),
    bass_p_per_year: positive('Bass innovation coefficient p per year (Sultan, Farley and Lehmann 1990).', 0.03),
    bass_q_per_year: positive('Bass imitation coefficient q per year.', 0.38),
    initial_contacts: count('Online contacts outside the village of a new adopter.', 15, 0, 10_000),
    max_contacts: count('Most online contacts an adopter keeps up.', 40, 0, 10_000),
    orders_per_contact_per_month: positive('Orders a month per online contact.', 0.5),
    units_per_order: count('Packs per online order.', 3, 1, 10_000),
    platform_fee: share('Share of an online sale paid to the platform.', 0.05),
    shipping_cost_per_order: rupiah('Packaging and courier cost per online order borne by the producer, rupiah.', 4000),
    new_contact_probability: share('Chance an online order brings a new lasting contact.', 0.3),
    no_signal_hamlets: count(
      'Social 2: hill hamlets per village with no usable mobile signal, where nobody can go online (seed 002: signal only at certain spots in hilly terrain). Assumed, 0 to 3.',
      1,
      0,
      10_000,
    ),
    household_online_share: share(
      'Social 2: share of households that can go online (device, skill, signal) already using a smartphone for messaging and buying online at the start; the home industries online are set by initial_adopter_share. Assumed, 0.2 to 0.5.',
      0.3,
    ),
    device_price: rupiah('Social 2: price of an entry-level smartphone, rupiah. Assumed, Rp 1-2 M.', 1500000),
    device_purchase_probability: share(
      'Social 2: chance that a household without a smartphone buys one when a remittance arrives, if its cash covers the price above its buffer. Assumed, 0.05 to 0.3.',
      0.1,
    ),
    marketplace_orders_per_day: positive(
      'Social 2: orders a day from buyers outside the village on marketplaces and social media, shared among the online sellers of a village by their reach, each taken if the price suits (BPS 2022: about a fifth of online sellers use marketplaces, half social media). A finite outside demand; assumed, 2 to 12.',
      6,
    ),
    online_buyers_until_day: z
      .int()
      .min(0)
      .max(MAX_DAYS)
      .optional()
      .describe(
        'Last day, counted from day 0, on which buyers order online (marketplace and social-media orders, orders of online contacts, WhatsApp group orders); unset, they never stop. A counterfactual: a run whose online buyers stop at day 0 shares the warm-up, and so the businesses at day 0, of the run it is compared with.',
      ),
    whatsapp_order_probability: share(
      "Social 2: chance a day that an online member of a producer's community group orders a pack through the group's WhatsApp chat (seed 002: groups coordinate sales and bazaars). Assumed, 0 to 0.03.",
      0.01,
    ),
  })
  .prefault({})
  .describe('Digital channels: devices, skills, signal, adoption and online orders (seed 002).');
