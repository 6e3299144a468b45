import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/setup.js';
import { step } from '../../src/engine/step.js';
import { createPeriodView, refreshPeriodView } from '../../src/metrics/period.js';
import { REPORTERS } from '../../src/metrics/reporters.js';
import { periodIncome } from '../../src/world/households.js';
import { tinyScenario } from '../helpers/world.js';

describe('reporters', () => {
  const scenario = tinyScenario({
    horizon_days: 45,
    population: { households: 300, poor_households: 110, home_industries: 12, hamlets: 3, warungs: 4 },
    households: { ex_migrant_share: 0.2 },
  });
  const w = createWorld(scenario, 3);
  for (let d = 0; d < 45; d++) step(w);
  const view = createPeriodView(w);
  refreshPeriodView(view, w);
  const value = (name: string) => REPORTERS.find((r) => r.name === name)!.compute(w, view);
  const h = w.households;
  const monthly = (i: number) => (periodIncome(h, i) * 30) / 45;
  const meanOf = (keep: (i: number) => boolean, of: (i: number) => number) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < h.count; i++) {
      if (!keep(i)) continue;
      sum += of(i);
      n++;
    }
    return sum / n;
  };

  it('give the group means and counts computed directly from the households', () => {
    expect(value('income_mean')).toBeCloseTo(
      meanOf(() => true, monthly),
      6,
    );
    expect(value('poor_income_mean')).toBeCloseTo(
      meanOf((i) => h.poorAtStart[i] === 1, monthly),
      6,
    );
    expect(value('producer_income_mean')).toBeCloseTo(
      meanOf((i) => h.producer[i] >= 0, monthly),
      6,
    );
    expect(value('ex_migrant_income_mean')).toBeCloseTo(
      meanOf((i) => h.exMigrant[i] === 1, monthly),
      6,
    );
    let poor = 0;
    for (let i = 0; i < h.count; i++) if (monthly(i) < scenario.households.poverty_line * h.size[i]) poor++;
    expect(value('poverty_headcount')).toBe(poor);
    let poorByConsumption = 0;
    for (let i = 0; i < h.count; i++) if ((h.consumption[i] * 30) / 45 < scenario.households.poverty_line * h.size[i]) poorByConsumption++;
    expect(value('consumption_poverty_headcount')).toBe(poorByConsumption);
    expect(poorByConsumption).toBeGreaterThan(0);
    expect(value('cash_mean')).toBeCloseTo(
      meanOf(
        () => true,
        (i) => h.cash[i],
      ),
      6,
    );
  });

  it('give a median and a Gini consistent with the incomes', () => {
    const incomes = Array.from({ length: h.count }, (_, i) => monthly(i)).sort((a, b) => a - b);
    expect(value('income_median')).toBeCloseTo((incomes[149] + incomes[150]) / 2, 6);
    const gini = value('gini');
    expect(gini).toBeGreaterThan(0);
    expect(gini).toBeLessThan(1);
  });
});
