/** The crisis under social 2: owners of home industries that fail during it may leave to work abroad. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { remittances } from '../../src/rules/events.js';
import { tinyWorld } from '../helpers/world.js';

/** Whether the owner of the one home industry is abroad after its business fails (or not) on day 2 of a crisis. */
function ownerAbroad(social: number, migration: number, fails: boolean): { abroad: number; remitted: number } {
  const w = tinyWorld({ social, interventions: [{ type: 'crisis', start: 1, end: 60, migration }] });
  const i = w.producers.household[0];
  w.t = 1;
  runTimeline(w);
  if (fails) {
    w.producers.active[0] = 0;
    w.producers.failures[0]++;
  }
  w.t = 2;
  runTimeline(w);
  let remitted = 0;
  for (let t = 3; t <= 40; t++) {
    w.t = t;
    const before = w.households.incomeRemittance[i];
    remittances(w);
    remitted += w.households.incomeRemittance[i] - before;
  }
  return { abroad: w.households.migrantAbroad[i], remitted };
}

describe('crisis: failed owners migrate (social 2)', () => {
  it('binds: the owner of a business that failed during the crisis leaves, and remittances follow within a month', () => {
    const r = ownerAbroad(2, 1, true);
    expect(r.abroad).toBe(1);
    expect(r.remitted).toBeGreaterThan(0);
  });

  it('does not bind without a failure, with no chance to migrate, or under social 1', () => {
    expect(ownerAbroad(2, 1, false).abroad).toBe(0);
    expect(ownerAbroad(2, 0, true).abroad).toBe(0);
    expect(ownerAbroad(1, 1, true)).toEqual({ abroad: 0, remitted: 0 });
  });
});
