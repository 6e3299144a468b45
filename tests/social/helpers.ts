/** Tiny social-2 worlds for the tests of social capital by function. */
import { dissolveTie, TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { tinyWorld } from '../helpers/world.js';

/** A tiny world under economy 2 and social 2 with no bridging or linking ties drawn at the start. */
export function socialWorld(overrides: Record<string, unknown> = {}, social: 1 | 2 = 2): World {
  return tinyWorld({ economy: 2, social, social_capital: { linking_share: 0, bridging_share: 0 }, ...overrides });
}

/** Dissolves every bridging and linking tie (a hand-built start). */
export function dropBridgingAndLinking(w: World): void {
  for (let e = 0; e < w.net.edgeCount; e++) if (w.net.tieClass[e] !== TIE_CLASS.bonding) dissolveTie(w.net, e);
}

/** Living ties of node i by class (TIE_CLASS order). */
export function tiesByClass(w: World, i: number): number[] {
  const net = w.net;
  const out = [0, 0, 0];
  for (let a = net.adjStart[i]; a < net.adjStart[i] + net.adjLen[i]; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 1) out[net.tieClass[e]]++;
  }
  return out;
}
