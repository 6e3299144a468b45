import { describe, expect, it } from 'vitest';
import { hireWorker } from '../../src/rules/labour.js';
import { connect, dissolveTie, LAYER, TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { socialWorld } from './helpers.js';

/** Two villages of 3 households; household 3 lives in the second village. */
function twoVillages(social: 1 | 2): World {
  return socialWorld({ population: { villages: 2 } }, social);
}

describe('tie classes by function (social 2) and by place (social 1)', () => {
  it('under social 2 a neighbour or business colleague in another village bonds; under social 1 the tie bridges', () => {
    for (const [social, expected] of [
      [2, TIE_CLASS.bonding],
      [1, TIE_CLASS.bridging],
    ] as const) {
      const w = twoVillages(social);
      expect(w.net.tieClass[connect(w.net, 0, 3, LAYER.neighbour, 0.5, 0.5, 0)]).toBe(expected);
      const otherSupplier = w.suppliers.node[w.suppliers.count - 1];
      expect(w.suppliers.village[w.suppliers.count - 1]).toBe(1);
      expect(w.net.tieClass[connect(w.net, 0, otherSupplier, LAYER.business, 0.5, 0.5, 0)]).toBe(expected);
    }
  });

  it('a tie to a peer community outside bridges and a tie to a government links, under both', () => {
    for (const social of [1, 2] as const) {
      const w = twoVillages(social);
      expect(w.net.tieClass[connect(w.net, 0, w.nodes.outsider0, LAYER.peer, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bridging);
      expect(w.net.tieClass[connect(w.net, 0, w.nodes.regencyGov, LAYER.institutional, 0.5, 0.5, 0)]).toBe(TIE_CLASS.linking);
    }
  });

  it('bonding gives labour by class: a neighbour in the next village can be hired under social 2, not under social 1', () => {
    for (const social of [1, 2] as const) {
      const w = twoVillages(social);
      const owner = w.producers.household[0];
      expect(w.households.village[owner]).toBe(0);
      // Only one tie left: to a household of the other village.
      for (let e = 0; e < w.net.edgeCount; e++) dissolveTie(w.net, e);
      connect(w.net, owner, 4, LAYER.neighbour, 0.5, 0.8, 0);
      expect(hireWorker(w, 0)).toBe(social === 2);
      expect(w.households.employer[4]).toBe(social === 2 ? 0 : -1);
    }
  });
});
