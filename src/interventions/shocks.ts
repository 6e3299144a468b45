/** Shocks: a supplier that stops or slows for a while, and a crisis of prices and demand (seed 002: 1997). */
import { draw } from '../rng.js';
import type { World } from '../world/world.js';
import { selectSuppliers } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';

export const supplierDisruption: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'supplier-disruption') return;
    const suppliers = selectSuppliers(w, iv);
    iv.participants = suppliers.length;
    iv.members = suppliers;
    for (const s of suppliers) {
      if (spec.mode === 'stop') w.suppliers.stoppedUntil[s] = iv.end;
      else w.suppliers.delayFactor[s] = spec.delay_factor;
    }
  },
  finish(w: World, iv: ScheduledIntervention) {
    for (const s of iv.members) {
      w.suppliers.stoppedUntil[s] = 0;
      w.suppliers.delayFactor[s] = 1;
    }
  },
};

/** Failures of each home industry seen so far by each running crisis (social 2), to notice new ones. */
const failuresSeen = new WeakMap<ScheduledIntervention, Int32Array>();

/** Social 2: owners of home industries that failed since yesterday may leave to work abroad. */
function ownersMayMigrate(w: World, iv: ScheduledIntervention, chance: number): void {
  const pr = w.producers;
  const h = w.households;
  const seen = failuresSeen.get(iv);
  if (seen === undefined) return;
  for (let p = 0; p < pr.count; p++) {
    if (pr.failures[p] === seen[p]) continue;
    seen[p] = pr.failures[p];
    const i = pr.household[p];
    // Remittances then arrive on the household's own day of the month, as for every migrant household.
    if (h.migrantAbroad[i] === 0 && draw(iv.rng) < chance) h.migrantAbroad[i] = 1;
  }
}

export const crisis: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'crisis') return;
    iv.participants = w.households.count;
    w.conditions.materialPriceFactor *= spec.price_factor;
    w.conditions.demandFactor *= spec.demand_factor;
    w.conditions.informalFactor *= spec.informal_factor;
    // Rows for businesses started later are compared too: their count starts at 0.
    if (w.scenario.social === 2) failuresSeen.set(iv, Int32Array.from(w.producers.failures));
  },
  daily(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'crisis' || w.scenario.social !== 2) return;
    ownersMayMigrate(w, iv, spec.migration);
  },
  finish(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'crisis') return;
    w.conditions.materialPriceFactor /= spec.price_factor;
    w.conditions.demandFactor /= spec.demand_factor;
    w.conditions.informalFactor /= spec.informal_factor;
  },
};
