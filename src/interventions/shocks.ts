/** Shocks: a supplier that stops or slows for a while, and a crisis of prices and demand (seed 002: 1997). */
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

export const crisis: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'crisis') return;
    iv.participants = w.households.count;
    w.conditions.materialPriceFactor *= spec.price_factor;
    w.conditions.demandFactor *= spec.demand_factor;
  },
  finish(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'crisis') return;
    w.conditions.materialPriceFactor /= spec.price_factor;
    w.conditions.demandFactor /= spec.demand_factor;
  },
};
