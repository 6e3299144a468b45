import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHouseholds, type RunHouseholds } from '../../src/compare/cohorts.js';
import { parseCsv } from '../../src/compare/csv.js';
import { COMPARISON_COLUMNS, comparisonCsv } from '../../src/compare/output.js';
import { formatRanking, pairCohorts, rankProgrammes, scenarioKind, stdoutSummary, type ScenarioKind } from '../../src/compare/ranking.js';
import { parseMetrics } from '../../src/compare/runs.js';
import { compareScenarios, type RunSet } from '../../src/compare/scenarios.js';
import { loadScenario } from '../../src/scenario/load.js';

const HEADER =
  'kind,id,hamlet,household_size,poor_at_start,owner_at_start,adopter_at_start,bonding_only_at_start,participant,returnee,income_informal,income_home_industry,income_trade,income_remittance,consumption,poor_on_income,poor_on_consumption';

/** Four households, the first two poor at the start and the first one a participant, with these incomes. */
function households(incomes: readonly number[], participant = 1): RunHouseholds {
  const rows = incomes.map((v, i) => `household,${i},0,1,${i < 2 ? 1 : 0},0,0,0,${i === 0 ? participant : 0},0,${v},0,0,0,${v},0,0`);
  return parseHouseholds([HEADER, ...rows].join('\n') + '\n', 't');
}

const base = households([100, 100, 500, 500], 0);
function pair(scenario: string, kind: ScenarioKind, gain: number) {
  const perSeed = [1, 2, 3].map((seed) => ({ seed, baseline: base, scenario: households([100 + gain + seed, 100 - seed, 500, 500]) }));
  return pairCohorts({ scenario, baseline: 'base' }, kind, 90, perSeed);
}

describe('the ranked answer', () => {
  const pairs = [
    pair('small-gain', 'programme', 10),
    pair('shock', 'shock', 500),
    pair('big-gain', 'programme', 60),
    pair('other-world', 'counterfactual', 900),
  ];
  const ranked = rankProgrammes(pairs);

  it('ranks programmes only, by their effect on households poor at the start', () => {
    expect(ranked.map((r) => [r.rank, r.pair.scenario])).toEqual([
      [1, 'big-gain'],
      [2, 'small-gain'],
    ]);
    // Household 0 gains 60 + seed, household 1 loses seed: mean (60 + seed - seed) / 2.
    expect(ranked[0].poor!.diff.mean).toBe(30);
    expect(ranked[0].poor!.worseOff!.mean).toBe(0.5);
    expect(ranked[0].pair.participants).toBe(1);
  });

  it('prints it with units and says when costs are not stated', () => {
    const text = formatRanking(ranked);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Programmes ranked by their effect on households poor at the start: .*Rp per month.*\(3 seeds\)$/);
    expect(lines[1]).toMatch(/Rp per person per month/);
    expect(lines[1]).toMatch(/participants \(households\)/);
    expect(lines[2]).toMatch(/^\s*1\s+big-gain\s+base\s+\+30\s+/);
    expect(lines[2]).toMatch(/50%/);
    expect(lines[2]).toMatch(/cost not stated$/);
    expect(formatRanking([])).toBe('');
  });

  it('puts it in comparison.csv: cohort rows with the rank on the poor cohort income row, costs empty', () => {
    const { header, rows } = parseCsv(comparisonCsv([], pairs, ranked));
    expect(header).toEqual([...COMPARISON_COLUMNS]);
    const at = (name: string) => header.indexOf(name);
    const rankedRows = rows.filter((r) => r[at('rank')] !== '');
    expect(rankedRows.map((r) => [r[at('scenario')], r[at('cohort')], r[at('metric')], r[at('rank')], r[at('cost')]])).toEqual([
      ['small-gain', 'poor_at_start', 'income_per_capita', '2', ''],
      ['big-gain', 'poor_at_start', 'income_per_capita', '1', ''],
    ]);
    const shock = rows.filter((r) => r[at('scenario')] === 'shock');
    expect(shock.every((r) => r[at('kind')] === 'shock' && r[at('rank')] === '')).toBe(true);
    // No returnee in any run: no row for that cohort.
    expect(rows.some((r) => r[at('cohort')] === 'returnee')).toBe(false);
  });
});

