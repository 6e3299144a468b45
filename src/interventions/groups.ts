/**
 * Programmes that form groups: business groups of home industries (kelompok usaha: pooled buying,
 * shared market information, bonding ties, joint bazaars), and the return of migrant workers, who
 * invest their savings in a home industry or spend them, depending on training and on joining a
 * group of returnees (seeds 000, 001, 002).
 */
import { draw } from '../rng.js';
import { addTie, connect, findTie, LAYER, NODE_KIND, otherEnd } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { tieToWarung } from '../world/warungPartners.js';
import { startHomeIndustry } from './newBusiness.js';
import { sampleIds, selectHouseholds, selectProducers } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';
import { openMarket } from './venues.js';

/** Ties every pair of these nodes in a group (bonding inside a village). */
function tieGroup(w: World, nodes: ArrayLike<number>, from: number, to: number): void {
  for (let a = from; a < to; a++) {
    for (let b = a + 1; b < to; b++) connect(w.net, nodes[a], nodes[b], LAYER.group, 0.5, 0.7, w.t);
  }
}

/** The next unused business-group id. */
function nextGroupId(w: World): number {
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
    // Shared market information: a member learns a supplier or warung another member of its group uses.
    const chance = 1 - Math.pow(1 - spec.info_sharing, 1 / 30);
    const pr = w.producers;
    for (let m = 0; m < iv.members.length; m++) {
      if (draw(iv.rng) >= chance) continue;
      const p = iv.members[m];
      const other = iv.members[Math.floor(draw(iv.rng) * iv.members.length)];
      if (other === p || pr.businessGroup[other] !== pr.businessGroup[p]) continue;
      sharePartner(w, pr.household[p], pr.household[other], draw(iv.rng));
      // Social 2: the member also learns how the other works (know-how that raises its output per worker-day).
      if (w.scenario.social === 2) pr.knowHow[p] = Math.max(pr.knowHow[p], spec.knowledge_gain);
    }
  },
};

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

/**
 * The households `arrivals` migrant workers return to. A return is an event, not an offer, so it
 * never goes through participation along ties. Which households is drawn uniformly, not by id (ids
 * run by hamlet); `remittance-households` takes those with a member abroad first, then others.
 */
function chooseReturnees(w: World, iv: ScheduledIntervention, from: ReturneeSource, arrivals: number): Int32Array {
  const h = w.households;
  const open = (i: number) => h.returnedDay[i] < 0 && h.producer[i] < 0;
  if (from !== 'remittance-households') {
    const poor = from === 'poor' ? 1 : from === 'non-poor' ? 0 : -1;
    const pool = [...selectHouseholds(w, iv, (i) => open(i) && (poor < 0 || h.poorAtStart[i] === poor), false)];
    return Int32Array.from(sampleIds(iv.rng, pool, arrivals));
  }
  const abroad = [...selectHouseholds(w, iv, (i) => h.migrantAbroad[i] === 1 && h.returnedDay[i] < 0, false)];
  const rest = abroad.length >= arrivals ? [] : [...selectHouseholds(w, iv, (i) => h.migrantAbroad[i] === 0 && open(i), false)];
  const chosen = sampleIds(iv.rng, abroad, arrivals);
  return Int32Array.from([...chosen, ...sampleIds(iv.rng, rest, arrivals - chosen.length)]);
}

type ReturneeSource = 'remittance-households' | 'any' | 'poor' | 'non-poor';

export const returningMigrants: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'returning-migrants') return;
    const h = w.households;
    const returnees = chooseReturnees(w, iv, spec.from ?? (w.scenario.social === 2 ? 'any' : 'remittance-households'), spec.arrivals);
    iv.participants = returnees.length;
    iv.members = returnees;
    for (const i of returnees) {
      h.migrantAbroad[i] = 0;
      h.exMigrant[i] = 1;
      h.returnedDay[i] = w.t;
      h.skill[i] = Math.min(1, h.skill[i] + spec.skill_boost);
      transfer(w.money, w.outside.remitters, i, spec.savings);
      // Social 2: training (seed 000's BIMTEK by the migrant agency) leaves a linking tie to the government.
      if (spec.training && w.scenario.social === 2) connect(w.net, i, w.nodes.regencyGov, LAYER.institutional, 0.3, 0.6, w.t);
    }
    if (spec.join_group) {
      const group = 1 + h.group.reduce((a, b) => Math.max(a, b), -1);
      for (const i of returnees) h.group[i] = group;
      for (let a = 0; a < returnees.length; a++) {
        // A group of returnees keeps in touch mostly through its chat group: each member ties to a few others.
        for (let n = 0; n < 3 && returnees.length > 1; n++) {
          const b = returnees[Math.floor(draw(iv.rng) * returnees.length)];
          if (b !== returnees[a]) connect(w.net, returnees[a], b, LAYER.group, 0.5, 0.75, w.t);
        }
      }
    }
    const chance = (spec.training ? spec.invest_trained : spec.invest_untrained) + (spec.join_group ? spec.invest_group : 0);
    for (const i of returnees) {
      if (draw(iv.rng) < chance) startHomeIndustry(w, i, iv.rng, spec.startup_cost);
    }
  },
};
