/**
 * Step 7 of the day: the network grows by referral through friends of friends (Jin, Girvan and
 * Newman 2001). A trusting household tie of a producer (a customer, kin, a peer) passes its name
 * on: to one of its own household ties, who becomes a customer, or to the warung where it shops.
 * The new tie forms with the similarity principle's chance for the distance between the two.
 */
import { draw } from '../rng.js';
import { connect, degree, LAYER, NODE_KIND, otherEnd } from '../world/network.js';
import type { World } from '../world/world.js';
import { householdDistance, similarityChance } from '../world/ties.js';
import { tieToWarung } from '../world/warungPartners.js';

/** The k-th living tie of node i, or -1. */
function tieAt(w: World, i: number, k: number): number {
  const net = w.net;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1 && k-- === 0) return e;
  }
  return -1;
}

function refer(w: World, p: number): void {
  const net = w.net;
  const rng = w.rng.ties;
  const i = w.producers.household[p];
  const d = degree(net, i);
  if (d === 0 || d >= w.params.degreeCap) return;
  const e = tieAt(w, i, Math.floor(draw(rng) * d));
  const c = otherEnd(net, e, i);
  if (net.nodeKind[c] !== NODE_KIND.household || net.trust[e] < w.params.referralTrust) return;
  const trust = net.trust[e];
  if (draw(rng) < 0.5) {
    // The referee's own warung: a shelf where the producer is vouched for.
    const k = w.households.warung[c];
    if (draw(rng) < similarityChance(w, w.warungs.hamlet[k] !== w.households.hamlet[i] ? 1 : 0) * trust) {
      tieToWarung(w, i, k, LAYER.business, 0.3, 0.5 * trust + 0.2);
    }
    return;
  }
  const dc = degree(net, c);
  if (dc < 2) return;
  const f = otherEnd(net, tieAt(w, c, Math.floor(draw(rng) * dc)), c);
  if (f === i || net.nodeKind[f] !== NODE_KIND.household) return;
  if (draw(rng) >= similarityChance(w, householdDistance(w, i, f)) * trust) return;
  connect(net, i, f, LAYER.business, 0.3, 0.5 * trust + 0.2, w.t);
}

/** Referrals of the day. */
export function referrals(w: World): void {
  if (!w.params.referrals) return;
  const pr = w.producers;
  const rng = w.rng.ties;
  const chance = w.params.referralDaily;
  for (let p = 0; p < pr.count; p++) {
    if (pr.active[p] === 1 && draw(rng) < chance) refer(w, p);
  }
}
