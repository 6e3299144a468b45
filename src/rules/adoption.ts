/**
 * Step 7, continued: digital adoption on the network. Each day a producer who has the device, the
 * skill and the signal starts selling online with chance p + q x (share of its producer ties who
 * already do), the Bass coefficients scaled to a day.
 */
import { draw } from '../rng.js';
import { addOnlineContacts } from '../world/ties.js';
import { canGoOnline } from '../world/business.js';
import { NODE_KIND, otherEnd } from '../world/network.js';
import type { World } from '../world/world.js';
import { digitalDiffusion } from './digital.js';

function adopterShare(w: World, i: number): number {
  const net = w.net;
  const h = w.households;
  let peers = 0;
  let adopters = 0;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household || h.producer[j] < 0) continue;
    peers++;
    adopters += w.producers.adopted[h.producer[j]];
  }
  return peers > 0 ? adopters / peers : 0;
}

/** Adoption decisions of the day (under social 2, the network diffusion of rules/digital.ts). */
export function adoption(w: World): void {
  if (w.params.social2) {
    digitalDiffusion(w);
    return;
  }
  const pr = w.producers;
  const rng = w.rng.adoption;
  const { bassP, bassQ } = w.params;
  for (let p = 0; p < pr.count; p++) {
    if (pr.adopted[p] === 1 || pr.active[p] === 0 || !canGoOnline(w, p)) continue;
    if (draw(rng) < bassP + bassQ * adopterShare(w, pr.household[p])) {
      pr.adopted[p] = 1;
      addOnlineContacts(w, rng, p, w.scenario.digital.initial_contacts, w.t);
    }
  }
}
