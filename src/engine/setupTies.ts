/**
 * The network at the start, from the `network` stream: kin and neighbour ties formed by similarity
 * (Talaga and Nowak 2020: the chance of a tie falls with social distance), community groups,
 * producers' suppliers, warungs and peers, ties to the village government, and online contacts.
 */
import { draw, randomOrder, type Rng } from '../rng.js';
import { openSlot, placeInSlot } from '../rules/stock.js';
import { rebuildWarungPartners, tieToWarung } from '../rules/warungPartners.js';
import { addTie, compactNetwork, connect, findTie, LAYER, type Network } from '../world/network.js';
import { freeSlot, ownedSlots } from '../world/warungs.js';
import type { World } from '../world/world.js';

/** Social distance between households: hamlet, schooling, poverty, migration, group. */
export function householdDistance(w: World, i: number, j: number): number {
  const h = w.households;
  return (
    (h.hamlet[i] !== h.hamlet[j] ? 1 : 0) +
    Math.abs(h.education[i] - h.education[j]) / 3 +
    (h.poorAtStart[i] !== h.poorAtStart[j] ? 0.5 : 0) +
    (h.exMigrant[i] !== h.exMigrant[j] ? 0.5 : 0) +
    (h.group[i] !== h.group[j] ? 0.25 : 0)
  );
}

/** Chance that two agents at this distance form a tie when they meet (similarity principle). */
export function similarityChance(w: World, distance: number): number {
  const s = w.params.similarity;
  return 1 - s + s * Math.exp(-distance / w.params.similarityScale);
}

function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * draw(rng);
}

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
      addTie(net, i, j, layer, kin ? uniform(rng, 0.6, 1) : uniform(rng, 0.2, 0.6), kin ? uniform(rng, 0.7, 0.95) : uniform(rng, 0.5, 0.8), 0);
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

/** Draws up to `k` distinct candidates, each with chance proportional to its weight. */
function weightedPicks(rng: Rng, candidates: number[], weights: number[], k: number): number[] {
  const out: number[] = [];
  const wts = weights.slice();
  for (let n = 0; n < k; n++) {
    const total = wts.reduce((a, b) => a + b, 0);
    if (total <= 0) break;
    let u = draw(rng) * total;
    let pick = wts.length - 1;
    for (let c = 0; c < wts.length; c++) {
      u -= wts[c];
      if (u < 0) {
        pick = c;
        break;
      }
    }
    out.push(candidates[pick]);
    wts[pick] = 0;
  }
  return out;
}

function businessTrust(w: World, rng: Rng): number {
  return Math.min(1, Math.max(0, w.scenario.network.initial_trust + uniform(rng, -0.1, 0.1)));
}

/** Ties producer p to `producer_suppliers` suppliers of its village that carry its material. */
export function supplierTies(w: World, rng: Rng, p: number): void {
  const { producers: pr, suppliers: sp, households: h, catalog } = w;
  const i = pr.household[p];
  const material = catalog.material[pr.product[p]];
  const cands: number[] = [];
  const wts: number[] = [];
  const perVillage = w.scenario.population.suppliers;
  for (let s = h.village[i] * perVillage; s < (h.village[i] + 1) * perVillage; s++) {
    if (sp.carries[s * sp.materialCount + material] === 0) continue;
    cands.push(s);
    wts.push(similarityChance(w, sp.hamlet[s] !== h.hamlet[i] ? 1 : 0));
  }
  for (const s of weightedPicks(rng, cands, wts, w.scenario.network.producer_suppliers)) {
    connect(w.net, i, sp.node[s], LAYER.business, 0.5, businessTrust(w, rng), w.t);
  }
}

