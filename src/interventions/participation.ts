/**
 * Social 2: who joins a programme (docs/model.md "Participation"). The programme's offer starts at
 * the institutions (village and regency governments, the kiosk, the credit provider) and travels
 * along living ties for `information_hops` steps: a household hears it from a node that heard it
 * with the chance of the tie's trust (it believes an offer passed on by someone it trusts). A
 * household that heard joins with the chance `participation`. A `top_down` programme skips this:
 * the targeted are assigned directly, `participation` of them at random.
 */
import { draw, type Rng } from '../rng.js';
import { NODE_KIND, otherEnd } from '../world/network.js';
import type { World } from '../world/world.js';
import type { ScheduledIntervention } from './types.js';

/**
 * Nodes the offer reached after `hops` steps from the institutions (1 heard, 0 not), drawing from
 * `rng` in node order, tie order within a node, step by step: the same world and stream give the
 * same set.
 */
export function spreadOffer(w: World, rng: Rng, hops: number): Uint8Array {
  const net = w.net;
  const nodes = net.nodeKind.length;
  const heard = new Uint8Array(nodes);
  for (let n = 0; n < nodes; n++) if (net.nodeKind[n] === NODE_KIND.institution) heard[n] = 1;
  const next = new Uint8Array(nodes);
  for (let hop = 0; hop < hops; hop++) {
    next.set(heard);
    for (let i = 0; i < w.households.count; i++) {
      if (heard[i] === 1) continue;
      const end = net.adjStart[i] + net.adjLen[i];
      for (let a = net.adjStart[i]; a < end; a++) {
        const e = net.adj[a];
        if (net.alive[e] === 0 || heard[otherEnd(net, e, i)] === 0) continue;
        if (draw(rng) < net.trust[e]) {
          next[i] = 1;
          break;
        }
      }
    }
    heard.set(next);
  }
  return heard;
}

/** Whether the offer of `iv` travels along ties (social 2, not top-down). */
export function joinsThroughTies(w: World, iv: ScheduledIntervention): boolean {
  return w.scenario.social === 2 && 'top_down' in iv.spec && !iv.spec.top_down;
}

/**
 * A chooser of participants for `iv`: under social 2 (not top-down) household i joins if the offer
 * reached it and a draw passes `participation`; otherwise (social 1, or top-down) a draw alone.
 */
export function participationChooser(w: World, iv: ScheduledIntervention): (i: number) => boolean {
  const share = iv.spec.participation;
  const pass = () => share >= 1 || draw(iv.rng) < share;
  if (!joinsThroughTies(w, iv)) return pass;
  const heard = spreadOffer(w, iv.rng, 'information_hops' in iv.spec ? iv.spec.information_hops : 0);
  return (i) => heard[i] === 1 && pass();
}
