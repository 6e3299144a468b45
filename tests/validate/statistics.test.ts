/** Every kind of statistic on small metric and agent tables written by hand (no model runs). */
import { describe, expect, it } from 'vitest';
import type { Statistic } from '../../src/validate/patternSchema.js';
import {
  cohortChange,
  columnShare,
  computeFigure,
  periodMean,
  relativeSlope,
  selectRows,
  type Table,
} from '../../src/validate/statistics.js';

/** A metrics table: period, day, days, then the given columns, one row per period from 0. */
function metrics(columns: Record<string, (number | '')[]>, days: number[] = [0, 30, 30, 30, 30]): Table {
  const names = Object.keys(columns);
  const rows = days.map((d, p) => [
    String(p),
    String(days.slice(0, p + 1).reduce((a, b) => a + b, 0)),
    String(d),
    ...names.map((n) => String(columns[n][p])),
  ]);
  return { header: ['period', 'day', 'days', ...names], rows };
}

/** An agents table of households with these columns. */
function agents(columns: Record<string, (number | '')[]>): Table {
  const names = Object.keys(columns);
  const n = columns[names[0]].length;
  const rows = Array.from({ length: n }, (_, i) => ['household', String(i), ...names.map((c) => String(columns[c][i]))]);
  return { header: ['kind', 'id', ...names], rows };
}

const value = (f: { value: number } | { none: string }) => ('value' in f ? f.value : f.none);

describe('mean over periods', () => {
  const t = metrics({ x: ['', 10, 20, 30, 40] });

  it('averages every whole period from 1, skipping day 0', () => {
    expect(value(periodMean(t, 'x', 'all'))).toBe(25);
  });

  it('reads one period, or a span of them', () => {
    expect(value(periodMean(t, 'x', 2))).toBe(20);
    expect(value(periodMean(t, 'x', { from: 3, to: 4 }))).toBe(35);
  });

  it('skips a short last period when the table has no partial column', () => {
    const short = metrics({ x: ['', 10, 20, 30, 400] }, [0, 30, 30, 30, 10]);
    expect(value(periodMean(short, 'x', 'all'))).toBe(20);
  });

  it('skips rows flagged partial=1 when that column exists, whatever their length', () => {
    const flagged = metrics({ partial: [0, 0, 1, 0, 0], x: ['', 10, 20, 30, 40] });
    expect(value(periodMean(flagged, 'x', 'all'))).toBeCloseTo(80 / 3, 12);
    expect(selectRows(flagged, 'all').map((r) => r[0])).toEqual(['1', '3', '4']);
  });

  it('has no data when the periods selected hold no value', () => {
    expect(value(periodMean(t, 'x', 0))).toMatch(/no value of x/);
    expect(value(periodMean(t, 'x', { from: 7, to: 9 }))).toMatch(/no value of x/);
  });
});

describe('paired figures between two scenarios', () => {
  const runs = (a: number[], b: number[]) => (key: string) => ({ metrics: metrics({ y: ['', ...(key === 'base' ? a : b)] }) });
  const stat = (measure: 'difference' | 'ratio' | 'relative_change'): Statistic => ({
    kind: 'paired',
    scenario: 'base',
    baseline: 'other',
    column: 'y',
    periods: 'all',
    measure,
  });

  it('gives the difference, the ratio and the relative change of the period means', () => {
    const r = runs([12, 12, 12, 12], [10, 10, 10, 10]);
    expect(value(computeFigure(stat('difference'), r))).toBe(2);
    expect(value(computeFigure(stat('ratio'), r))).toBeCloseTo(1.2, 12);
    expect(value(computeFigure(stat('relative_change'), r))).toBeCloseTo(0.2, 12);
  });

  it('has no ratio over a baseline of 0, but a difference', () => {
    const r = runs([5, 5, 5, 5], [0, 0, 0, 0]);
    expect(value(computeFigure(stat('ratio'), r))).toMatch(/baseline figure is 0/);
    expect(value(computeFigure(stat('difference'), r))).toBe(5);
  });
});

