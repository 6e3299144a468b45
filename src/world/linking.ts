/**
 * Social 2, what linking ties channel (docs/model.md "Social capital by function"): a programme a
 * government or the bank offers reaches a household only through a linking tie to an institution
 * that offers it. A linking tie that channels nothing changes nothing.
 */
import { NODE_KIND, otherEnd, TIE_CLASS } from './network.js';
import type { World } from './world.js';

/** What an institution can offer through linking ties. */
export const OFFER = { credit: 0, kiosk: 1, programme: 2, certification: 3 } as const;

/** Whether institution node `n` offers `offer` (OFFER): governments pass on every programme and product registration (P-IRT); the bank only credit, the kiosk only its places. */
export function institutionOffers(w: World, n: number, offer: number): boolean {
  if (w.net.nodeKind[n] !== NODE_KIND.institution) return false;
  if (n === w.nodes.creditProvider) return offer === OFFER.credit;
  if (n === w.nodes.kiosk) return offer === OFFER.kiosk;
  return true;
}

/** Whether node i has a living linking tie to an institution that offers `offer` (OFFER). */
export function linkedFor(w: World, i: number, offer: number): boolean {
  const net = w.net;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1 && net.tieClass[e] === TIE_CLASS.linking && institutionOffers(w, otherEnd(net, e, i), offer)) return true;
  }
  return false;
}
