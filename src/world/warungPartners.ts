/**
 * Each producer's list of warung partners: the warungs it has a living business tie with. Restocking
 * walks this short list instead of all the producer's ties. The list is rebuilt from the network
 * when it is compacted (ties only dissolve then) and grows as new producer-warung ties form.
 */
import { connect, NODE_KIND, otherEnd, type Network } from './network.js';
import { MAX_WARUNG_PARTNERS } from './producers.js';
import type { World } from './world.js';

function addPartner(w: World, p: number, warung: number): void {
  const pr = w.producers;
  const n = pr.warungPartnerCount[p];
  const row = p * MAX_WARUNG_PARTNERS;
  for (let k = 0; k < n; k++) if (pr.warungPartners[row + k] === warung) return;
  if (n === MAX_WARUNG_PARTNERS) return;
  pr.warungPartners[row + n] = warung;
  pr.warungPartnerCount[p] = n + 1;
}

/** Ties producer household i to warung k (adding layers if tied already) and lists the warung as a partner. */
export function tieToWarung(w: World, i: number, k: number, layers: number, strength: number, trust: number): number {
  const e = connect(w.net, i, w.warungs.node[k], layers, strength, trust, w.t);
  const p = w.households.producer[i];
  if (p >= 0) addPartner(w, p, k);
  return e;
}

/** Rebuilds every producer's partner list from the living ties, in tie order. */
export function rebuildWarungPartners(w: World): void {
  const pr = w.producers;
  const net: Network = w.net;
  pr.warungPartnerCount.fill(0);
  for (let p = 0; p < pr.count; p++) {
    const i = pr.household[p];
    const end = net.adjStart[i] + net.adjLen[i];
    for (let a = net.adjStart[i]; a < end; a++) {
      const e = net.adj[a];
      if (net.alive[e] === 0) continue;
      const j = otherEnd(net, e, i);
      if (net.nodeKind[j] === NODE_KIND.warung) addPartner(w, p, j - w.nodes.warung0);
    }
  }
}
