/** Plan files: what a good one resolves to, and one located line per mistake in a bad one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/experiment/plan.js';
import { formatProblem, InputError } from '../../src/scenario/errors.js';

const TINY = path.resolve(import.meta.dirname, '../fixtures/experiment/tiny.yaml');
const GOOD = `base: ${TINY}
programmes:
  market: {interventions: [{type: culinary-market, start: 20, every: 20}]}
factors:
  households.discretionary_propensity: {range: [0.5, 0.7]}
design: {kind: lhs, points: 4}
outputs:
  poor_income: {kind: mean, column: poor_income_mean}
`;

function planFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'jejaring-plan-')), 'plan.yaml');
  writeFileSync(file, text);
  return file;
}

/** The one-line messages of a bad plan, without the directory. */
function problems(text: string): string[] {
  const file = planFile(text);
  try {
    loadPlan(file, 'none.yaml');
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.problems.map((p) => formatProblem(p).replace(path.dirname(file) + path.sep, ''));
  }
  return [];
}

describe('loadPlan', () => {
  it('resolves the base, a baseline and the programmes, the factors and the objective', () => {
    const plan = loadPlan(planFile(GOOD), 'none.yaml');
    expect(plan.scenarios.map((s) => s.key)).toEqual(['baseline', 'market']);
    expect(plan.scenarios[1].scenario.interventions.at(-1)?.type).toBe('culinary-market');
    expect(plan.factors).toEqual([
      { path: 'households.discretionary_propensity', distribution: 'uniform', low: 0.5, high: 0.7, values: [], integer: false },
    ]);
    expect(plan.objective).toEqual({ output: 'poor_income', better: 'higher' });
    expect(plan.data.seeds).toBe(2);
  });

  it('points at an unknown field with the fields it expected', () => {
    expect(problems(GOOD.replace('design:', 'desing:'))).toEqual([
      'plan.yaml:1:1: design: expected a mapping, got nothing',
      expect.stringMatching(/^plan\.yaml:6:1: desing: unknown field; expected one of .*design/),
    ]);
  });

  it('refuses a factor the scenario does not have', () => {
    expect(problems(GOOD.replace('households.discretionary_propensity', 'households.nope'))).toEqual([
      expect.stringMatching(/^plan\.yaml:5:3: factors\.households\.nope: expected the path of a field of the scenario/),
    ]);
  });

  it('refuses a range from high to low, and ends the scenario does not accept', () => {
    expect(problems(GOOD.replace('[0.5, 0.7]', '[0.7, 0.5]'))).toEqual([
      'plan.yaml:5:48: factors.households.discretionary_propensity.range: expected [low, high] with low <= high, got [0.7, 0.5]',
    ]);
    expect(problems(GOOD.replace('[0.5, 0.7]', '[0.5, 7]'))).toEqual([
      expect.stringMatching(
        /^plan\.yaml:5:48: factors\.households\.discretionary_propensity\.range: expected values the base scenario accepts, but 7: /,
      ),
    ]);
  });

  it('refuses loguniform over a range that reaches 0, and a range with values', () => {
    expect(problems(GOOD.replace('{range: [0.5, 0.7]}', '{range: [0, 0.7], distribution: loguniform}'))).toEqual([
      expect.stringMatching(/^plan\.yaml:5:48: .*range: expected a range above 0 for loguniform/),
    ]);
    expect(problems(GOOD.replace('{range: [0.5, 0.7]}', '{range: [0.5, 0.7], values: [0.6]}'))).toEqual([
      expect.stringMatching(/^plan\.yaml:5:3: .*: expected exactly one of range/),
    ]);
  });

  it('refuses an output column the runs do not write, and an objective that is no output', () => {
    expect(problems(GOOD.replace('poor_income_mean', 'poor_incme_mean'))).toEqual([
      expect.stringMatching(/^plan\.yaml:8:37: outputs\.poor_income\.column: expected a column of metrics\.csv, got "poor_incme_mean"/),
    ]);
    expect(problems(`${GOOD}objective: {output: income}\n`)).toEqual([
      'plan.yaml:9:21: objective.output: expected one of the outputs (poor_income), got "income"',
    ]);
  });

  it('refuses a missing base file, a bad design and a bad intervention', () => {
    expect(problems(GOOD.replace(TINY, 'nowhere.yaml'))).toEqual([
      expect.stringMatching(/^plan\.yaml:1:7: base: expected a scenario file/),
    ]);
    expect(problems(GOOD.replace('kind: lhs, points: 4', 'kind: morris, trajectories: 3, levels: 3'))).toEqual([
      expect.stringMatching(/^plan\.yaml:6:\d+: design\.levels: expected an even number of levels/),
    ]);
    expect(problems(GOOD.replace('every: 20', 'every: -1'))).toEqual([
      expect.stringMatching(/^plan\.yaml:3:\d+: programmes\.market\.interventions\[0\]\.every: /),
    ]);
  });
});
