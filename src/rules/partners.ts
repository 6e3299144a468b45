/**
 * Choosing partners (the exchange principle): a producer scores the suppliers it knows that carry
 * the material it needs (complementary resources) on trust and price, and takes the best one; a
 * weaker principle means a larger chance of taking any known supplier instead. A producer who
 * knows none searches the village for one.
 */
import { draw } from '../rng.js';
import { connect, LAYER, NODE_KIND, otherEnd } from '../world/network.js';
import type { World } from '../world/world.js';

/** Trust given up for a price 10% above the material's reference price. */
const PRICE_WEIGHT = 2;

/** The supplier at the other end of tie e of node i if it carries `material`, else -1. */
function candidateSupplier(w: World, e: number, i: number, material: number): number {
  const net = w.net;
  if (net.alive[e] === 0) return -1;
  const j = otherEnd(net, e, i);
  if (net.nodeKind[j] !== NODE_KIND.supplier) return -1;
  const s = j - w.nodes.supplier0;
  return w.suppliers.carries[s * w.suppliers.materialCount + material] === 1 ? s : -1;
}

/** The supplier producer p buys `material` from today, or -1 if the village has none. */
export function chooseSupplier(w: World, p: number, material: number): number {
  const net = w.net;
  const sp = w.suppliers;
  const i = w.producers.household[p];
  const ref = w.catalog.materialPrice[material];
  let count = 0;
  let best = -1;
  let bestScore = -Infinity;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let k = net.adjStart[i]; k < end; k++) {
    const e = net.adj[k];
    const s = candidateSupplier(w, e, i, material);
    if (s < 0) continue;
    count++;
    const score = net.trust[e] - PRICE_WEIGHT * (sp.price[s * sp.materialCount + material] / ref - 1);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  if (count === 0) return findNewSupplier(w, p, material);
  const rng = w.rng.procurement;
  if (count === 1 || draw(rng) < w.params.exchange) return best;
  let pick = Math.floor(draw(rng) * count);
  for (let k = net.adjStart[i]; k < end; k++) {
    const s = candidateSupplier(w, net.adj[k], i, material);
    if (s >= 0 && pick-- === 0) return s;
  }
  return best;
}

/** A supplier of the village carrying `material`, met by asking around; the new tie starts at low trust. */
function findNewSupplier(w: World, p: number, material: number): number {
  const sp = w.suppliers;
  const i = w.producers.household[p];
  const v = w.households.village[i];
  const perVillage = w.scenario.population.suppliers;
  let count = 0;
  for (let s = v * perVillage; s < (v + 1) * perVillage; s++) count += sp.carries[s * sp.materialCount + material];
  if (count === 0) return -1;
  let pick = Math.floor(draw(w.rng.procurement) * count);
  for (let s = v * perVillage; s < (v + 1) * perVillage; s++) {
    if (sp.carries[s * sp.materialCount + material] === 0) continue;
    if (pick-- === 0) {
      connect(w.net, i, sp.node[s], LAYER.business, 0.3, w.scenario.network.initial_trust * 0.8, w.t);
      return s;
    }
  }
  return -1;
}
