/** Cost-effectiveness in the ranked answer, on a hand-built comparison whose figures are worked out by hand. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHouseholds, type RunHouseholds } from '../../src/compare/cohorts.js';
import { householdsLifted, poorIncomeGain, readRunCost } from '../../src/compare/costs.js';
import { parseCsv } from '../../src/compare/csv.js';
import { comparisonCsv } from '../../src/compare/output.js';
import { formatRanking, pairCohorts, rankProgrammes } from '../../src/compare/ranking.js';
import { runDirectory } from '../../src/output/runFiles.js';

const HEADER =
  'kind,id,hamlet,household_size,poor_at_start,owner_at_start,adopter_at_start,bonding_only_at_start,participant,returnee,income_informal,income_home_industry,income_trade,income_remittance,consumption,poor_on_income,poor_on_consumption';

/** Households of sizes 2, 1, 1, 1; the first two poor at the start; household income (Rp per month) and who is poor over the run. */
function households(incomes: readonly number[], poor: readonly number[]): RunHouseholds {
  const sizes = [2, 1, 1, 1];
  const rows = incomes.map(
    (v, i) => `household,${i},0,${sizes[i]},${i < 2 ? 1 : 0},0,0,0,${i === 0 ? 1 : 0},0,${v},0,0,0,${v},${poor[i]},0`,
  );
  return parseHouseholds([HEADER, ...rows].join('\n') + '\n', 't');
}

const base = households([100, 100, 500, 500], [1, 1, 0, 0]);
// 90 days: 3 months. Household 0 gains 60 (seed 1) or 80 (seed 2) a month, household 1 loses 10.
const lifting = [
  { seed: 1, baseline: base, scenario: households([160, 90, 500, 500], [0, 1, 0, 0]), scenarioCost: 400, baselineCost: 100 },
  { seed: 2, baseline: base, scenario: households([180, 90, 500, 500], [0, 1, 0, 0]), scenarioCost: 400, baselineCost: 100 },
];
const lifts = pairCohorts({ scenario: 'lifts', baseline: 'base' }, 'programme', 90, lifting);
// Gains on the poor, but nobody crosses the line; household 2 falls below it in seed 2.
const noneLifted = pairCohorts({ scenario: 'none', baseline: 'base' }, 'programme', 90, [
  { ...lifting[0], scenario: households([130, 100, 500, 500], [1, 1, 0, 0]) },
  { ...lifting[1], scenario: households([130, 100, 400, 500], [1, 1, 1, 0]) },
]);
// Costs nothing beyond its baseline.
const free = pairCohorts({ scenario: 'free', baseline: 'base' }, 'programme', 90, [{ ...lifting[0], scenarioCost: 100 }]);
// Runs written before costs were recorded.
const unstated = pairCohorts({ scenario: 'unstated', baseline: 'base' }, 'programme', 90, [
  { seed: 1, baseline: base, scenario: lifting[0].scenario },
]);

// t(0.975, 1 degree of freedom), from tables.
const T1 = 12.7062;

describe('cost-effectiveness of a programme, paired by seed', () => {
  it('gain of the poor over the run and households lifted, from the households', () => {
    expect(poorIncomeGain(lifting[0], 3)).toBe((60 - 10) * 3);
    expect(householdsLifted(lifting[0])).toBe(1);
    expect(householdsLifted({ baseline: base, scenario: households([0, 0, 0, 0], [1, 1, 1, 1]) })).toBe(-2);
  });

  it('cost per run, rupiah gained per rupiah with its interval, cost per household lifted', () => {
    const c = lifts.costs!;
    expect(c.cost.mean).toBe(300);
    // Seed 1: 150 / 300 = 0.5; seed 2: (70 x 3) / 300 = 0.7.
    expect(c.perRupiah!.mean).toBeCloseTo(0.6, 12);
    const half = T1 * (Math.sqrt(0.02) / Math.sqrt(2));
    expect(c.perRupiah!.low).toBeCloseTo(0.6 - half, 3);
    expect(c.perRupiah!.high).toBeCloseTo(0.6 + half, 3);
    expect(c.lifted).toBe(1);
    expect(c.costPerLifted).toBe(300);
  });

  it('no household lifted: no cost per household, never 0; no cost: no ratio, never a division by zero', () => {
    expect(noneLifted.costs!.lifted).toBe(-0.5);
    expect(noneLifted.costs!.costPerLifted).toBeUndefined();
    expect(noneLifted.costs!.perRupiah!.mean).toBeCloseTo((30 * 3) / 300, 12);
    expect(free.costs!.cost.mean).toBe(0);
    expect(free.costs!.perRupiah).toBeUndefined();
    expect(unstated.costs).toBeUndefined();
  });

  it('prints the cost cells in the ranked table', () => {
    const lines = formatRanking(rankProgrammes([lifts, noneLifted, free, unstated])).split('\n');
    expect(lines[1]).toMatch(/cost per run \(Rp\)\s+poor income gained per Rp spent\s+95% CI per Rp\s+cost per household lifted \(Rp\)$/);
    const row = (name: string) => lines.find((l) => new RegExp(`^\\s*\\d+\\s+${name}\\s`).test(l))!;
    expect(row('lifts')).toMatch(/\s300\s+0\.60\s+-0\.67 to 1\.87\s+300$/);
    expect(row('none')).toMatch(/\s300\s+0\.30\s+0\.30 to 0\.30\s+none lifted$/);
    // Free and lifting one household: 0 rupiah per household is what the stated costs say.
    expect(row('free')).toMatch(/\s0\s+n\/a \(no cost\)\s+0$/);
    expect(row('unstated')).toMatch(/cost not stated\s*$/);
  });

  it('fills the cost columns of comparison.csv on the ranked row, empty where a figure does not exist', () => {
    const pairs = [lifts, noneLifted, free];
    const { header, rows } = parseCsv(comparisonCsv([], pairs, rankProgrammes(pairs)));
    const at = (name: string) => header.indexOf(name);
    const ranked = rows.filter((r) => r[at('rank')] !== '');
    const cells = ['cost', 'gain_per_rupiah', 'households_lifted', 'cost_per_household_lifted'];
    expect(ranked.map((r) => [r[at('scenario')], ...cells.map((c) => r[at(c)])])).toEqual([
      ['lifts', '300.000000', '0.600000', '1.000000', '300.000000'],
      ['none', '300.000000', '0.300000', '-0.500000', ''],
      ['free', '0.000000', '', '1.000000', '0.000000'],
    ]);
    expect(Number(ranked[0][at('gain_per_rupiah_low')])).toBeCloseTo(0.6 - T1 * 0.1, 3);
    expect(rows.filter((r) => r[at('rank')] === '').every((r) => r[at('cost')] === '')).toBe(true);
  });
});

describe("a run's programme cost", () => {
  it('is read from its manifest, and is absent for a run that did not record it', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'costs-'));
    for (const [name, manifest] of [
      ['with', { programme_cost: { total: 1234, by_intervention: [] } }],
      ['without', { seed: 1 }],
    ] as const) {
      const dir = runDirectory(out, name, 1);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    }
    expect(readRunCost(out, 'with', 1)).toBe(1234);
    expect(readRunCost(out, 'without', 1)).toBeUndefined();
    expect(readRunCost(out, 'missing', 1)).toBeUndefined();
  });
});
