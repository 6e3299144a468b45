/**
 * Training (BIMTEK, seed 000: technical guidance by a government agency): participants' home
 * industries gain know-how that raises output per worker-day, their households gain digital
 * skill, and each leaves with a linking tie to the regency government that ran it (seed 000: ties
 * to "stakeholder pemerintahan" formed in the sessions).
 */
import { connect, LAYER } from '../world/network.js';
import type { World } from '../world/world.js';
import { selectProducers } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';

export const training: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'training') return;
    const participants = selectProducers(w, iv);
    iv.participants = participants.length;
    iv.members = participants;
    const pr = w.producers;
    const h = w.households;
    for (const p of participants) {
      const i = pr.household[p];
      pr.knowHow[p] = Math.max(pr.knowHow[p], spec.productivity_gain);
      h.skill[i] = Math.min(1, h.skill[i] + spec.skill_boost);
      if (spec.linking) connect(w.net, i, w.nodes.regencyGov, LAYER.institutional, 0.3, 0.6, w.t);
    }
  },
};
