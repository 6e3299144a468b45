/**
 * Social 2, step 7: digital diffusion (docs/model.md, "Digital diffusion"). Households that receive
 * a remittance may buy a smartphone with it; then each household not yet online goes online with
 * the network Bass hazard (p + q x share of its household ties online) times its readiness (device,
 * signal, skill); a household online that runs a business sells online. Diffusion is a trend, not a
 * state to settle, so it starts at day 0: the warm-up keeps the scenario's start shares.
 */
import { draw } from '../rng.js';
import { onlineReadiness } from '../world/digital.js';
import { transfer } from '../world/ledger.js';
import { NODE_KIND, otherEnd } from '../world/network.js';
import { addOnlineContacts } from '../world/ties.js';
import type { World } from '../world/world.js';

/** Share of household i's living ties to other households that are online, 0 to 1 (0 without such ties). */
export function onlineNeighbourShare(w: World, i: number): number {
  const net = w.net;
  const online = w.digital.online;
  let ties = 0;
  let on = 0;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household) continue;
    ties++;
    on += online[j];
  }
  return ties > 0 ? on / ties : 0;
}

/** Remittance households without a smartphone buy one on the day the money comes, if it leaves their buffer whole. */
export function buyDevices(w: World): void {
  const h = w.households;
  const price = w.params.devicePrice;
  const day = w.t % 30;
  for (let i = 0; i < h.count; i++) {
    if (h.migrantAbroad[i] === 0 || h.remittanceDay[i] !== day || h.device[i] === 1) continue;
    if (draw(w.rng.adoption) >= w.params.devicePurchase || h.cash[i] < price + h.buffer[i]) continue;
    transfer(w.money, i, w.outside.sellers, price);
    h.device[i] = 1;
  }
}

/** Puts household i's running business online: its shop opens with the usual contacts plus any a programme promised. */
export function openOnlineShop(w: World, i: number): void {
  const p = w.households.producer[i];
  const pr = w.producers;
  if (p < 0 || pr.active[p] === 0 || pr.adopted[p] === 1) return;
  pr.adopted[p] = 1;
  addOnlineContacts(w, w.rng.adoption, p, w.scenario.digital.initial_contacts + w.digital.pendingContacts[p], w.t);
  w.digital.pendingContacts[p] = 0;
}

/** Household i goes online today. */
export function goOnline(w: World, i: number): void {
  w.digital.online[i] = 1;
  w.digital.onlineSince[i] = w.t;
  openOnlineShop(w, i);
}

/** The day's devices and adoption decisions under social 2, in household order. */
export function digitalDiffusion(w: World): void {
  if (w.t <= w.scenario.warmup_days) return;
  buyDevices(w);
  const h = w.households;
  const online = w.digital.online;
  const { bassP, bassQ } = w.params;
  const rng = w.rng.adoption;
  const most = bassP + bassQ;
  for (let i = 0; i < h.count; i++) {
    if (online[i] === 1) {
      // A business started by a household already online sells online from its first days.
      if (h.producer[i] >= 0) openOnlineShop(w, i);
      continue;
    }
    const ready = onlineReadiness(w, i);
    if (ready === 0) continue;
    // The neighbours' share is at most 1, so a draw above the largest hazard needs no walk of the
    // ties (the draw is taken either way: the stream is the same).
    const u = draw(rng);
    if (u >= ready * most) continue;
    if (u < ready * (bassP + bassQ * onlineNeighbourShare(w, i))) goOnline(w, i);
  }
}
