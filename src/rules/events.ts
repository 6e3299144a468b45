/**
 * Step 1 of the day, after the timeline's programmes and shocks (interventions/index.ts):
 * remittances arrive on each migrant household's own day of the month.
 */
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';

/** Remittances due today. */
export function remittances(w: World): void {
  const h = w.households;
  const amount = w.params.remittance;
  const day = w.t % 30;
  for (let i = 0; i < h.count; i++) {
    if (h.migrantAbroad[i] === 1 && h.remittanceDay[i] === day) {
      transfer(w.money, w.outside.remitters, i, amount);
      h.incomeRemittance[i] += amount;
    }
  }
}
