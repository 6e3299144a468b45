/**
 * Trust and tie strength moved by outcomes (after Bravo, Squazzoni and Boero 2012): trust moves a
 * step towards 1 when a promise is kept and towards 0 when it is broken; each exchange strengthens
 * the tie and refreshes its last contact.
 */
import type { World } from '../world/world.js';

/** An exchange over tie e on day t that kept (outcome 1) or broke (outcome 0) its promise. */
export function recordOutcome(w: World, e: number, outcome: number): void {
  const net = w.net;
  net.trust[e] += w.params.trustRate * (outcome - net.trust[e]);
  touchTie(w, e);
}

/** A broken obligation: trust falls by the penalty. */
export function recordBroken(w: World, e: number): void {
  const net = w.net;
  net.trust[e] = Math.max(0, net.trust[e] - w.params.brokenPenalty);
  net.lastContact[e] = w.t;
}

/** Contact over tie e today: strength grows towards 1. */
export function touchTie(w: World, e: number): void {
  const net = w.net;
  net.strength[e] = Math.min(1, net.strength[e] + w.params.contactGain);
  net.lastContact[e] = w.t;
}

/** Help not returned over tie e: a broken obligation, and under economy 2 the tie weakens by as much. */
export function recordUnreturned(w: World, e: number): void {
  recordBroken(w, e);
  if (w.params.economy2) w.net.strength[e] = Math.max(0, w.net.strength[e] - w.params.brokenPenalty);
}
