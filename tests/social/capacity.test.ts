import { describe, expect, it } from 'vitest';
import { setupCapacity, setupSocialTies } from '../../src/engine/setupSocial.js';
import { createStream } from '../../src/rng.js';
import { TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { dropBridgingAndLinking, socialWorld, tiesByClass } from './helpers.js';

/** A tiny world of 10 households, none with schooling, work abroad, a group or a device, where every capacity share is 1. */
function noCapacity(): World {
  const w = socialWorld({
    population: { households: 10, poor_households: 3 },
    social_capital: { linking_share: 1, bridging_share: 1, bridging_ties: 2 },
  });
  dropBridgingAndLinking(w);
  const h = w.households;
  h.education.fill(0);
  h.exMigrant.fill(0);
  h.device.fill(0);
  h.group.fill(-1);
  return w;
}

function bridgingAndLinking(w: World): number[] {
  const out: number[] = [];
  for (let i = 0; i < w.households.count; i++) {
    const t = tiesByClass(w, i);
    out.push(t[TIE_CLASS.bridging] + t[TIE_CLASS.linking]);
  }
  return out;
}

describe('only households with capacity bridge and link at the start', () => {
  it('with nobody schooled, abroad, leading a group or online, nobody holds a bridging or linking tie', () => {
    const w = noCapacity();
    setupSocialTies(w, createStream(1, 'test'));
    expect(bridgingAndLinking(w).every((n) => n === 0)).toBe(true);
  });

  it('the one schooled household holds every bridging and linking tie, and is in the top fifth by capacity', () => {
    const w = noCapacity();
    w.households.education[6] = 3;
    setupSocialTies(w, createStream(1, 'test'));
    const ties = bridgingAndLinking(w);
    expect(ties[6]).toBeGreaterThanOrEqual(3);
    expect(ties.filter((n, i) => i !== 6 && n > 0)).toEqual([]);
    expect(w.households.capacityTop[6]).toBe(1);
  });

  it('capacity adds schooling, work abroad, group leadership and a device used with skill', () => {
    const w = noCapacity();
    const h = w.households;
    h.education[1] = 3;
    h.exMigrant[2] = 1;
    h.group[3] = 0;
    h.group[4] = 0;
    h.device[5] = 1;
    h.skill[5] = 0.5;
    h.skill[7] = 0.9;
    setupCapacity(w);
    expect(Array.from(h.capacity.slice(0, 8))).toEqual([0, 1, 1, 1, 0, 0.5, 0, 0]);
    expect(h.capacityTop.reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('capacity exponent', () => {
  it('at exponent 0 everyone with some capacity is equally likely, and those with none still hold nothing', () => {
    const w = socialWorld({
      population: { households: 10, poor_households: 3 },
      social_capital: { linking_share: 1, bridging_share: 1, capacity_exponent: 0 },
    });
    dropBridgingAndLinking(w);
    const h = w.households;
    h.education.fill(0);
    h.exMigrant.fill(0);
    h.device.fill(0);
    h.group.fill(-1);
    h.education[2] = 1;
    h.education[8] = 3;
    setupSocialTies(w, createStream(2, 'test'));
    const ties = bridgingAndLinking(w);
    expect(ties[2]).toBeGreaterThan(0);
    expect(ties[8]).toBeGreaterThan(0);
    expect(ties.filter((n, i) => i !== 2 && i !== 8 && n > 0)).toEqual([]);
  });
});