describe('stdout after a comparison', () => {
  const m = (k: number) => parseMetrics(`period,day,days,partial,income_mean\n0,0,0,0,\n1,30,30,0,${100 * k}\n`, 't');
  const runs: RunSet = new Map(
    ['base', 'small-gain', 'shock', 'no-agents'].map((name, k) => [
      name,
      new Map([
        [1, m(1 + k / 10)],
        [2, m(1 + k / 9)],
      ]),
    ]),
  );
  const rows = compareScenarios(
    runs,
    ['small-gain', 'shock', 'no-agents'].map((scenario) => ({ scenario, baseline: 'base' })),
  );
  const cohorts = [pair('small-gain', 'programme', 10), pair('shock', 'shock', 500), { ...pair('no-agents', 'programme', 0), effects: [] }];
  const text = stdoutSummary(rows, cohorts, rankProgrammes(cohorts), 'out/comparison.csv');

  it('opens with the ranked programmes, then the rest unranked, then metrics only for pairs without cohorts', () => {
    const heads = text.split('\n').filter((l) => /^(Programmes ranked|Not ranked|Scenarios against|Every metric)/.test(l));
    expect(heads.map((l) => l.split(' ')[0])).toEqual(['Programmes', 'Not', 'Scenarios', 'Every']);
    expect(text).toMatch(/\nshock\s+shock\s+base\s+\+/);
    expect(text).toMatch(/\nno-agents\s+base\s+income_mean/);
    expect(text).not.toMatch(/\nsmall-gain\s+base\s+income_mean/);
  });
});

describe('a scenario states its kind', () => {
  it('defaults to programme with interventions, baseline without', () => {
    expect(scenarioKind({ interventions: [{}] })).toBe('programme');
    expect(scenarioKind({ interventions: [] })).toBe('baseline');
    expect(scenarioKind({ kind: 'shock', interventions: [{}] })).toBe('shock');
  });

  it('is not inherited through extends', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kind-'));
    writeFileSync(path.join(dir, 'base.yaml'), 'name: base\nkind: counterfactual\nhorizon_days: 30\n');
    writeFileSync(path.join(dir, 'child.yaml'), 'extends: base.yaml\nname: child\n');
    writeFileSync(path.join(dir, 'own.yaml'), 'extends: base.yaml\nname: own\nkind: shock\n');
    expect(loadScenario(path.join(dir, 'base.yaml')).scenario.kind).toBe('counterfactual');
    expect(loadScenario(path.join(dir, 'child.yaml')).scenario.kind).toBeUndefined();
    expect(loadScenario(path.join(dir, 'own.yaml')).scenario.kind).toBe('shock');
  });

  it('is set in every bundled scenario, and only programmes carry the programme kind', () => {
    const root = path.join(import.meta.dirname, '../../scenarios');
    const files = readdirSync(root).filter((f) => f.endsWith('.yaml'));
    expect(files.filter((f) => loadScenario(path.join(root, f)).scenario.kind === undefined)).toEqual([]);
    const kinds = Object.fromEntries(
      ['balewangi', 'crisis', 'supplier-disruption', 'culinary-market', 'no-reciprocity', 'top-down-programme'].map((n) => [
        n,
        loadScenario(path.join(root, `${n}.yaml`)).scenario.kind,
      ]),
    );
    expect(kinds).toEqual({
      balewangi: 'baseline',
      crisis: 'shock',
      'supplier-disruption': 'shock',
      'culinary-market': 'programme',
      'no-reciprocity': 'counterfactual',
      'top-down-programme': 'programme',
    });
  });
});
