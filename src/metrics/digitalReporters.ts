/** Reporters of digital diffusion under social 2 (docs/model.md, "Digital diffusion"): in the default columns only then. */
import type { World } from '../world/world.js';
import { countWhere, social2, type Reporter } from './reporter.js';

function activeOnlineShare(w: World): number {
  const pr = w.producers;
  const active = countWhere(pr.count, (p) => pr.active[p] === 1);
  return active > 0 ? countWhere(pr.count, (p) => pr.active[p] === 1 && pr.adopted[p] === 1) / active : Number.NaN;
}

/** Digital reporters, in column order. */
export const DIGITAL_REPORTERS: readonly Reporter[] = [
  social2(
    'online_share',
    'decimal',
    false,
    'Share of active home industries selling online at the end of the period, 0 to 1; empty when none is active.',
    activeOnlineShare,
  ),
  social2(
    'household_online_share',
    'decimal',
    false,
    'Share of households using a smartphone online (messaging, social media, marketplaces) at the end of the period, 0 to 1.',
    (w) => countWhere(w.households.count, (i) => w.digital.online[i] === 1) / Math.max(1, w.households.count),
  ),
  social2(
    'device_share',
    'decimal',
    false,
    'Share of households with a smartphone at the end of the period, 0 to 1.',
    (w) => countWhere(w.households.count, (i) => w.households.device[i] === 1) / Math.max(1, w.households.count),
  ),
];
