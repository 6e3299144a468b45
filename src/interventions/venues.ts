/**
 * Programmes that open venues: a culinary market (pasar kuliner) with outside visitors, a group's
 * joint bazaar, a district kiosk collecting products for outside markets. The intervention only
 * registers the venue; the daily market rule serves every venue alike.
 */
import type { Rng } from '../rng.js';
import type { World } from '../world/world.js';
import { connect, LAYER } from '../world/network.js';
import { selectProducers } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';

interface MarketSpec {
  visitors: number;
  packsPerVisitor: number;
  stallFee: number;
  tieProbability: number;
  contactAttendance: number;
}

/** Registers a market venue for these participants. */
export function openMarket(
  w: World,
  label: string,
  start: number,
  end: number,
  every: number,
  participants: Int32Array,
  m: MarketSpec,
  rng: Rng,
): void {
  w.venues.push({ kind: 'market', label, start, end, every, participants, ...m, capacity: 0, margin: 0, rng });
}

export const culinaryMarket: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'culinary-market') return;
    const participants = selectProducers(w, iv, spec.stalls);
    iv.participants = participants.length;
    iv.members = participants;
    openMarket(
      w,
      iv.label,
      iv.start,
      iv.end,
      spec.every,
      participants,
      {
        visitors: spec.visitors,
        packsPerVisitor: spec.packs_per_visitor,
        stallFee: spec.stall_fee,
        tieProbability: spec.tie_probability,
        contactAttendance: spec.contact_attendance,
      },
      iv.rng,
    );
  },
};

export const districtKiosk: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'district-kiosk') return;
    const participants = selectProducers(w, iv);
    iv.participants = participants.length;
    iv.members = participants;
    // Supplying the kiosk is a tie to a district institution: linking capital.
    for (const p of participants) connect(w.net, w.producers.household[p], w.nodes.kiosk, LAYER.institutional, 0.4, 0.6, w.t);
    // Social 2: the kiosk registers its suppliers' products (P-IRT, in its cost per participant), which opens modern outlets too.
    if (w.net.byFunction) for (const p of participants) w.producers.certified[p] = 1;
    w.venues.push({
      kind: 'kiosk',
      label: iv.label,
      start: iv.start,
      end: iv.end,
      every: spec.every,
      participants,
      visitors: 0,
      packsPerVisitor: 0,
      stallFee: 0,
      tieProbability: 0,
      contactAttendance: 0,
      capacity: spec.capacity,
      margin: spec.margin,
      rng: iv.rng,
    });
  },
};
