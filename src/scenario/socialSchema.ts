/**
 * Scenario section of the social-capital model (`social: 2`, docs/model.md "Social capital by
 * function"): ties classed by what they are for, who holds bridging and linking ties at the start,
 * and what those ties bring. Version 1 ignores them, so every bundled scenario keeps its outputs.
 */
import * as z from 'zod';
import { count, positive, rupiah, share } from './fields.js';

/** Parameters of social capital by function, read only under `social: 2`. */
export const socialCapitalSchema = z
  .strictObject({
    linking_share: share(
      'Social 2: share of households holding linking ties (village government; the regency, for returned migrants; the bank, for the schooled) at the start, drawn by capacity. Assumed, 0.02 to 0.1.',
      0.04,
    ),
    bridging_share: share(
      'Social 2: share of households holding bridging ties to peer communities elsewhere (groups in other villages and towns, migrant and returnee communities) at the start, drawn by capacity. Assumed, 0.03 to 0.15.',
      0.06,
    ),
    bridging_ties: count('Social 2: bridging ties of each such household at the start (assumed, 1 to 4).', 2, 1, 100),
    capacity_exponent: positive(
      'Social 2: how steeply the chance of holding a bridging or linking tie rises with capacity (chance proportional to capacity to this power; assumed, 1 to 4).',
      2,
      20,
    ),
    reseller_orders_per_month: positive(
      "Social 2: orders a month a home industry gets from each of its bridging ties to a peer community (resellers and bazaars outside the village), before the outside buyers' response to price. Assumed, 0 to 2.",
      1,
    ),
    reseller_order_packs: count(
      'Social 2: packs in an order from a reseller or bazaar outside the village (assumed, 10 to 50).',
      24,
      1,
      10_000,
    ),
    reseller_margin: share('Social 2: share of the pack price a reseller or bazaar organiser keeps (assumed, 0.1 to 0.3).', 0.2),
    town_price_premium: share(
      "Social 2: how much more than a product's usual village price its pack fetches from buyers outside the village (the town price), against which outside buyers weigh the price asked; a home industry with a bridging tie knows it and leans its price towards it by the share of its sales that go outside. Assumed, 0 to 0.3.",
      0.1,
    ),
    certification_per_month: share(
      'Social 2: chance a month that a running home industry whose household holds a linking tie to a government registers its product (P-IRT), if its cash covers the cost. Assumed, 0 to 0.3.',
      0.1,
    ),
    certification_cost: rupiah(
      'Social 2: cost to a home industry of registering its product (P-IRT): food-safety counselling, tests and labels, rupiah. Assumed, as the per-participant cost of the district kiosk (Rp 250,000).',
      250_000,
    ),
    modern_outlet_orders_per_month: positive(
      "Social 2: orders a month a certified home industry gets from modern outlets outside the village that stock only registered products (minimarkets, souvenir shops, town resellers), before the outside buyers' response to price; each of `reseller_order_packs` packs, the outlet keeping `reseller_margin`. Assumed, 0 to 4.",
      2,
    ),
  })
  .prefault({})
  .describe(
    'Social capital by function (social: 2): who holds bridging and linking ties at the start, and the outside orders bridging ties bring.',
  );
