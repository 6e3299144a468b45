import { describe, expect, it } from 'vitest';
import { parseMetrics, type RunMetrics } from '../../src/compare/runs.js';
import { compareScenarios, type RunSet } from '../../src/compare/scenarios.js';
import { buildReport } from '../../src/report/build.js';
import { prefixIds } from '../../src/report/render.js';

const COLUMNS =
  'income_mean,poor_income_mean,bridging_income_mean,poverty_headcount,sales_warung,sales_digital,ties_bonding,ties_bridging,ties_linking';

/** A run with the columns the model will add (sales by channel, ties by class), scaled by `k`. */
function run(k: number): RunMetrics {
  const rows = [`0,0,0,,,,60,,,${Math.round(100 * k)},10,2`];
  for (let p = 1; p <= 4; p++) {
    const v = (x: number) => Math.round(x * k * (1 + p / 20));
    rows.push(`${p},${30 * p},30,${v(2e6)},${v(1.1e6)},${v(3e6)},${60 - p},${v(4e6)},${v(5e5)},${v(100)},${v(12)},${v(3)}`);
  }
  return parseMetrics(`period,day,days,${COLUMNS}\n${rows.join('\n')}\n`, 'test');
}

const runs: RunSet = new Map([
  [
    'village',
    new Map([
      [1, run(1)],
      [2, run(1.02)],
    ]),
  ],
  [
    'market',
    new Map([
      [1, run(1.1)],
      [2, run(1.15)],
    ]),
  ],
  ['alone', new Map([[1, run(0.9)]])],
]);
const scenarios = ['village', 'market', 'alone'];
const rows = compareScenarios(runs, [{ scenario: 'market', baseline: 'village' }]);

describe('report', () => {
  it('draws every section the runs have columns for, and names only the columns they lack', async () => {
    const report = await buildReport(runs, scenarios, rows);
    // Without agents.csv there are no cohorts, so no who-gains chart (the runs' groups at each period end are not drawn).
    expect(report.charts.map((c) => c.name)).toEqual([
      'income',
      'poor-income',
      'difference',
      'difference-poverty',
      'poverty',
      'sales',
      'ties',
    ]);
    expect(report.html).toContain('Not in these runs: <code>sales_direct</code>, <code>sales_market</code>.');
    expect(report.html).not.toMatch(/Not in these runs: <code>ties_/);
    expect(report.html).toContain('<td>Poor at the start</td>');
    // A group defined after the programme acts is not a "for whom" row.
    expect(report.html).not.toContain('<td>Producers, bridging or linking ties</td>');
    for (const c of report.charts) expect(report.html).toContain(c.svg);
  });

  it('gives byte-identical SVGs when built twice', async () => {
    const a = await buildReport(runs, scenarios, rows);
    const b = await buildReport(runs, scenarios, rows);
    expect(b.charts).toEqual(a.charts);
    expect(b.html).toBe(a.html);
  });

  it('keeps element ids unique across the charts of one page', () => {
    const svg = '<svg><defs><clipPath id="clip1"/></defs><g clip-path="url(#clip1)"/><use href="#clip1"/></svg>';
    expect(prefixIds(svg, 'income')).toBe(
      '<svg><defs><clipPath id="income-clip1"/></defs><g clip-path="url(#income-clip1)"/><use href="#income-clip1"/></svg>',
    );
  });
});
