/** Reporters of social capital by function (social 2, pattern 4 of docs/model.md): who holds bridging and linking ties. */
import { NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import type { World } from '../world/world.js';
import { optional, type Reporter } from './reporter.js';

/** Living bridging and linking ties with a household end, counted at each household end; only those of top-capacity households when `topOnly`. */
function bridgingLinkingTies(w: World, topOnly: boolean): number {
  const net = w.net;
  const h = w.households;
  let n = 0;
  for (let i = 0; i < h.count; i++) {
    if (topOnly && h.capacityTop[i] === 0) continue;
    const end = net.adjStart[i] + net.adjLen[i];
    for (let a = net.adjStart[i]; a < end; a++) {
      const e = net.adj[a];
      if (net.alive[e] === 0 || net.tieClass[e] === TIE_CLASS.bonding) continue;
      // A tie between two households is counted once, at its first end.
      const j = otherEnd(net, e, i);
      if (net.nodeKind[j] === NODE_KIND.household && j < i && !topOnly) continue;
      n++;
    }
  }
  return n;
}

/** Social-capital reporters, in column order (all optional). */
export const SOCIAL_REPORTERS: readonly Reporter[] = [
  optional(
    'capacity_top_bridging_linking_ties',
    'integer',
    false,
    'Social 2: living bridging and linking ties held by the top fifth of households by capacity (schooling, work abroad, group leadership, device and skill).',
    (w) => bridgingLinkingTies(w, true),
  ),
  optional('bridging_linking_ties', 'integer', false, 'Living bridging and linking ties of households.', (w) =>
    bridgingLinkingTies(w, false),
  ),
];