/** Ties producer p to `producer_warungs` warungs of its village with a free slot, and stocks a slot in each. */
export function warungTies(w: World, rng: Rng, p: number): void {
  const { producers: pr, warungs: wr, households: h } = w;
  const i = pr.household[p];
  const cands: number[] = [];
  const wts: number[] = [];
  const perVillage = w.scenario.population.warungs;
  for (let k = h.village[i] * perVillage; k < (h.village[i] + 1) * perVillage; k++) {
    if (wr.occupied[k] >= wr.slots) continue;
    // Without consignment a warung buys outright from at most `outright_slots` producers.
    if (!w.params.consignment && ownedSlots(wr, k) >= w.params.outrightSlots) continue;
    cands.push(k);
    // Exchange: a warung already showing the same product is a weaker complement.
    let sameProduct = 0;
    for (let q = k * wr.slots; q < (k + 1) * wr.slots; q++) {
      if (wr.slotProducer[q] >= 0 && pr.product[wr.slotProducer[q]] === pr.product[p]) sameProduct = 1;
    }
    wts.push(similarityChance(w, wr.hamlet[k] !== h.hamlet[i] ? 1 : 0) * (1 - 0.7 * w.params.exchange * sameProduct));
  }
  for (const k of weightedPicks(rng, cands, wts, w.scenario.network.producer_warungs)) {
    tieToWarung(w, i, k, LAYER.business, 0.5, businessTrust(w, rng));
    stockOpeningSlot(w, k, p);
  }
}

/** Opening packs of producer p on a free shelf slot of warung k (opening balances, before the ledger is sealed). */
function stockOpeningSlot(w: World, k: number, p: number): void {
  const q = freeSlot(w.warungs, k);
  if (q < 0) return;
  const consigned = w.params.consignment;
  openSlot(w, k, q, p, !consigned);
  // A business started during a run fills its slot at its first restock; only the opening village starts stocked.
  if (w.t > 0) return;
  const packs = consigned ? Math.round(w.params.slotCapacity / 2) : w.params.outrightCapacity;
  w.warungs.slotStock[q] = packs;
  placeInSlot(w, q, packs, 0);
  if (consigned) w.producers.consigned[p] += packs;
}

/** Producers of a village: its block from setup, then any started during the run (at the end of the table). */
function villageProducers(w: World, village: number): number[] {
  const pr = w.producers;
  const perVillage = w.scenario.population.home_industries;
  const setupCount = w.scenario.population.villages * perVillage;
  const out: number[] = [];
  for (let q = village * perVillage; q < Math.min((village + 1) * perVillage, pr.count); q++) out.push(q);
  for (let q = setupCount; q < pr.count; q++) if (w.households.village[pr.household[q]] === village) out.push(q);
  return out;
}

/** Ties producer p to `peer_ties` producers of its village that use the same material. */
export function peerTies(w: World, rng: Rng, p: number): void {
  const { producers: pr, households: h, catalog } = w;
  const i = pr.household[p];
  const cands: number[] = [];
  const wts: number[] = [];
  for (const q of villageProducers(w, h.village[i])) {
    const j = pr.household[q];
    if (q === p) continue;
    if (catalog.material[pr.product[q]] !== catalog.material[pr.product[p]]) continue;
    cands.push(j);
    wts.push(similarityChance(w, householdDistance(w, i, j)));
  }
  for (const j of weightedPicks(rng, cands, wts, w.scenario.network.peer_ties)) {
    connect(w.net, i, j, LAYER.business, 0.4, businessTrust(w, rng), w.t);
  }
}

function linkingTies(w: World, rng: Rng): void {
  const share = w.scenario.network.linking_share;
  for (let i = 0; i < w.households.count; i++) {
    if (draw(rng) < share) addTie(w.net, i, w.nodes.villageGov0 + w.households.village[i], LAYER.institutional, 0.3, 0.5, 0);
  }
}

/** Gives producer p `n` online contacts among the outsiders of its village's pool. */
export function addOnlineContacts(w: World, rng: Rng, p: number, n: number, t: number): void {
  const net: Network = w.net;
  const i = w.producers.household[p];
  const perVillage = w.scenario.population.outsiders;
  if (perVillage === 0) return;
  n = Math.min(n, w.scenario.digital.max_contacts - w.producers.digitalContacts[p]);
  const base = w.nodes.outsider0 + w.households.village[i] * perVillage;
  for (let made = 0, tries = 0; made < n && tries < n * 4; tries++) {
    const o = base + Math.floor(draw(rng) * perVillage);
    if (findTie(net, i, o) >= 0) continue;
    addTie(net, i, o, LAYER.digital, 0.3, 0.5, t);
    w.producers.digitalContacts[p]++;
    made++;
  }
}

/** Builds the opening network. */
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
  linkingTies(w, rng);
  for (let p = 0; p < w.producers.count; p++) {
    if (w.producers.adopted[p]) addOnlineContacts(w, rng, p, w.scenario.digital.initial_contacts, 0);
  }
  compactNetwork(w.net);
  rebuildWarungPartners(w);
}
