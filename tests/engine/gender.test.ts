/** Gender of business owners: set at setup from its own stream, written to agents.csv, grouped by in the comparison. */
import { describe, expect, it } from 'vitest';
import { cohortEffects, parseHouseholds } from '../../src/compare/cohorts.js';
import { runWorld } from '../../src/engine/run.js';
import type { World } from '../../src/world/world.js';
import { tinyWorld } from '../helpers/world.js';

const village = { population: { households: 40, poor_households: 10, home_industries: 12, outsiders: 20 } };

function ownerRows(w: World) {
  const result = runWorld(w);
  const header = result.agents!.header;
  const rows = [...result.agents!.rows()].filter((r) => r[0] === 'household');
  const at = (name: string) => header.indexOf(name);
  return rows.map((r) => ({ owner: r[at('owner_at_start')], female: r[at('owner_female')] }));
}

describe('owner gender at setup', () => {
  it('follows female_owner_share: all women at 1, all men at 0', () => {
    const women = tinyWorld({ ...village, households: { female_owner_share: 1 } });
    const men = tinyWorld({ ...village, households: { female_owner_share: 0 } });
    expect([...women.households.ownerFemale].every((f) => f === 1)).toBe(true);
    expect([...men.households.ownerFemale].every((f) => f === 0)).toBe(true);
  });

  it('draws from its own stream: a different share moves no other setup draw', () => {
    const a = tinyWorld({ ...village, households: { female_owner_share: 0.2 } });
    const b = tinyWorld({ ...village, households: { female_owner_share: 0.9 } });
    expect([...a.households.ownerFemale]).not.toEqual([...b.households.ownerFemale]);
    expect([...a.households.cash]).toEqual([...b.households.cash]);
    expect([...a.households.producer]).toEqual([...b.households.producer]);
    expect([...a.producers.capital]).toEqual([...b.producers.capital]);
    expect([...a.net.trust.subarray(0, a.net.edgeCount)]).toEqual([...b.net.trust.subarray(0, b.net.edgeCount)]);
  });

  it('agents.csv gives owner_female 1 or 0 for owners at the start, empty for everyone else', () => {
    const rows = ownerRows(tinyWorld({ ...village, horizon_days: 10, households: { female_owner_share: 0.5 } }));
    const owners = rows.filter((r) => r.owner === '1');
    expect(owners.length).toBe(12);
    expect(owners.every((r) => r.female === '1' || r.female === '0')).toBe(true);
    expect(new Set(owners.map((r) => r.female)).size).toBe(2);
    expect(rows.filter((r) => r.owner !== '1').every((r) => r.female === '')).toBe(true);
  });
});

describe('grouping by owner gender', () => {
  const HEADER =
    'kind,id,hamlet,household_size,poor_at_start,owner_at_start,owner_female,participant,income_informal,consumption,poor_on_income,poor_on_consumption';
  /** Households: owner at start with gender (1, 0) or not an owner (''), and income. */
  function run(female: readonly string[], incomes: readonly number[]) {
    const rows = female.map((f, i) => `household,${i},0,1,0,${f === '' ? 0 : 1},${f},0,${incomes[i]},${incomes[i]},0,0`);
    return parseHouseholds([HEADER, ...rows].join('\n') + '\n', 't');
  }

  it('women-run and men-run businesses at the start are separate cohorts; non-owners are in neither', () => {
    const base = run(['1', '0', '', '1'], [100, 100, 100, 100]);
    const prog = run(['1', '0', '', '1'], [130, 90, 500, 150]);
    const effects = cohortEffects([{ seed: 1, scenario: prog, baseline: base }]);
    const income = (c: string) => effects.find((e) => e.cohort === c && e.outcome === 'income_per_capita')!;
    expect(income('women_owners_at_start').diff.mean).toBe(40);
    expect(income('women_owners_at_start').size).toBe(2);
    expect(income('men_owners_at_start').diff.mean).toBe(-10);
  });

  it('an empty group has no figures at all, never 0', () => {
    const base = run(['1', '', '1'], [100, 100, 100]);
    const prog = run(['1', '', '1'], [120, 100, 100]);
    const effects = cohortEffects([{ seed: 1, scenario: prog, baseline: base }]);
    expect(effects.some((e) => e.cohort === 'men_owners_at_start')).toBe(false);
    expect(effects.some((e) => e.cohort === 'women_owners_at_start')).toBe(true);
  });
});
