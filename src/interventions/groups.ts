/**
 * Programmes that form groups: business groups of home industries (kelompok usaha: pooled buying,
 * shared market information and know-how, bonding ties, joint bazaars). A returnees' group
 * (interventions/returnees.ts) works its members' businesses through the same mechanisms.
 */
import { draw, type Rng } from '../rng.js';
import { addTie, connect, findTie, LAYER, NODE_KIND, otherEnd } from '../world/network.js';
import type { World } from '../world/world.js';
import { tieToWarung } from '../world/warungPartners.js';
import { selectProducers } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';
import { openMarket } from './venues.js';

/** Ties every pair of these nodes in a group (bonding inside a village). */
function tieGroup(w: World, nodes: ArrayLike<number>, from: number, to: number): void {
  for (let a = from; a < to; a++) {
    for (let b = a + 1; b < to; b++) connect(w.net, nodes[a], nodes[b], LAYER.group, 0.5, 0.7, w.t);
  }
}

/** The next unused business-group id. */
export function nextGroupId(w: World): number {
  let max = -1;
  for (let p = 0; p < w.producers.count; p++) if (w.producers.businessGroup[p] > max) max = w.producers.businessGroup[p];
  return max + 1;
}

export const groupFormation: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'group-formation') return;
    const pr = w.producers;
    const members = selectProducers(w, iv);
    iv.participants = members.length;
    iv.members = members;
    const first = nextGroupId(w);
    const nodes = Int32Array.from(members, (p) => pr.household[p]);
    for (let k = 0; k < members.length; k += spec.group_size) {
      const end = Math.min(members.length, k + spec.group_size);
      for (let m = k; m < end; m++) {
        pr.businessGroup[members[m]] = first + k / spec.group_size;
        pr.materialDiscount[members[m]] = spec.discount;
      }
      tieGroup(w, nodes, k, end);
    }
    if (spec.bazaar_every !== undefined && members.length > 0) {
      openMarket(
        w,
        `${iv.label} bazaar`,
        iv.start + spec.bazaar_every,
        iv.end,
        spec.bazaar_every,
        members,
        {
          visitors: spec.bazaar_visitors,
          packsPerVisitor: 1.5,
          stallFee: 0,
          tieProbability: 0.02,
          contactAttendance: 0.3,
        },
        iv.rng,
      );
    }
  },
  daily(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'group-formation' || iv.members.length < 2) return;
    shareInGroups(w, iv.rng, iv.members, spec.info_sharing, spec.knowledge_gain);
  },
};

/**
 * A day of a group's shared market information among home industries `members` (producer ids,
 * several groups possibly): with the daily chance of `infoSharing` a month, a member learns a
 * supplier or warung another member of its group uses and (social 2) how it works, its output per
 * worker-day rising by `knowledgeGain` (a share).
 */
export function shareInGroups(w: World, rng: Rng, members: Int32Array, infoSharing: number, knowledgeGain: number): void {
  const chance = 1 - Math.pow(1 - infoSharing, 1 / 30);
  const pr = w.producers;
  for (let m = 0; m < members.length; m++) {
    if (draw(rng) >= chance) continue;
    const p = members[m];
    const other = members[Math.floor(draw(rng) * members.length)];
    if (other === p || pr.businessGroup[other] !== pr.businessGroup[p]) continue;
    sharePartner(w, pr.household[p], pr.household[other], draw(rng));
    if (w.scenario.social === 2) pr.knowHow[p] = Math.max(pr.knowHow[p], knowledgeGain);
  }
}

/** Node i learns one of j's supplier or warung partners (the k-th, by the draw `u`). */
function sharePartner(w: World, i: number, j: number, u: number): void {
  const net = w.net;
  let partners = 0;
  const end = net.adjStart[j] + net.adjLen[j];
  for (let a = net.adjStart[j]; a < end; a++) {
    const e = net.adj[a];
    const kind = net.nodeKind[otherEnd(net, e, j)];
    if (net.alive[e] === 1 && (kind === NODE_KIND.supplier || kind === NODE_KIND.warung)) partners++;
  }
  let pick = Math.floor(u * partners);
  for (let a = net.adjStart[j]; a < end && partners > 0; a++) {
    const e = net.adj[a];
    const partner = otherEnd(net, e, j);
    const kind = net.nodeKind[partner];
    if (net.alive[e] === 0 || (kind !== NODE_KIND.supplier && kind !== NODE_KIND.warung)) continue;
    if (pick-- === 0) {
      if (findTie(net, i, partner) >= 0) return;
      if (kind === NODE_KIND.warung) tieToWarung(w, i, partner - w.nodes.warung0, LAYER.business, 0.3, net.trust[e] * 0.8);
      else addTie(net, i, partner, LAYER.business, 0.3, net.trust[e] * 0.8, w.t);
      return;
    }
  }
}
