import { describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, comparisonCsv } from '../../src/compare/output.js';
import { parseMetrics, type RunMetrics } from '../../src/compare/runs.js';
import { compareScenarios, type RunSet } from '../../src/compare/scenarios.js';
import { formatSummary } from '../../src/compare/summary.js';

/** A metrics.csv with a day-0 row and two periods, the second one 10 days long. */
function metrics(income: [number, number], headcount: [number, number, number], extra = ''): RunMetrics {
  const header = `period,day,days,income_mean,poverty_headcount${extra ? ',' + extra : ''}`;
  const rows = [
    `0,0,0,,${headcount[0]}${extra ? ',' : ''}`,
    `1,30,30,${income[0]},${headcount[1]}${extra ? ',7' : ''}`,
    `2,40,10,${income[1]},${headcount[2]}${extra ? ',8' : ''}`,
  ];
  return parseMetrics([header, ...rows].join('\n') + '\n', 'test');
}

function runSet(entries: Record<string, Record<number, RunMetrics>>): RunSet {
  return new Map(Object.entries(entries).map(([name, seeds]) => [name, new Map(Object.entries(seeds).map(([s, m]) => [Number(s), m]))]));
}

const runs = runSet({
  base: { 1: metrics([100, 200], [50, 40, 30]), 2: metrics([110, 190], [50, 42, 36]) },
  prog: {
    1: metrics([130, 260], [50, 38, 27], 'sales_market'),
    2: metrics([120, 250], [50, 41, 30], 'sales_market'),
    3: metrics([1, 1], [1, 1, 1]),
  },
});

describe('scenario comparison', () => {
  const rows = compareScenarios(runs, [{ scenario: 'prog', baseline: 'base' }]);
  const find = (metric: string, period: number | undefined) => rows.find((r) => r.metric === metric && r.period === period)!;

  it('pairs only the seeds both scenarios ran, and only metrics both have', () => {
    expect(new Set(rows.map((r) => r.metric))).toEqual(new Set(['income_mean', 'poverty_headcount']));
    expect(rows.every((r) => r.seeds.join() === '1,2')).toBe(true);
  });

  it('weights the horizon mean by the days of each period and leaves day 0 out', () => {
    // base seed 1: (100*30 + 200*10)/40 = 125; seed 2: (110*30 + 190*10)/40 = 130.
    // prog seed 1: (130*30 + 260*10)/40 = 162.5; seed 2: (120*30 + 250*10)/40 = 152.5.
    const h = find('income_mean', undefined);
    expect(h.day).toBe(40);
    expect(h.baselineMean).toBe(127.5);
    expect(h.scenarioMean).toBe(157.5);
    // d = (37.5, 22.5): mean 30, sd = sqrt(112.5) = 10.6066; half-width 12.7062 * 10.6066 / sqrt 2 = 95.2966.
    expect(h.diff.mean).toBe(30);
    expect(h.diff.low).toBeCloseTo(30 - 95.29653552, 6);
    expect(h.diff.high).toBeCloseTo(30 + 95.29653552, 6);
    expect(h.diff.wins).toBe(2);
  });

  it('compares each period; flows have no row at day 0, stocks do', () => {
    expect(rows.filter((r) => r.metric === 'income_mean').map((r) => r.period)).toEqual([undefined, 1, 2]);
    expect(rows.filter((r) => r.metric === 'poverty_headcount').map((r) => r.period)).toEqual([undefined, 0, 1, 2]);
    const p2 = find('poverty_headcount', 2);
    // d = (27-30, 30-36) = (-3, -6): both are falls, and lower is better.
    expect([p2.diff.mean, p2.better, p2.diff.wins]).toEqual([-4.5, 'lower', 2]);
  });

  it('writes comparison.csv with fixed columns and six decimals', () => {
    const lines = comparisonCsv(rows).split('\n');
    expect(lines[0]).toBe(COMPARISON_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'prog,base,income_mean,horizon,40,2,127.500000,157.500000,30.000000,10.606602,-65.296536,125.296536,0.235294,higher,2,1.000000,,,,,,,,,,,,,,',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('leaves a pair without common seeds out', () => {
    const only = runSet({ a: { 1: metrics([1, 2], [1, 1, 1]) }, b: { 2: metrics([1, 2], [1, 1, 1]) } });
    expect(compareScenarios(only, [{ scenario: 'a', baseline: 'b' }])).toEqual([]);
  });

  it('leaves the interval empty with one seed', () => {
    const one = runSet({ a: { 1: metrics([3, 3], [1, 1, 1]) }, b: { 1: metrics([1, 1], [1, 1, 1]) } });
    const h = compareScenarios(one, [{ scenario: 'a', baseline: 'b' }])[0];
    expect(comparisonCsv([h]).split('\n')[1]).toBe(
      'a,b,income_mean,horizon,40,1,1.000000,3.000000,2.000000,,,,2.000000,higher,1,1.000000,,,,,,,,,,,,,,',
    );
    expect(formatSummary([h])).toContain('n/a (1 seed)');
  });

  it('summarises the headline metrics on stdout', () => {
    expect(formatSummary(rows)).toBe(
      [
        'Scenarios against their baselines: mean over days 1-40, difference paired by seed (2 seeds), its 95% CI, and seeds where the scenario did better',
        'scenario  baseline  metric             baseline  scenario  difference  95% CI          better  beats',
        // Both ends of an interval get the decimals its larger end calls for.
        'prog      base      income_mean             128       158      +30.00  -65 to +125     higher    2/2',
        // Headcount: base (37.5, 40.5), prog (35.25, 38.25): d = -2.25 in both seeds, so no spread.
        '                    poverty_headcount     39.00     36.75       -2.25  -2.25 to -2.25  lower     2/2',
        '',
      ].join('\n'),
    );
  });
});
