/**
 * Social 2 at the start (docs/model.md "Social capital by function"): each household's capacity to
 * bridge and link, and the bridging and linking ties held by those with capacity, drawn from the
 * `social` stream so that the rest of the network is the same whatever these parameters are.
 */
import { draw, type Rng } from '../rng.js';
import { addTie, connect, findTie, LAYER } from '../world/network.js';
import type { World } from '../world/world.js';

/** Share of households counted as the top by capacity (pattern 4 of docs/model.md). */
export const TOP_CAPACITY_SHARE = 0.2;

/**
 * Capacity of each household (assumed weights, seed 002: schooling, experience abroad, group
 * leadership, devices): schooling band / 3, plus 1 for a returned migrant, plus 1 for the first
 * member (in id order) of a community group, plus digital skill when it has a smartphone; and the
 * top fifth by capacity (ties broken by id).
 */
export function setupCapacity(w: World): void {
  const h = w.households;
  const led = new Set<number>();
  for (let i = 0; i < h.count; i++) {
    const leader = h.group[i] >= 0 && !led.has(h.group[i]);
    if (leader) led.add(h.group[i]);
    h.capacity[i] = h.education[i] / 3 + h.exMigrant[i] + (leader ? 1 : 0) + (h.device[i] === 1 ? h.skill[i] : 0);
  }
  const order = Array.from({ length: h.count }, (_, i) => i);
  order.sort((a, b) => h.capacity[b] - h.capacity[a] || a - b);
  const top = Math.ceil(TOP_CAPACITY_SHARE * h.count);
  h.capacityTop.fill(0);
  for (let k = 0; k < top; k++) h.capacityTop[order[k]] = 1;
}

/** Chance of each household holding ties of a kind: `share` of households on average, in proportion to capacity^exponent. */
function chances(w: World, share: number): Float64Array {
  const h = w.households;
  const k = w.scenario.social_capital.capacity_exponent;
  const out = new Float64Array(h.count);
  let total = 0;
  for (let i = 0; i < h.count; i++) {
    // No capacity, no chance, whatever the exponent (0^0 would be 1).
    out[i] = h.capacity[i] > 0 ? Math.pow(h.capacity[i], k) : 0;
    total += out[i];
  }
  const scale = total > 0 ? (share * h.count) / total : 0;
  for (let i = 0; i < h.count; i++) out[i] = Math.min(1, out[i] * scale);
  return out;
}

/** Linking ties: to the village government; a returned migrant also to the regency (the migrant agency), the schooled also to the bank. */
function linkingTies(w: World, rng: Rng): void {
  const h = w.households;
  const p = chances(w, w.scenario.social_capital.linking_share);
  for (let i = 0; i < h.count; i++) {
    if (draw(rng) >= p[i]) continue;
    connect(w.net, i, w.nodes.villageGov0 + h.village[i], LAYER.institutional, 0.3, 0.5, w.t);
    if (h.exMigrant[i] === 1) connect(w.net, i, w.nodes.regencyGov, LAYER.institutional, 0.3, 0.5, w.t);
    if (h.education[i] >= 2) connect(w.net, i, w.nodes.creditProvider, LAYER.institutional, 0.3, 0.5, w.t);
  }
}

/** Bridging ties to peer communities elsewhere, each a node of the village's pool of outside contacts. */
function bridgingTies(w: World, rng: Rng): void {
  const h = w.households;
  const cfg = w.scenario.social_capital;
  const perVillage = w.scenario.population.outsiders;
  if (perVillage === 0) return;
  const p = chances(w, cfg.bridging_share);
  for (let i = 0; i < h.count; i++) {
    if (draw(rng) >= p[i]) continue;
    const base = w.nodes.outsider0 + h.village[i] * perVillage;
    for (let made = 0, tries = 0; made < cfg.bridging_ties && tries < cfg.bridging_ties * 4; tries++) {
      const o = base + Math.floor(draw(rng) * perVillage);
      if (findTie(w.net, i, o) >= 0) continue;
      addTie(w.net, i, o, LAYER.peer, 0.5, 0.6, w.t);
      made++;
    }
  }
}

/** Capacity, then the bridging and linking ties of the start. */
export function setupSocialTies(w: World, rng: Rng): void {
  setupCapacity(w);
  linkingTies(w, rng);
  bridgingTies(w, rng);
}
