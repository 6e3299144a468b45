import { describe, expect, it } from 'vitest';
import { runWorld } from '../../src/engine/run.js';
import { createWorld } from '../../src/engine/setup.js';
import { AGENT_PERIOD_COLUMNS, agentPeriodRow } from '../../src/metrics/agents.js';
import { createPeriodView, refreshPeriodView } from '../../src/metrics/period.js';
import { REPORTERS } from '../../src/metrics/reporters.js';
import { periodIncome } from '../../src/world/households.js';
import type { World } from '../../src/world/world.js';
import { tinyScenario, tinyWorld } from '../helpers/world.js';

const VILLAGE = { population: { households: 120, poor_households: 45, home_industries: 8, hamlets: 2, warungs: 3, outsiders: 20 } };

/** Runs the small village, keeping the mean household income of each period as it closes (before any scaling). */
function run(overrides: Record<string, unknown>, seed = 5) {
  const w = createWorld(tinyScenario({ ...VILLAGE, ...overrides }), seed);
  const totals: number[] = [];
  const factors: number[] = [];
  const firstHousehold: { row: string[]; informal: number }[] = [];
  const { metrics } = runWorld(w, undefined, (world, factor) => {
    const row: string[] = [];
    agentPeriodRow(world, 0, factor, row);
    firstHousehold.push({ row, informal: world.households.incomeInformal[0] });
    let sum = 0;
    for (let i = 0; i < world.households.count; i++) sum += periodIncome(world.households, i);
    totals.push(sum / world.households.count);
    factors.push(factor);
  });
  const cell = (row: number, name: string) => metrics.rows[row][metrics.header.indexOf(name)];
  return { w, rows: metrics.rows, cell, totals, factors, firstHousehold };
}

describe('a short last period', () => {
  const cut = run({ horizon_days: 40 });

  it('is flagged partial and reported on its own days, never scaled to a month', () => {
    expect(cut.rows.map((r) => r.slice(2, 4).join(' '))).toEqual(['0 0', '30 0', '10 1']);
    expect(cut.factors).toEqual([1, 1]);
    expect(Number(cut.cell(2, 'income_mean'))).toBe(Math.round(cut.totals[1]));
    expect(Number(cut.cell(1, 'income_mean'))).toBe(Math.round(cut.totals[0]));
  });

  it('is written the same way in agents_periods.csv', () => {
    const at = (k: number, name: string) => cut.firstHousehold[k].row[AGENT_PERIOD_COLUMNS.indexOf(name as never)];
    expect(at(1, 'day')).toBe('40');
    expect(at(1, 'poor')).toBe('');
    expect(at(0, 'poor')).toMatch(/^[01]$/);
    expect(cut.firstHousehold[1].informal).toBeGreaterThan(0);
    expect(Number(at(1, 'income_informal'))).toBe(Math.round(cut.firstHousehold[1].informal));
  });

  it('leaves its poverty headcounts empty: a monthly line needs a month', () => {
    for (const name of ['poverty_headcount', 'consumption_poverty_headcount', 'ex_migrant_poverty_headcount']) {
      expect(cut.cell(2, name), name).toBe('');
      expect(cut.cell(1, name), name).not.toBe('');
    }
  });

  it("counts in nobody's poor periods", () => {
    const month = run({ horizon_days: 30 });
    expect([...cut.w.households.poorPeriods]).toEqual([...month.w.households.poorPeriods]);
    expect(month.w.households.poorPeriods.some((n) => n > 0)).toBe(true);
  });

  it('does not appear when the periods divide the horizon', () => {
    const whole = run({ horizon_days: 60, period_days: 20 });
    expect(whole.rows.map((r) => r[3])).toEqual(['0', '0', '0', '0']);
    expect(whole.factors).toEqual([1.5, 1.5, 1.5]);
    expect(Number(whole.cell(3, 'income_mean'))).toBe(Math.round(whole.totals[2] * 1.5));
    expect(whole.cell(3, 'poverty_headcount')).not.toBe('');
  });
});

describe('day 0', () => {
  it('leaves poverty empty, with or without a warm-up: nothing has been earned or spent in a period yet', () => {
    for (const warmup of [0, 30]) {
      const r = run({ horizon_days: 30, warmup_days: warmup });
      expect(r.cell(0, 'poverty_headcount')).toBe('');
      expect(r.cell(0, 'consumption_poverty_headcount')).toBe('');
      expect(r.cell(0, 'cash_mean')).not.toBe('');
    }
  });
});

describe('consumption_poverty_headcount', () => {
  const compute = (w: World) => {
    const view = createPeriodView(w);
    refreshPeriodView(view, w);
    return REPORTERS.find((r) => r.name === 'consumption_poverty_headcount')!.compute(w, view);
  };

  /** A world at the end of a period of `days` days (of `periodDays`), with these consumptions per capita per month. */
  function atPeriodEnd(days: number, perCapitaMonthly: number[], periodDays = days): World {
    const w = tinyWorld({ period_days: periodDays });
    w.t = days;
    const h = w.households;
    for (let i = 0; i < h.count; i++) h.consumption[i] = (perCapitaMonthly[i] * h.size[i] * days) / 30;
    return w;
  }

  it('counts households whose consumption per capita per month is under the line', () => {
    const line = tinyScenario().households.poverty_line;
    expect(compute(atPeriodEnd(30, [line - 1, line, line * 2]))).toBe(1);
    // Over a 15-day period consumption is scaled to a month before it meets the line.
    expect(compute(atPeriodEnd(15, [line - 1, line - 1, line]))).toBe(2);
  });

  it('counts nobody when everyone consumes at least the line', () => {
    const line = tinyScenario().households.poverty_line;
    expect(compute(atPeriodEnd(30, [line, line + 1, line * 3]))).toBe(0);
  });

  it('is not measured over a partial period', () => {
    const w = atPeriodEnd(10, [0, 0, 0], 30);
    expect(compute(w)).toBeNaN();
  });
});
