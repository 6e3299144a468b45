/** A tiny social-2 world in which every household is ready to go online (device, skill, signal) and nobody is online yet. */
import type { World } from '../../src/world/world.js';
import { mergeScenario } from '../../src/scenario/load.js';
import { tinyWorld } from '../helpers/world.js';

/** The tiny world of tests/helpers/world.ts under social 2, with these overrides, all ready and offline. */
export function readyWorld(overrides: Record<string, unknown> = {}, seed = 1): World {
  const w = tinyWorld(mergeScenario({ social: 2, economy: 2 }, overrides) as Record<string, unknown>, seed);
  const h = w.households;
  for (let i = 0; i < h.count; i++) {
    h.device[i] = 1;
    h.skill[i] = 1;
    w.digital.online[i] = 0;
    w.digital.onlineSince[i] = -1;
  }
  w.signal.fill(1);
  for (let p = 0; p < w.producers.count; p++) w.producers.adopted[p] = 0;
  return w;
}

/** Runs `rule` on days 1..days. */
export function runDays(w: World, days: number, rule: (w: World) => void): void {
  for (let d = 1; d <= days; d++) {
    w.t = d;
    rule(w);
  }
}

/** Households online. */
export function onlineCount(w: World): number {
  let n = 0;
  for (let i = 0; i < w.households.count; i++) n += w.digital.online[i];
  return n;
}