describe('a paired figure net of a second pair (difference of differences)', () => {
  // Four worlds: a setting with and without a shock, and a second setting (smaller world) with and without it.
  const means: Record<string, number> = { shock: 5, calm: 3, shock_b: 4, calm_b: 1 };
  const runs = (key: string) => ({ metrics: metrics({ y: ['', means[key], means[key], means[key], means[key]] }) });
  const stat = (net: boolean): Statistic => ({
    kind: 'paired',
    scenario: 'shock_b',
    baseline: 'calm_b',
    column: 'y',
    periods: 'all',
    measure: 'difference',
    ...(net ? { net_of: { scenario: 'shock', baseline: 'calm' } } : {}),
  });

  it('subtracts the second pair: what the shock adds in b beyond what it adds in the first setting', () => {
    expect(value(computeFigure(stat(true), runs))).toBe(3 - 2);
  });

  it('is the plain pair without net_of, though the levels of the two settings differ the other way', () => {
    expect(value(computeFigure(stat(false), runs))).toBe(3);
    expect(means.shock_b).toBeLessThan(means.shock);
  });
});

describe('cohorts of agents followed between two scenarios', () => {
  const base = agents({ constrained: [1, 0, 1, '', 0], income: [100, 200, 300, 400, 500] });
  const credit = agents({ constrained: [0, 0, 0, 0, 0], income: [150, 200, 390, 400, 480] });

  it('chooses the cohort in the baseline and compares its mean in both runs', () => {
    expect(value(cohortChange(credit, base, ['income'], { constrained: 1 }, 'difference'))).toBe(70);
    expect(value(cohortChange(credit, base, ['income'], { constrained: 0 }, 'difference'))).toBe(-10);
    expect(value(cohortChange(credit, base, ['income'], { constrained: 1 }, 'relative_change'))).toBeCloseTo(140 / 400, 12);
  });

  it('adds several columns together', () => {
    // Means of wage + own: (31 + 28) / 2 after, (11 + 22) / 2 before.
    const b = agents({ c: [1, 1], wage: [10, 20], own: [1, 2] });
    const a = agents({ c: [1, 1], wage: [30, 20], own: [1, 8] });
    expect(value(cohortChange(a, b, ['wage', 'own'], { c: 1 }, 'difference'))).toBe(13);
  });

  it('has no data for an empty cohort, never 0', () => {
    const f = cohortChange(credit, base, ['income'], { constrained: 7 }, 'difference');
    expect(f).toEqual({ none: 'empty cohort' });
  });

  it('does not match an empty cell to a filter value', () => {
    const b = agents({ c: ['', ''], v: [1, 2] });
    expect(value(cohortChange(b, b, ['v'], { c: 0 }, 'difference'))).toBe('empty cohort');
  });

  it('refuses runs whose agents do not line up', () => {
    const shorter = agents({ constrained: [1], income: [1] });
    expect(value(cohortChange(shorter, base, ['income'], {}, 'difference'))).toMatch(/different numbers of agents/);
  });
});

describe('slopes for stationarity', () => {
  it('is the least-squares slope per year relative to the mean', () => {
    // +1 per 30-day period on a mean of 102.5: 365/30 per year.
    const t = metrics({ z: ['', 101, 102, 103, 104] });
    expect(value(relativeSlope(t, 'z', 'all'))).toBeCloseTo(365 / 30 / 102.5, 10);
  });

  it('is 0 for a flat series, falling ones are negative', () => {
    expect(value(relativeSlope(metrics({ z: ['', 5, 5, 5, 5] }), 'z', 'all'))).toBe(0);
    expect(value(relativeSlope(metrics({ z: ['', 4, 3, 2, 1] }), 'z', 'all'))).toBeLessThan(0);
  });

  it('is 0 for a column of zeros but has no data for movement around a mean of 0', () => {
    expect(value(relativeSlope(metrics({ z: ['', 0, 0, 0, 0] }), 'z', 'all'))).toBe(0);
    expect(value(relativeSlope(metrics({ z: ['', -2, -1, 1, 2] }), 'z', 'all'))).toMatch(/mean of z is 0/);
  });

  it('needs two points', () => {
    expect(value(relativeSlope(metrics({ z: ['', 1, 2, 3, 4] }), 'z', 2))).toMatch(/fewer than two/);
  });
});

describe('shares', () => {
  const t = metrics({ a: [6, 1, 3, 1, 3], b: [2, 1, 1, 3, 1] });

  it('sums the numerator and the denominator over the selected periods', () => {
    expect(value(columnShare(t, ['a'], ['a', 'b'], 'all'))).toBe(8 / 14);
    expect(value(columnShare(t, ['a'], ['a', 'b'], 0))).toBe(6 / 8);
  });

  it('has no data when the denominator is 0', () => {
    const zero = metrics({ a: [0, 0, 0, 0, 0] });
    expect(value(columnShare(zero, ['a'], ['a'], 'all'))).toMatch(/sums to 0/);
  });
});
