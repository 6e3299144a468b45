import { describe, expect, it } from 'vitest';
import { parseHouseholds, type RunHouseholds } from '../../src/compare/cohorts.js';
import { pairCohorts, rankProgrammes } from '../../src/compare/ranking.js';
import { parseMetrics } from '../../src/compare/runs.js';
import { compareScenarios, type RunSet } from '../../src/compare/scenarios.js';
import { buildReport } from '../../src/report/build.js';
import { gainsChart } from '../../src/report/charts.js';
import type { GroupGain } from '../../src/report/data.js';
import { renderSvg } from '../../src/report/render.js';

const HEADER =
  'kind,id,hamlet,household_size,poor_at_start,owner_at_start,adopter_at_start,bonding_only_at_start,participant,returnee,income_informal,income_home_industry,income_trade,income_remittance,consumption,poor_on_income,poor_on_consumption';

function households(incomes: readonly number[]): RunHouseholds {
  const rows = incomes.map((v, i) => `household,${i},0,1,${i < 2 ? 1 : 0},0,0,0,${i === 0 ? 1 : 0},0,${v},0,0,0,${v},0,0`);
  return parseHouseholds([HEADER, ...rows].join('\n') + '\n', 't');
}

function metrics(k: number) {
  return parseMetrics(
    `period,day,days,partial,income_mean,poor_income_mean,poverty_headcount\n0,0,0,0,,,\n1,30,30,0,${100 * k},${50 * k},10\n2,60,30,0,${110 * k},${55 * k},9\n3,70,10,1,${30 * k},${15 * k},\n`,
    't',
  );
}

describe('report: the ranked answer first', () => {
  const runs: RunSet = new Map([
    [
      'base',
      new Map([
        [1, metrics(1)],
        [2, metrics(1.01)],
      ]),
    ],
    [
      'market',
      new Map([
        [1, metrics(1.1)],
        [2, metrics(1.12)],
      ]),
    ],
  ]);
  const rows = compareScenarios(runs, [{ scenario: 'market', baseline: 'base' }]);
  const perSeed = [1, 2].map((seed) => ({ seed, baseline: households([100, 100, 500]), scenario: households([140 + seed, 90, 500]) }));
  const cohorts = [pairCohorts({ scenario: 'market', baseline: 'base' }, 'programme', 70, perSeed)];
  const ranked = rankProgrammes(cohorts);

  // Poor households 0 and 1: (+40 + seed - 10) / 2 per seed, 15.75 on average.
  it('opens with the ranked programmes, then who gains by fixed cohort, empty cohorts as "no data"', async () => {
    const { html, charts } = await buildReport(runs, ['base', 'market'], rows, cohorts, ranked);
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.slice(0, 2)).toEqual(['ranked', 'who-gains']);
    expect(html).toMatch(/<td class="num">1<\/td><td>market<\/td><td>base<\/td><td class="num">\+16<\/td>/);
    expect(html).toContain('cost not stated');
    expect(html).toMatch(/<td>Returning migrants<\/td><td class="num">0<\/td><td class="num">no data<\/td>/);
    expect(charts.map((c) => c.name)).toContain('who-gains');
    // The best programme's cohort table is open; every-metric tables are collapsed.
    expect(html).toContain('<details open><summary>market vs base</summary>');
    expect(html).toMatch(/<section id="all-metrics">[\s\S]*<details><summary>market vs base<\/summary>/);
    // Day 0 has no headcount, and the report no longer says it shows those poor at the start.
    expect(html).not.toContain('those poor at the start');
  });

  it('in Indonesian, names the cohorts of the who-gains chart and the ranked headers in Indonesian', async () => {
    const { html, charts } = await buildReport(runs, ['base', 'market'], rows, cohorts, ranked, 'id');
    const svg = charts.find((c) => c.name === 'who-gains')!.svg;
    expect(svg).toContain('>Miskin<');
    expect(svg).not.toContain('>Poor<');
    expect(html).toContain('<th class="num">peringkat</th>');
    expect(html).toContain('<html lang="id">');
  });

  it('says so when no programme was compared', async () => {
    const { html } = await buildReport(runs, ['base', 'market'], rows, [], []);
    expect(html).toContain('No programme was compared with a baseline');
  });

  it('draws who gains in panels whose height grows with the pairs, not with their square', async () => {
    const height = async (pairs: number) => {
      const labels = Array.from({ length: pairs }, (_, k) => `p${k} vs base`);
      const groups = ['All households', 'Poor at the start', 'Participants (as assigned)', 'Returning migrants'];
      const gains: GroupGain[] = labels.flatMap((series) => groups.map((group) => ({ series, group, rel: 0.1, low: 0, high: 0.2 })));
      const svg = await renderSvg(gainsChart(gains, groups, labels), 'g');
      return Number(/height="([\d.]+)"/.exec(svg)![1]);
    };
    const [h4, h16] = [await height(4), await height(16)];
    // Linear: four times the pairs gives at most about four times the height (axes take a fixed part).
    expect(h16 / h4).toBeLessThan(4.2);
    expect(h16).toBeGreaterThan(h4);
  });
});

describe('report of runs alone', () => {
  const runs: RunSet = new Map([
    [
      'village',
      new Map([
        [1, metrics(1)],
        [2, metrics(1.05)],
      ]),
    ],
  ]);

  it('draws the runs own paths, one panel per scenario, without sections that need a baseline', async () => {
    const { html, charts } = await buildReport(runs, ['village'], []);
    expect(html).toContain('<h1>Run report</h1>');
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).not.toContain('ranked');
    expect(ids).not.toContain('who-gains');
    expect(ids).not.toContain('difference');
    expect(charts.map((c) => c.name)).toEqual(['income', 'poor-income', 'poverty']);
    expect(html).toContain("Numbers in full: each run's metrics.csv and agents.csv.");
    expect(html).not.toContain('comparison.csv');
    // No baseline line, so no legend naming one.
    expect(charts.find((c) => c.name === 'income')!.svg).not.toContain('>baseline<');
  });
});
