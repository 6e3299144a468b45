/** Reporters of home-industry trade: sales by channel, production, supply, ties, trust, credit, adoption. */
import { CHANNEL, CHANNELS } from '../world/producers.js';
import { TIE_CLASS } from '../world/network.js';
import type { World } from '../world/world.js';
import type { PeriodView } from './period.js';
import { countWhere, groupMean, optional, standard, sumOver, type Reporter } from './reporter.js';

const pc = (w: World) => w.producers.count;

function salesBy(channel: number) {
  return (w: World, v: PeriodView) => sumOver(pc(w), (p) => w.producers.salesValue[p * CHANNELS.length + channel]) * v.monthFactor;
}

/**
 * Failures per running business a month: the period's failures over its running business-days, times 30.
 * A rate, not a count: worlds with more businesses have more failures at the same hazard, so only the
 * rate can say whether a change makes businesses fail more often. NaN (empty) when none ran.
 */
function failureRate(w: World): number {
  const pr = w.producers;
  return groupMean(
    sumOver(pc(w), (p) => pr.periodFailures[p]) * 30,
    sumOver(pc(w), (p) => pr.activeDays[p]),
  );
}

/** Business reporters, in column order. */
export const BUSINESS_REPORTERS: readonly Reporter[] = [
  standard(
    'sales_warung',
    'integer',
    true,
    'Retail value per month of home-industry packs sold in warungs (consigned or bought outright), rupiah.',
    salesBy(CHANNEL.warung),
  ),
  standard('sales_direct', 'integer', true, 'Value per month of packs sold door to door by producers, rupiah.', salesBy(CHANNEL.direct)),
  standard(
    'sales_market',
    'integer',
    true,
    'Value per month of packs sold at markets, bazaars and kiosks, rupiah.',
    salesBy(CHANNEL.market),
  ),
  standard(
    'sales_digital',
    'integer',
    true,
    'Value per month of packs sold online, before platform and courier costs, rupiah.',
    salesBy(CHANNEL.digital),
  ),
  standard(
    'production_units',
    'integer',
    true,
    'Packs made per month by all home industries.',
    (w, v) => sumOver(pc(w), (p) => w.producers.produced[p]) * v.monthFactor,
  ),
  standard(
    'spoiled_units',
    'integer',
    true,
    'Packs spoiled per month, at home or on warung shelves.',
    (w, v) => sumOver(pc(w), (p) => w.producers.spoiled[p]) * v.monthFactor,
  ),
  standard(
    'late_deliveries',
    'integer',
    true,
    'Supplier deliveries per month that came after the promised day.',
    (w, v) => sumOver(pc(w), (p) => w.producers.lateDeliveries[p]) * v.monthFactor,
  ),
  standard(
    'stockout_days',
    'integer',
    true,
    'Producer-days per month when production stopped for lack of materials.',
    (w, v) => sumOver(pc(w), (p) => w.producers.stockoutDays[p]) * v.monthFactor,
  ),
  standard('active_home_industries', 'integer', false, 'Home industries running at the end of the period (not failed).', (w) =>
    countWhere(pc(w), (p) => w.producers.active[p] === 1),
  ),
  standard(
    'business_failures',
    'integer',
    true,
    'Home industries that failed during the period: no production for `failure_days`, or (economy 2) `finance.loss_periods` periods of losses ending with this one.',
    (w) => sumOver(pc(w), (p) => w.producers.periodFailures[p]),
  ),
  standard(
    'business_failure_rate',
    'decimal',
    true,
    'Home-industry failures per 30 days a home industry was running in the period (failures per running business a month); empty when none ran.',
    (w) => failureRate(w),
  ),
  standard(
    'ties_bonding',
    'integer',
    false,
    'Living bonding ties of home industries (ties with a home-industry end, each counted once).',
    (_w, v) => v.tiesByClass[TIE_CLASS.bonding],
  ),
  standard('ties_bridging', 'integer', false, 'Living bridging ties of home industries.', (_w, v) => v.tiesByClass[TIE_CLASS.bridging]),
  standard('ties_linking', 'integer', false, 'Living linking ties of home industries.', (_w, v) => v.tiesByClass[TIE_CLASS.linking]),
  standard(
    'trust_mean',
    'decimal',
    false,
    "Mean trust over home industries' business ties (suppliers, warungs, peers, customers met by referral).",
    (_w, v) => groupMean(v.trustSum, v.trustCount),
  ),
  standard('credit_outstanding', 'integer', false, 'Supplier credit (bon) owed by home industries at the end of the period, rupiah.', (w) =>
    sumOver(pc(w), (p) => w.producers.debt[p]),
  ),
  standard('digital_adopters', 'integer', false, 'Home industries selling online at the end of the period.', (w) =>
    countWhere(pc(w), (p) => w.producers.adopted[p] === 1),
  ),
  optional(
    'home_industry_revenue_mean',
    'integer',
    true,
    'Mean revenue per month received by home industries, all channels, rupiah.',
    (w, v) => (sumOver(pc(w) * CHANNELS.length, (k) => w.producers.revenue[k]) / Math.max(1, pc(w))) * v.monthFactor,
  ),
];
