/**
 * A network principle withdrawn for a while (docs/model.md 7.19, principle-withdrawal): from its start
 * to its end the rules run with the parameters of the scenario without that principle (as if
 * `principles.<name>.enabled` were false), and after its end with the scenario's own. The village, its
 * businesses and ties stay as they were on the first day, so a run with the principle withdrawn from
 * a day compares like with like against one that keeps it.
 */
import type { Scenario } from '../scenario/schema.js';
import { deriveParams } from '../world/params.js';
import type { World } from '../world/world.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';

type PrincipleName = keyof Scenario['principles'];

/** The parameters of w's scenario without the principles that running withdrawals withdraw today. */
function applyWithdrawals(w: World): void {
  const principles = { ...w.scenario.principles };
  for (const iv of w.interventions) {
    if (iv.spec.type !== 'principle-withdrawal' || w.t < iv.start || w.t > iv.end) continue;
    const name: PrincipleName = iv.spec.principle;
    principles[name] = { ...principles[name], enabled: false };
  }
  w.params = deriveParams({ ...w.scenario, principles });
}

export const principleWithdrawal: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    iv.participants = w.households.count;
    applyWithdrawals(w);
  },
  finish(w: World) {
    applyWithdrawals(w);
  },
};
