import { describe, expect, it } from 'vitest';
import { cohortEffects, parseHouseholds, sameHouseholds, shareWorseOff, type RunHouseholds } from '../../src/compare/cohorts.js';

const HEADER =
  'kind,id,hamlet,household_size,poor_at_start,owner_at_start,adopter_at_start,bonding_only_at_start,participant,returnee,income_informal,income_home_industry,income_trade,income_remittance,consumption,poor_on_income,poor_on_consumption';

/** agents.csv text for households given as [size, poor at start, participant, income, consumption, poor on income]. */
function agents(rows: readonly (readonly [number, number, number, number, number, number])[], extra = ''): string {
  const lines = rows.map(
    ([size, poor, part, income, spend, poorNow], i) =>
      `household,${i},0,${size},${poor},${part},0,${part},${part},0,${income},0,0,0,${spend},${poorNow},0`,
  );
  return [HEADER, ...lines, ...(extra ? [extra] : [])].join('\n') + '\n';
}

const base = parseHouseholds(
  agents(
    [
      [2, 1, 1, 400, 300, 1],
      [2, 1, 0, 600, 300, 0],
      [4, 0, 1, 4000, 2000, 0],
      [1, 0, 0, 900, 800, 0],
    ],
    'warung,0,0,,,,,,,,,,,,,,',
  ),
  'base',
);
const prog = parseHouseholds(
  agents([
    [2, 1, 1, 800, 500, 0],
    [2, 1, 0, 500, 300, 1],
    [4, 0, 1, 4400, 2000, 0],
    [1, 0, 0, 900, 800, 0],
  ]),
  'prog',
);

describe('cohort effects from agents.csv', () => {
  it('reads households only, income and spending per person', () => {
    expect(base.size).toEqual([2, 2, 4, 1]);
    expect(base.incomePerCapita).toEqual([200, 300, 1000, 900]);
    expect(prog.consumptionPerCapita).toEqual([250, 150, 500, 800]);
    expect(base.cohorts.get('participant')).toEqual([true, false, true, false]);
  });

  it('pairs each household with itself: mean per person, headcount within the cohort, share worse off', () => {
    const effects = cohortEffects([
      { seed: 1, scenario: prog, baseline: base },
      { seed: 2, scenario: prog, baseline: base },
    ]);
    const poor = effects.find((e) => e.cohort === 'poor_at_start' && e.outcome === 'income_per_capita')!;
    // Household 0: 200 -> 400; household 1: 300 -> 250. Mean 250 -> 325.
    expect([poor.size, poor.baselineMean, poor.scenarioMean, poor.diff.mean]).toEqual([2, 250, 325, 75]);
    expect(poor.worseOff?.mean).toBe(0.5);
    const poorCount = effects.find((e) => e.cohort === 'poor_at_start' && e.outcome === 'poor_on_income')!;
    expect([poorCount.baselineMean, poorCount.scenarioMean]).toEqual([1, 1]);
    const part = effects.find((e) => e.cohort === 'participant' && e.outcome === 'income_per_capita')!;
    expect(part.diff.mean).toBe((200 + 100) / 2);
    expect(part.worseOff?.mean).toBe(0);
  });

  it('has no row for an empty cohort (no returnee), never a mean of 0', () => {
    const effects = cohortEffects([{ seed: 1, scenario: prog, baseline: base }]);
    expect(effects.filter((e) => e.cohort === 'returnee')).toEqual([]);
    expect(effects.filter((e) => e.cohort === 'adopter_at_start')).toEqual([]);
  });

  it('leaves out seeds whose households are not the same in both runs', () => {
    const other: RunHouseholds = { ...prog, hamlet: [1, 0, 0, 0] };
    expect(sameHouseholds(prog, base)).toBe(true);
    expect(sameHouseholds(other, base)).toBe(false);
    const effects = cohortEffects([
      { seed: 1, scenario: other, baseline: base },
      { seed: 2, scenario: prog, baseline: base },
    ]);
    expect(effects.find((e) => e.cohort === 'all')!.seeds).toEqual([2]);
  });

  it('counts only strict losses as worse off', () => {
    expect(shareWorseOff([1, 2, 3], [1, 3, 2], [0, 1, 2])).toBeCloseTo(1 / 3, 12);
    expect(shareWorseOff([1], [1], [])).toBeNaN();
  });

  it('refuses households out of id order', () => {
    expect(() => parseHouseholds(`${HEADER}\nhousehold,1,0,1,0,0,0,0,0,0,1,0,0,0,1,0,0\n`, 'x.csv')).toThrow(
      /x\.csv: expected household ids/,
    );
  });
});
