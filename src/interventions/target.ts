/**
 * Who an intervention reaches: the agents its `target` selects, then, of those, each takes part
 * with the chance `participation` (drawn from the intervention's own stream, in id order).
 */
import { draw, type Rng } from '../rng.js';
import type { Target } from '../scenario/interventionSchema.js';
import { linkedFor, OFFER } from '../world/linking.js';
import { TIE_CLASS } from '../world/network.js';
import type { World } from '../world/world.js';
import { participationChooser } from './participation.js';
import type { ScheduledIntervention } from './types.js';

/** Whether node i has a living tie of this class. */
export function hasTieClass(w: World, i: number, cls: number): boolean {
  const net = w.net;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1 && net.tieClass[e] === cls) return true;
  }
  return false;
}

/** Whether household i meets the household conditions of a target. */
export function householdMatches(w: World, i: number, t: Target): boolean {
  const h = w.households;
  const pop = w.scenario.population;
  if (t.poor !== undefined && (h.poorAtStart[i] === 1) !== t.poor) return false;
  if (t.ex_migrant !== undefined && (h.exMigrant[i] === 1) !== t.ex_migrant) return false;
  if (t.migrant_abroad !== undefined && (h.migrantAbroad[i] === 1) !== t.migrant_abroad) return false;
  if (t.group_member !== undefined && h.group[i] >= 0 !== t.group_member) return false;
  if (t.villages !== undefined && !t.villages.includes(h.village[i])) return false;
  if (t.hamlets !== undefined && !t.hamlets.includes(h.hamlet[i] - h.village[i] * pop.hamlets)) return false;
  if (t.linked !== undefined && hasTieClass(w, i, TIE_CLASS.linking) !== t.linked) return false;
  return true;
}

/** Whether home industry p meets a target. */
export function producerMatches(w: World, p: number, t: Target): boolean {
  const pr = w.producers;
  const i = pr.household[p];
  if (!householdMatches(w, i, t)) return false;
  if (t.business_group !== undefined && pr.businessGroup[p] >= 0 !== t.business_group) return false;
  if (t.adopter !== undefined && (pr.adopted[p] === 1) !== t.adopter) return false;
  if (t.bridging !== undefined && hasTieClass(w, i, TIE_CLASS.bridging) !== t.bridging) return false;
  if (t.products !== undefined && !t.products.includes(w.catalog.productNames[pr.product[p]])) return false;
  return true;
}

/** Social 2: whether the places of a programme offered through linking ties reach household i (always, otherwise). */
export function reachedByChannel(w: World, iv: ScheduledIntervention, i: number): boolean {
  const spec = iv.spec;
  if (!w.net.byFunction) return true;
  if (spec.type === 'credit-access' && spec.channel === 'linking') return linkedFor(w, i, OFFER.credit);
  if (spec.type === 'district-kiosk' && spec.channel === 'linking') return linkedFor(w, i, OFFER.kiosk);
  return true;
}

function takePart(iv: ScheduledIntervention): boolean {
  return iv.spec.participation >= 1 || draw(iv.rng) < iv.spec.participation;
}

/** Whether the offer of `iv` reached household i and it joins (social 2), or a draw passes (social 1, top-down). */
function chooser(w: World, iv: ScheduledIntervention, throughTies: boolean): (i: number) => boolean {
  return throughTies ? participationChooser(w, iv) : () => takePart(iv);
}

/** `k` of `ids` chosen uniformly (selection sampling), kept in id order; all of them if k covers them. */
export function sampleIds(rng: Rng, ids: readonly number[], k: number): number[] {
  if (k >= ids.length) return [...ids];
  const out: number[] = [];
  let needed = k;
  for (let n = 0; n < ids.length && needed > 0; n++) {
    if (draw(rng) * (ids.length - n) < needed) {
      out.push(ids[n]);
      needed--;
    }
  }
  return out;
}

/** Home industries that take part (running ones only); when more than `limit` would, `limit` of them at random. */
export function selectProducers(w: World, iv: ScheduledIntervention, limit = Infinity): Int32Array {
  const out: number[] = [];
  const joins = chooser(w, iv, true);
  for (let p = 0; p < w.producers.count; p++) {
    const reached =
      w.producers.active[p] === 1 && producerMatches(w, p, iv.spec.target) && reachedByChannel(w, iv, w.producers.household[p]);
    if (reached && joins(w.producers.household[p])) out.push(p);
  }
  return Int32Array.from(sampleIds(iv.rng, out, limit));
}

/**
 * Households that take part, among those `eligible` also accepts; `throughTies` false for events
 * that are no choice (a migrant's return), which never go through the offer along ties.
 */
export function selectHouseholds(
  w: World,
  iv: ScheduledIntervention,
  eligible: (i: number) => boolean = () => true,
  throughTies = true,
): Int32Array {
  const out: number[] = [];
  const joins = chooser(w, iv, throughTies);
  for (let i = 0; i < w.households.count; i++) {
    if (eligible(i) && householdMatches(w, i, iv.spec.target) && joins(i)) out.push(i);
  }
  return Int32Array.from(out);
}

/** Suppliers that take part: those listed by the target (all if none are listed), in their villages. */
export function selectSuppliers(w: World, iv: ScheduledIntervention): Int32Array {
  const t = iv.spec.target;
  const out: number[] = [];
  for (let s = 0; s < w.suppliers.count; s++) {
    if (t.suppliers !== undefined && !t.suppliers.includes(s)) continue;
    if (t.villages !== undefined && !t.villages.includes(w.suppliers.village[s])) continue;
    const hamlet = w.suppliers.hamlet[s] - w.suppliers.village[s] * w.scenario.population.hamlets;
    if (t.hamlets !== undefined && !t.hamlets.includes(hamlet)) continue;
    if (takePart(iv)) out.push(s);
  }
  return Int32Array.from(out);
}
