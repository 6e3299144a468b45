/** business_failure_rate: failures per running business a month, comparable between worlds of different size. */
import { describe, expect, it } from 'vitest';
import { createPeriodView, refreshPeriodView } from '../../src/metrics/period.js';
import { REPORTERS } from '../../src/metrics/reporters.js';
import type { World } from '../../src/world/world.js';
import { tinyWorld } from '../helpers/world.js';

/** A tiny world of `n` home industries, each running `days` days of the period, `failed` of them failed once. */
function worldWith(n: number, days: number, failed: number): World {
  const w = tinyWorld({ population: { households: 12, home_industries: n } });
  const pr = w.producers;
  for (let p = 0; p < pr.count; p++) {
    pr.activeDays[p] = days;
    pr.periodFailures[p] = p < failed ? 1 : 0;
  }
  return w;
}

function value(w: World, name: string): number {
  const view = createPeriodView(w);
  refreshPeriodView(view, w);
  return REPORTERS.find((r) => r.name === name)!.compute(w, view);
}

describe('business_failure_rate', () => {
  it('is failures per 30 running business-days', () => {
    const w = worldWith(4, 15, 1);
    expect(w.producers.count).toBe(4);
    expect(value(w, 'business_failure_rate')).toBeCloseTo(30 / 60, 9);
  });

  it('stays the same in a world with twice the businesses failing as often, where the count doubles', () => {
    const small = worldWith(2, 30, 1);
    const large = worldWith(4, 30, 2);
    expect(value(large, 'business_failures')).toBe(2 * value(small, 'business_failures'));
    expect(value(large, 'business_failure_rate')).toBeCloseTo(value(small, 'business_failure_rate'), 9);
  });

  it('is empty, not 0, when no business ran in the period', () => {
    expect(value(worldWith(3, 0, 0), 'business_failure_rate')).toBeNaN();
  });
});
