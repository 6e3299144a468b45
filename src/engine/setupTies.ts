/**
 * The network at the start, from the `network` stream: kin and neighbour ties formed by similarity
 * (Talaga and Nowak 2020: the chance of a tie falls with social distance), community groups,
 * producers' suppliers, warungs and peers, ties to the village government, and online contacts.
 */
import { draw, randomOrder, type Rng } from '../rng.js';
import { addTie, compactNetwork, connect, findTie, LAYER } from '../world/network.js';
import { addOnlineContacts, householdDistance, peerTies, similarityChance, supplierTies, uniform, warungTies } from '../world/ties.js';
import { rebuildWarungPartners } from '../world/warungPartners.js';
import { setupSocialTies } from './setupSocial.js';
import type { World } from '../world/world.js';

function householdTies(w: World, rng: Rng): void {
  const pop = w.scenario.population;
  const net = w.net;
  const h = w.households;
  const cfg = w.scenario.network;
  for (let i = 0; i < h.count; i++) {
    const v = h.village[i];
    const hl = h.hamlet[i] - v * pop.hamlets;
    const hamletFirst = v * pop.households + Math.ceil((hl * pop.households) / pop.hamlets);
    const hamletSize = Math.max(1, Math.ceil(((hl + 1) * pop.households) / pop.hamlets) - Math.ceil((hl * pop.households) / pop.hamlets));
    // Each tie has two ends, so each household starts half of its expected ties.
    const wanted = Math.round((cfg.household_degree / 2) * (0.5 + draw(rng)));
    const acrossVillages = pop.villages > 1 ? cfg.cross_village_share : 0;
    for (let made = 0, tries = 0; made < wanted && tries < wanted * 4; tries++) {
      const u = draw(rng);
      let j: number;
      if (u < acrossVillages) {
        // A tie to a household of the next or previous village: villages in a row, like a valley's.
        const other = v === 0 ? 1 : v === pop.villages - 1 ? v - 1 : draw(rng) < 0.5 ? v - 1 : v + 1;
        j = other * pop.households + Math.floor(draw(rng) * pop.households);
      } else if (u < acrossVillages + cfg.cross_hamlet_share) {
        j = v * pop.households + Math.floor(draw(rng) * pop.households);
      } else {
        j = hamletFirst + Math.floor(draw(rng) * hamletSize);
      }
      if (j === i || findTie(net, i, j) >= 0) continue;
      if (draw(rng) >= similarityChance(w, householdDistance(w, i, j))) continue;
      const kin = draw(rng) < cfg.kin_share;
      const layer = kin ? LAYER.kin : LAYER.neighbour;
      addTie(
        net,
        i,
        j,
        layer,
        kin ? uniform(rng, 0.6, 1) : uniform(rng, 0.2, 0.6),
        kin ? uniform(rng, 0.7, 0.95) : uniform(rng, 0.5, 0.8),
        0,
      );
      made++;
    }
  }
}

function groupTies(w: World, rng: Rng): void {
  const h = w.households;
  // Members of a group are consecutive in id order: tie each to two earlier members at random.
  let start = 0;
  while (start < h.count) {
    if (h.group[start] < 0) {
      start++;
      continue;
    }
    let end = start;
    const members: number[] = [];
    while (end < h.count && (h.group[end] === h.group[start] || h.group[end] < 0)) {
      if (h.group[end] === h.group[start]) members.push(end);
      end++;
    }
    for (let k = 1; k < members.length; k++) {
      for (let n = 0; n < 2; n++) {
        const other = members[Math.floor(draw(rng) * k)];
        connect(w.net, members[k], other, LAYER.group, uniform(rng, 0.3, 0.7), uniform(rng, 0.6, 0.85), 0);
      }
    }
    start = end;
  }
}

function linkingTies(w: World, rng: Rng): void {
  const share = w.scenario.network.linking_share;
  for (let i = 0; i < w.households.count; i++) {
    if (draw(rng) < share) addTie(w.net, i, w.nodes.villageGov0 + w.households.village[i], LAYER.institutional, 0.3, 0.5, 0);
  }
}

/** Builds the opening network; under social 2 `w.net.byFunction` is set before. */
export function setupTies(w: World, rng: Rng): void {
  householdTies(w, rng);
  groupTies(w, rng);
  const order = new Int32Array(w.producers.count);
  randomOrder(rng, order);
  for (const p of order) {
    supplierTies(w, rng, p);
    warungTies(w, rng, p);
  }
  for (let p = 0; p < w.producers.count; p++) peerTies(w, rng, p);
  // Social 2: who links and bridges follows capacity (docs/model.md), not a draw for everyone.
  if (w.net.byFunction) setupSocialTies(w, w.streams.get('social'));
  else linkingTies(w, rng);
  for (let p = 0; p < w.producers.count; p++) {
    if (w.producers.adopted[p]) addOnlineContacts(w, rng, p, w.scenario.digital.initial_contacts, 0);
  }
  compactNetwork(w.net);
  rebuildWarungPartners(w);
}
