import { describe, expect, it } from 'vitest';
import { runWorld } from '../../src/engine/run.js';
import { createWorld } from '../../src/engine/setup.js';
import { REPORTERS } from '../../src/metrics/reporters.js';
import { tinyScenario } from '../helpers/world.js';

const VILLAGE = { population: { households: 120, poor_households: 45, home_industries: 8, hamlets: 2, warungs: 3, outsiders: 20 } };

/** A finished run of the small village: its world and its metrics table. */
function run(overrides: Record<string, unknown>, seed = 4) {
  const w = createWorld(tinyScenario({ ...VILLAGE, ...overrides }), seed);
  const result = runWorld(w);
  const { header, rows } = result.metrics;
  const rowAt = (day: number) => rows.find((r) => r[header.indexOf('day')] === String(day))!;
  return { w, header, rows, rowAt, result };
}

const STATE = REPORTERS.filter((r) => r.standard && !r.flow).map((r) => r.name);

describe('the warm-up', () => {
  const plain = run({ horizon_days: 120 });
  const warm = run({ warmup_days: 60, horizon_days: 60 });

  it('makes day 0 the state after that many days of a run without one (same seed)', () => {
    expect(STATE).toContain('cash_mean');
    expect(STATE).toContain('active_home_industries');
    const day0 = warm.rows[0];
    const day60 = plain.rowAt(60);
    for (const name of STATE) expect(day0[warm.header.indexOf(name)], name).toBe(day60[plain.header.indexOf(name)]);
    // The state did move over those days, so the comparison can fail.
    expect(plain.rows[0][plain.header.indexOf('cash_mean')]).not.toBe(day60[plain.header.indexOf('cash_mean')]);
  });

  it('reports nothing from the warm-up: day 0 has no flows, and the periods after it are those of the longer run', () => {
    expect(warm.rows.map((r) => r[warm.header.indexOf('day')])).toEqual(['0', '30', '60']);
    expect(warm.rows[0][warm.header.indexOf('income_mean')]).toBe('');
    for (const k of [1, 2]) {
      const later = plain.rowAt(60 + 30 * k);
      warm.header.forEach((name, c) => {
        if (name !== 'period' && name !== 'day') expect(warm.rows[k][c], `${name} at period ${k}`).toBe(later[plain.header.indexOf(name)]);
      });
    }
  });

  it('starts the run totals of agents.csv at day 0', () => {
    const before = run({ horizon_days: 60 }).w;
    const h = warm.w.households;
    const n = h.incomeTotal.length / h.count;
    for (let i = 0; i < h.count; i++) {
      for (let k = 0; k < n; k++)
        expect(h.incomeTotal[i * n + k]).toBe(plain.w.households.incomeTotal[i * n + k] - before.households.incomeTotal[i * n + k]);
      expect(h.poorPeriods[i]).toBe(plain.w.households.poorPeriods[i] - before.households.poorPeriods[i]);
    }
    const pr = warm.w.producers;
    for (let p = 0; p < pr.count; p++) {
      expect(pr.costsTotal[p]).toBe(plain.w.producers.costsTotal[p] - before.producers.costsTotal[p]);
      expect(pr.producedTotal[p]).toBe(plain.w.producers.producedTotal[p] - before.producers.producedTotal[p]);
    }
    expect(before.households.incomeTotal.some((x) => x > 0)).toBe(true);
  });

  it('closes its periods on the calendar of a run without one, whatever its length', () => {
    const odd = run({ warmup_days: 45, horizon_days: 70 });
    expect(odd.rows.map((r) => r.slice(1, 4).join(' '))).toEqual(['0 0 0', '30 30 0', '60 30 0', '70 10 1']);
  });
});

describe('interventions with a warm-up', () => {
  const crisis = { type: 'crisis', start: 0, price_factor: 1.5, demand_factor: 0.4 };

  it('act from day 0, never in the warm-up', () => {
    const without = run({ warmup_days: 60, horizon_days: 60 });
    const withCrisis = run({ warmup_days: 60, horizon_days: 60, interventions: [crisis] });
    // Nothing of the crisis before day 0...
    expect(withCrisis.rows[0]).toEqual(without.rows[0]);
    // ...and its effect right after.
    const sales = withCrisis.header.indexOf('sales_warung');
    expect(Number(withCrisis.rows[1][sales])).toBeLessThan(Number(without.rows[1][sales]));
    expect(withCrisis.w.interventions[0].start).toBe(61);
    expect(withCrisis.result.interventions[0]).toMatchObject({ start: 1, end: 60 });
  });

  it('keep their days from day 0 without a warm-up', () => {
    const plain = run({ horizon_days: 60, interventions: [crisis] });
    expect(plain.w.interventions[0].start).toBe(1);
    expect(plain.result.interventions[0]).toMatchObject({ start: 1, end: 60 });
  });
});
