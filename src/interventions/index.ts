/**
 * The timeline: each intervention of the scenario becomes a scheduled intervention with its own
 * stream. Interventions change state and parameters or add venues; the daily rules stay the same.
 */
import type { InterventionType } from '../scenario/interventionSchema.js';
import type { World } from '../world/world.js';
import { creditAccess, digitalPromotion, formalContracts, hearing } from './capabilities.js';
import { groupFormation } from './groups.js';
import { principleWithdrawal } from './principles.js';
import { returningMigrants } from './returnees.js';
import { crisis, supplierDisruption } from './shocks.js';
import { training } from './training.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';
import { culinaryMarket, districtKiosk } from './venues.js';

const HANDLERS: Record<InterventionType, InterventionHandler> = {
  'culinary-market': culinaryMarket,
  'digital-promotion': digitalPromotion,
  'group-formation': groupFormation,
  hearing,
  'credit-access': creditAccess,
  'formal-contracts': formalContracts,
  'supplier-disruption': supplierDisruption,
  crisis,
  'returning-migrants': returningMigrants,
  'district-kiosk': districtKiosk,
  training,
  'principle-withdrawal': principleWithdrawal,
};

/**
 * The scenario's interventions, ready to run. Their days count from day 0, after the warm-up: the
 * world's clock counts from its creation, so they are shifted by `warmup_days`.
 */
export function compileInterventions(w: World): ScheduledIntervention[] {
  const seen = new Map<string, number>();
  const day0 = w.scenario.warmup_days;
  const horizon = w.scenario.horizon_days;
  return w.scenario.interventions.map((spec, index) => {
    const n = seen.get(spec.type) ?? 0;
    seen.set(spec.type, n + 1);
    return {
      spec,
      index,
      label: spec.label ?? spec.type,
      start: day0 + Math.max(1, spec.start),
      end: day0 + Math.min(spec.end ?? horizon, horizon),
      rng: w.streams.get(`intervention:${spec.type}:${n}`),
      handler: HANDLERS[spec.type],
      participants: 0,
      members: new Int32Array(0),
      defaultLosses: 0,
    };
  });
}

/** Spare home-industry rows a scenario may need for businesses started during the run. */
export function spareProducerRows(w: Pick<World, 'scenario'>): number {
  let rows = 0;
  for (const iv of w.scenario.interventions) if (iv.type === 'returning-migrants') rows += iv.arrivals;
  return rows;
}

/** Step 1 of the day: interventions that begin, run, or end today. */
export function runTimeline(w: World): void {
  for (const iv of w.interventions) {
    if (w.t === iv.start) iv.handler.begin(w, iv);
    if (iv.handler.daily !== undefined && w.t >= iv.start && w.t <= iv.end) iv.handler.daily(w, iv);
    if (iv.handler.finish !== undefined && w.t === iv.end + 1) iv.handler.finish(w, iv);
  }
}
