/**
 * Making ties on the world: social distance and the similarity principle, a producer's ties to
 * suppliers, warungs and peers, and online contacts. Used at setup, by the daily rules and by
 * interventions that start businesses or bring producers online.
 */
import { draw, type Rng } from '../rng.js';
import { addTie, connect, findTie, LAYER, type Network } from './network.js';
import { openSlot, placeInSlot } from './stock.js';
import { freeSlot, ownedSlots } from './warungs.js';
import { tieToWarung } from './warungPartners.js';
import type { World } from './world.js';

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

/** A uniform draw in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * draw(rng);
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
