import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/setup.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { World } from '../../src/world/world.js';
import { ROOT } from '../helpers/cli.js';
import { tinyWorld } from '../helpers/world.js';

/** Households that run more than one of the producer rows. */
function doubleOwners(w: World): number[] {
  const owners = new Map<number, number>();
  for (let p = 0; p < w.producers.count; p++) owners.set(w.producers.household[p], (owners.get(w.producers.household[p]) ?? 0) + 1);
  return [...owners].filter(([, n]) => n > 1).map(([i]) => i);
}

describe('home industries at setup', () => {
  it('never gives one household two businesses (default scenario, seeds 1-20)', () => {
    const scenario = loadScenario(path.join(ROOT, 'scenarios/balewangi.yaml')).scenario;
    for (let seed = 1; seed <= 20; seed++) {
      const w = createWorld(scenario, seed);
      expect(doubleOwners(w), `seed ${seed}`).toEqual([]);
      expect(w.producers.count).toBe(scenario.population.home_industries);
      for (let p = 0; p < w.producers.count; p++) expect(w.households.producer[w.producers.household[p]]).toBe(p);
    }
  });

  it('gives every household one business when the village has as many businesses as households', () => {
    // The poor pick comes first and the second pick draws from everyone: the case where a repeat was likeliest.
    for (let seed = 1; seed <= 20; seed++) {
      const w = tinyWorld({ population: { households: 6, poor_households: 3, home_industries: 6 } }, seed);
      expect(w.producers.count).toBe(6);
      expect(doubleOwners(w), `seed ${seed}`).toEqual([]);
      for (let i = 0; i < 6; i++) expect(w.households.producer[i]).toBeGreaterThanOrEqual(0);
    }
  });

  it('still gives the poor their share of the businesses', () => {
    const scenario = loadScenario(path.join(ROOT, 'scenarios/balewangi.yaml')).scenario;
    const w = createWorld(scenario, 2);
    let poorOwners = 0;
    for (let p = 0; p < w.producers.count; p++) poorOwners += w.households.poorAtStart[w.producers.household[p]];
    expect(poorOwners).toBeGreaterThanOrEqual(Math.round(scenario.population.home_industries * scenario.home_industries.poor_share));
  });
});
