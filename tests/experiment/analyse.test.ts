/** The robust ranking from hand-built outcomes: paired effects, probability of being best, regret, acceptance. */
import { describe, expect, it } from 'vitest';
import { rankProgrammes, responsesOf, sobolOf } from '../../src/experiment/analyse.js';
import { sobolDesign } from '../../src/experiment/designs.js';
import type { ExperimentData } from '../../src/experiment/experiment.js';
import type { Plan } from '../../src/experiment/plan.js';

/** Outcomes (one output) by point, programme and seed. */
type Table = Record<string, number[][]>;

function data(table: Table, better: 'higher' | 'lower' = 'higher', accepted?: boolean[]): ExperimentData {
  const keys = Object.keys(table);
  const points = table.baseline.length;
  const plan = {
    data: { outputs: { y: { kind: 'mean', column: 'y', periods: 'all' } }, design: { kind: 'lhs', points, seed: 1 } },
    scenarios: keys.map((key) => ({ key })),
    factors: [{ path: 'x' }],
    objective: { output: 'y', better },
  } as unknown as Plan;
  return {
    plan,
    design: { kind: 'lhs', unit: Array.from({ length: points }, () => [0]) },
    values: Array.from({ length: points }, (_, p) => [p]),
    seeds: [1, 2],
    outcomes: (p, key, seed) => [table[key][p][seed - 1]],
    accepted,
  };
}

// Point 0: a gains 2 and b 1 (seed means); point 1: a gains 0 and b 4.
const TABLE: Table = {
  baseline: [
    [10, 20],
    [10, 10],
  ],
  a: [
    [12, 22],
    [9, 11],
  ],
  b: [
    [11, 21],
    [14, 14],
  ],
};

describe('rankProgrammes', () => {
  it('pairs each programme with the baseline seed by seed and ranks over the points', () => {
    const [a, b] = rankProgrammes(data(TABLE));
    expect(a).toMatchObject({ programme: 'a', points: 2, effectMean: 1, pBest: 0.5, regretMean: 2, regretMax: 4, sharePositive: 0.5 });
    expect(b).toMatchObject({ programme: 'b', points: 2, effectMean: 2.5, pBest: 0.5, regretMean: 0.5, regretMax: 1, sharePositive: 1 });
  });

  it('ranks by the lower value when lower is better', () => {
    const [a, b] = rankProgrammes(data(TABLE, 'lower'));
    // a rises by 2 then 0, b by 1 then 4: b is best at point 0, a at point 1.
    expect(a.pBest).toBe(0.5);
    expect(b.pBest).toBe(0.5);
    expect(a.regretMax).toBe(1);
    expect(b.regretMax).toBe(4);
    expect(b.effectMean).toBe(2.5);
  });

  it('ranks over the accepted points only', () => {
    const [a, b] = rankProgrammes(data(TABLE, 'higher', [false, true]));
    expect(a).toMatchObject({ points: 1, effectMean: 0, pBest: 0, regretMean: 4 });
    expect(b).toMatchObject({ points: 1, effectMean: 4, pBest: 1, regretMean: 0 });
  });
});

describe('responsesOf', () => {
  it('gives the baseline level and each programme effect per point, averaged over seeds', () => {
    expect(responsesOf(data(TABLE)).map((r) => [r.name, r.values])).toEqual([
      ['baseline:y', [15, 10]],
      ['a-baseline:y', [2, 0]],
      ['b-baseline:y', [1, 4]],
    ]);
  });
});

describe('sobolOf', () => {
  it('reads the responses in the Saltelli layout: y = 3 x0 + x1 gives S1 near 0.9 and 0.1', () => {
    const design = sobolDesign(2000, 2, 4);
    const base = data({ baseline: design.unit.map(() => [0, 0]), a: design.unit.map(() => [0, 0]) });
    const plan = {
      ...base.plan,
      factors: [{ path: 'x0' }, { path: 'x1' }],
      data: { ...base.plan.data, design: { kind: 'sobol', samples: 2000, bootstrap: 50, seed: 1 } },
    } as unknown as Plan;
    const y = (p: number) => 3 * design.unit[p][0] + design.unit[p][1];
    const got = sobolOf({ ...base, plan, design, values: design.unit, outcomes: (p) => [y(p)] }, [
      { name: 'y', values: design.unit.map((_, p) => y(p)) },
    ]);
    expect(got).toHaveLength(1);
    expect(got[0].indices[0].first.value).toBeCloseTo(0.9, 1);
    expect(got[0].indices[1].first.value).toBeCloseTo(0.1, 1);
    expect(got[0].indices[0].total.value).toBeCloseTo(0.9, 1);
  });
});
