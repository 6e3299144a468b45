/** The statistics and the seeds target pattern 5 (digital) needs, on tables written by hand, and its patterns file. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { contrastOf, groupsWithin, periodChange } from '../../src/validate/agentStatistics.js';
import { describeTarget, judgePattern, seedsAbove } from '../../src/validate/judge.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import type { Pattern } from '../../src/validate/patternSchema.js';
import type { Table } from '../../src/validate/statistics.js';
import { planValidation } from '../../src/validate/validate.js';

const metrics: Table = {
  header: ['period', 'day', 'days', 'partial', 'online_share'],
  rows: [
    ['0', '0', '0', '0', '0.1'],
    ['1', '30', '30', '0', '0.12'],
    ['2', '60', '30', '0', '0.15'],
    ['3', '70', '10', '1', '0.5'],
  ],
};

function agents(rows: (string | number)[][]): Table {
  return { header: ['kind', 'id', 'hamlet', 'home_industry', 'signal', 'adopter', 'income'], rows: rows.map((r) => r.map(String)) };
}

describe('change of a column between periods', () => {
  it('is the last whole period minus day 0, a partial period left out', () => {
    const f = periodChange(metrics, 'online_share', 0, 'last');
    expect('value' in f && f.value).toBeCloseTo(0.05, 10);
  });

  it('between two named periods, and no figure for a period that is not there', () => {
    const f = periodChange(metrics, 'online_share', 1, 2);
    expect('value' in f && f.value).toBeCloseTo(0.03, 10);
    expect('none' in periodChange(metrics, 'online_share', 0, 9)).toBe(true);
  });
});

describe('groups whose mean lies in a range', () => {
  const t = agents([
    ['household', 0, 0, 1, 0, 0, 10],
    ['household', 1, 0, 1, 0, 0, 20],
    ['household', 2, 1, 1, 0, 1, 30],
    ['household', 3, 2, 1, 0.8, 0, 40],
    ['household', 4, 3, 0, 0, 0, 50],
  ]);

  it('counts the hamlets without signal where no home industry is online', () => {
    const f = groupsWithin(t, 'hamlet', { home_industry: 1, signal: 0 }, 'adopter', [0, 0]);
    expect(f).toEqual({ value: 1 });
  });

  it('counts only the groups whose mean is in the range', () => {
    const f = groupsWithin(t, 'hamlet', { home_industry: 1, signal: 0 }, 'adopter', [0.5, 1]);
    expect(f).toEqual({ value: 1 });
    expect(groupsWithin(t, 'hamlet', { home_industry: 1, signal: 0.5 }, 'adopter', [0, 0])).toEqual({ value: 0 });
  });
});

describe('contrast of two sets of agents in one run', () => {
  const t = agents([
    ['household', 0, 0, 1, 1, 1, 300],
    ['household', 1, 0, 1, 1, 0, 100],
    ['household', 2, 0, 1, 1, 0, 200],
  ]);

  it('compares the means of the two sets', () => {
    expect(contrastOf(t, ['income'], { adopter: 1 }, { adopter: 0 }, 'difference')).toEqual({ value: 150 });
    expect(contrastOf(t, ['income'], { adopter: 1 }, { adopter: 0 }, 'relative_change')).toEqual({ value: 1 });
  });

  it('has no figure when a set is empty', () => {
    expect('none' in contrastOf(t, ['income'], { adopter: 2 }, { adopter: 0 }, 'difference')).toBe(true);
  });
});

describe('the seeds target', () => {
  const pattern: Pattern = {
    name: 'rises',
    description: 'd',
    source: 's',
    statistic: { kind: 'change', scenario: 'base', column: 'online_share', from: 0, to: 'last' },
    target: { seeds: { above: 0, at_least: 0.8 } },
    assumed: true,
  };
  const seeds = Array.from({ length: 10 }, (_, k) => k + 1);
  const figures = (positive: number) => seeds.map((_, k) => ({ value: k < positive ? 0.02 : -0.01 }));

  it('passes with 8 of 10 seeds above the value and fails with 7', () => {
    expect(judgePattern(pattern, seeds, figures(8)).pass).toBe(true);
    expect(judgePattern(pattern, seeds, figures(7)).pass).toBe(false);
    expect(seedsAbove([0, 0, 1], { above: 0, at_least: 1 }).pass).toBe(false);
  });

  it('is described in words', () => {
    expect(describeTarget(pattern.target, true)).toBe('above 0 in at least 80% of seeds (assumed)');
    expect(describeTarget({ seeds: { above: 0, at_least: 1 } }, false)).toBe('above 0 in every seed');
  });
});

describe('scenarios/patterns/digital.yaml', () => {
  it('plans on the social-2 scenario: every column it reads is written there', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const base = loadScenario(path.join(root, 'scenarios/balewangi.yaml')).scenario;
    const plan = planValidation(loadPatternFile(path.join(root, 'scenarios/patterns/digital.yaml')), base);
    expect([...plan.scenarios.keys()].sort()).toEqual(['base', 'offline']);
  });

  it('refuses the social-1 scenario, whose runs lack the digital columns', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const base = loadScenario(path.join(root, 'scenarios/balewangi-v1.yaml')).scenario;
    expect(() => planValidation(loadPatternFile(path.join(root, 'scenarios/patterns/digital.yaml')), base)).toThrow();
  });
});
