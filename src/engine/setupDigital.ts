/**
 * Social 2 setup of the digital state (docs/model.md, "Digital diffusion"), from its own stream so
 * every other draw of the setup stays as under social 1: hill hamlets without signal, and who is
 * online at the start.
 */
import { draw, type Rng } from '../rng.js';
import { onlineReadiness } from '../world/digital.js';
import type { World } from '../world/world.js';

/** Takes the signal away from `digital.no_signal_hamlets` hamlets of each village, drawn without replacement. */
export function setupNoSignalHamlets(w: World, rng: Rng): void {
  const per = w.scenario.population.hamlets;
  const take = Math.min(per, w.scenario.digital.no_signal_hamlets);
  for (let v = 0; v < w.scenario.population.villages; v++) {
    for (let k = 0; k < take; k++) {
      // The k-th pick among the hamlets still with signal.
      let pick = Math.floor(draw(rng) * (per - k));
      for (let hm = v * per; hm < (v + 1) * per; hm++) {
        if (w.signal[hm] === 0) continue;
        if (pick-- === 0) {
          w.signal[hm] = 0;
          break;
        }
      }
    }
  }
}

/**
 * Who is online at the start: households of the home industries that sell online, and other
 * households with chance `digital.household_online_share` times their readiness.
 */
export function setupOnline(w: World, rng: Rng): void {
  const h = w.households;
  const d = w.digital;
  const share = w.scenario.digital.household_online_share;
  for (let i = 0; i < h.count; i++) {
    const p = h.producer[i];
    const on = p >= 0 ? w.producers.adopted[p] === 1 : draw(rng) < share * onlineReadiness(w, i);
    if (!on) continue;
    d.online[i] = 1;
    d.onlineSince[i] = 0;
  }
}

/**
 * Which home industries sell online at the start: `digital.initial_adopter_share` of them, each
 * with chance in proportion to its household's readiness (replacing the hard skill cut of social 1,
 * which in small villages leaves too few eligible to reach the share).
 */
export function setupStartAdopters(w: World, rng: Rng): void {
  const pr = w.producers;
  let readiness = 0;
  for (let p = 0; p < pr.count; p++) readiness += onlineReadiness(w, pr.household[p]);
  const scale = readiness > 0 ? (w.scenario.digital.initial_adopter_share * pr.count) / readiness : 0;
  for (let p = 0; p < pr.count; p++) {
    const chance = Math.min(1, scale * onlineReadiness(w, pr.household[p]));
    pr.adopted[p] = draw(rng) < chance ? 1 : 0;
  }
}
