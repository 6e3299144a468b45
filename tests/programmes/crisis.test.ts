/** The crisis under social 2: owners of home industries that fail during it may leave to work abroad. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { remittances } from '../../src/rules/events.js';
import { householdsDay } from '../../src/rules/households.js';
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

/** Informal earnings of all households over days 2-11 of a crisis with this informal factor. */
function informalEarnings(informalFactor: number): number {
  const w = tinyWorld({ social: 2, interventions: [{ type: 'crisis', start: 1, end: 60, informal_factor: informalFactor }] });
  w.t = 1;
  runTimeline(w);
  for (let t = 2; t <= 11; t++) {
    w.t = t;
    householdsDay(w);
  }
  return w.households.incomeInformal.reduce((a, b) => a + b, 0);
}

describe('crisis: informal earnings', () => {
  it('binds: a crisis with an informal factor below 1 lowers informal earnings, the same days drawn', () => {
    const normal = informalEarnings(1);
    expect(normal).toBeGreaterThan(0);
    expect(informalEarnings(0.5)).toBeLessThan(normal * 0.6);
  });

  it('does not bind once the crisis is over: the factor is back to 1', () => {
    const w = tinyWorld({ interventions: [{ type: 'crisis', start: 1, end: 3, informal_factor: 0.5 }] });
    for (let t = 1; t <= 4; t++) {
      w.t = t;
      runTimeline(w);
    }
    expect(w.conditions.informalFactor).toBe(1);
  });
});
