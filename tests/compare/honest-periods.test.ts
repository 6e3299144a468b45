import { describe, expect, it } from 'vitest';
import { commonPeriods, horizonMean, parseMetrics, wholePeriodRows } from '../../src/compare/runs.js';
import { compareScenarios, type RunSet } from '../../src/compare/scenarios.js';
import { levelPaths } from '../../src/report/data.js';
import { formatValue, REPORTERS } from '../../src/metrics/reporters.js';
import { createWorld } from '../../src/engine/setup.js';
import { step } from '../../src/engine/step.js';
import { createPeriodView, refreshPeriodView } from '../../src/metrics/period.js';
import { tinyScenario } from '../helpers/world.js';

/** Two whole months of 100 and 200 per month, then a partial period of 10 days holding a total of 50. */
const TEXT =
  ['period,day,days,partial,income_mean,poverty_headcount', '0,0,0,0,,', '1,30,30,0,100,40', '2,60,30,0,200,42', '3,70,10,1,50,'].join(
    '\n',
  ) + '\n';

describe('partial periods in comparisons', () => {
  const run = parseMetrics(TEXT, 'test');

  it('reads `partial` as a frame column, not a metric', () => {
    expect(run.columns).toEqual(['income_mean', 'poverty_headcount']);
    expect(run.partial).toEqual([false, false, false, true]);
  });

  it('leaves the partial row out of the horizon mean (a total of 10 days is not an amount per month)', () => {
    // Weighting the total 50 by its 10 days would give (100*30 + 200*30 + 50*10) / 70 = 135.7.
    expect(horizonMean(run, 'income_mean', [0, 1, 2, 3])).toBe(150);
    expect(wholePeriodRows(run)).toEqual([1, 2]);
  });

  it('compares and charts whole periods only', () => {
    expect(commonPeriods(run, run).map((c) => c.period)).toEqual([0, 1, 2]);
    const runs: RunSet = new Map([
      ['a', new Map([[1, run]])],
      ['b', new Map([[1, run]])],
    ]);
    const rows = compareScenarios(runs, [{ scenario: 'b', baseline: 'a' }]);
    expect(rows.filter((r) => r.period === 3)).toEqual([]);
    expect(rows.find((r) => r.metric === 'income_mean' && r.period === undefined)?.day).toBe(60);
    expect(levelPaths(runs, ['a'], 'income_mean').map((p) => p.day)).toEqual([30, 60]);
  });

  it('still reads files without a partial column', () => {
    const old = parseMetrics('period,day,days,income_mean\n0,0,0,\n1,30,30,100\n', 'old');
    expect(old.partial).toEqual([false, false]);
    expect(horizonMean(old, 'income_mean', [0, 1])).toBe(100);
  });
});

describe('empty groups', () => {
  const w = createWorld(tinyScenario({ horizon_days: 30, population: { households: 40, poor_households: 10, home_industries: 4 } }), 2);
  for (let d = 0; d < 30; d++) step(w);
  const view = createPeriodView(w);
  refreshPeriodView(view, w);
  const cell = (name: string) => {
    const r = REPORTERS.find((x) => x.name === name)!;
    return formatValue(r.compute(w, view), r.format);
  };

  it('write an empty cell, never 0, for a group with no member', () => {
    expect(w.households.returnedDay.every((d) => d < 0)).toBe(true);
    expect(cell('returnee_income_mean')).toBe('');
    expect(w.producers.adopted.subarray(0, w.producers.count).every((a) => a === 0)).toBe(true);
    expect(cell('adopter_income_mean')).toBe('');
    // A group with members still has its mean.
    expect(cell('non_adopter_income_mean')).not.toBe('');
  });

  it('compare an empty group as no row, not as a fall to 0', () => {
    const base = parseMetrics('period,day,days,partial,bonding_only_income_mean\n0,0,0,0,\n1,30,30,0,500\n2,60,30,0,520\n', 'b');
    const after = parseMetrics('period,day,days,partial,bonding_only_income_mean\n0,0,0,0,\n1,30,30,0,510\n2,60,30,0,\n', 'a');
    const runs: RunSet = new Map([
      ['base', new Map([[1, base]])],
      ['kiosk', new Map([[1, after]])],
    ]);
    const rows = compareScenarios(runs, [{ scenario: 'kiosk', baseline: 'base' }]);
    // Period 2 is empty in the scenario: no row for it, and the horizon compares period 1 only, in both runs.
    expect(rows.filter((r) => r.period === 2)).toEqual([]);
    const horizon = rows.find((r) => r.period === undefined)!;
    expect([horizon.baselineMean, horizon.scenarioMean]).toEqual([500, 510]);
  });
});
