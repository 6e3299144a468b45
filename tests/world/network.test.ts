import { describe, expect, it } from 'vitest';
import {
  addTie,
  compactNetwork,
  connect,
  createNetwork,
  degree,
  dissolveTie,
  findTie,
  LAYER,
  NODE_KIND,
  OUTSIDE_VILLAGE,
  TIE_CLASS,
} from '../../src/world/network.js';

// Nodes: 0-2 households of village 0 (0 and 1 in hamlet 0, 2 in hamlet 1), 3 an institution, 4 an outsider, 5 a household of village 1.
function tinyNetwork() {
  const kind = Uint8Array.from([0, 0, 0, NODE_KIND.institution, NODE_KIND.outsider, 0]);
  const village = Int32Array.from([0, 0, 0, 0, OUTSIDE_VILLAGE, 1]);
  const hamlet = Int32Array.from([0, 0, 1, -1, -1, 8]);
  return createNetwork(kind, village, hamlet, 2);
}

describe('network', () => {
  it('classifies ties from their ends: village community bonds, other villages and outsiders bridge, institutions link', () => {
    const net = tinyNetwork();
    expect(net.tieClass[addTie(net, 0, 1, LAYER.neighbour, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bonding);
    expect(net.tieClass[addTie(net, 0, 2, LAYER.business, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bonding);
    expect(net.tieClass[addTie(net, 1, 2, LAYER.kin, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bonding);
    expect(net.tieClass[addTie(net, 2, 3, LAYER.institutional, 0.5, 0.5, 0)]).toBe(TIE_CLASS.linking);
    expect(net.tieClass[addTie(net, 0, 4, LAYER.digital, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bridging);
    expect(net.tieClass[addTie(net, 1, 5, LAYER.business, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bridging);
    expect(net.tieClass[addTie(net, 2, 5, LAYER.kin, 0.5, 0.5, 0)]).toBe(TIE_CLASS.bonding);
  });

  it('finds ties both ways, merges layers, and grows past its initial room', () => {
    const net = tinyNetwork();
    for (let j = 1; j < 5; j++) addTie(net, 0, j, LAYER.business, 0.1, 0.2, 0);
    expect(degree(net, 0)).toBe(4);
    const e = findTie(net, 3, 0);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(connect(net, 0, 3, LAYER.group, 0.9, 0.2, 5)).toBe(e);
    expect(net.layers[e]).toBe(LAYER.business | LAYER.group);
    expect(net.strength[e]).toBeCloseTo(0.9);
    expect(findTie(net, 1, 2)).toBe(-1);
  });

  it('compacts dissolved ties away, keeping the survivors in order', () => {
    const net = tinyNetwork();
    addTie(net, 0, 1, LAYER.kin, 0.1, 0.1, 0);
    const gone = addTie(net, 0, 2, LAYER.kin, 0.2, 0.2, 0);
    addTie(net, 1, 2, LAYER.kin, 0.3, 0.3, 0);
    dissolveTie(net, gone);
    expect(findTie(net, 0, 2)).toBe(-1);
    compactNetwork(net);
    expect(net.edgeCount).toBe(2);
    expect([net.ends0[0], net.ends1[0], net.ends0[1], net.ends1[1]]).toEqual([0, 1, 1, 2]);
    expect(net.strength[1]).toBeCloseTo(0.3);
    expect(findTie(net, 2, 1)).toBe(1);
    expect(degree(net, 0)).toBe(1);
    addTie(net, 0, 2, LAYER.kin, 0.4, 0.4, 1);
    expect(degree(net, 2)).toBe(2);
  });
});
