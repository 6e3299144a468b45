/** Bad patterns files: every problem is one line at the file, line and column that set it. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { planValidation } from '../../src/validate/validate.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';

const small = loadScenario(path.join(FIXTURES, 'small.yaml')).scenario;

function write(text: string): string {
  const file = path.join(tempDir(), 'p.yaml');
  writeFileSync(file, text);
  return file;
}

/** The problems of planning a validation of the small village with this file, as printed lines without the file name. */
function problems(text: string): string[] {
  const file = write(text);
  try {
    planValidation(loadPatternFile(file), small);
  } catch (err) {
    if (err instanceof InputError) return err.problems.map((p) => formatProblem(p).slice(file.length + 1));
    throw err;
  }
  return [];
}

const ok = `  - name: a
    description: d
    source: s
    statistic: {kind: mean, column: income_mean}
    target: {range: [0, 1]}
`;

describe('patterns files', () => {
  it('accept a good file', () => {
    expect(problems(`patterns:\n${ok}`)).toEqual([]);
  });

  it('point at an unknown field with the fields allowed', () => {
    expect(problems(`patterns:\n${ok}    colour: red\n`)).toEqual([
      '7:5: patterns[0].colour: unknown field; expected one of name, description, source, statistic, target, assumed',
    ]);
  });

  it('name the allowed kinds of statistic', () => {
    expect(problems(`patterns:\n${ok.replace('kind: mean', 'kind: median')}`)[0]).toMatch(
      /^5:23: patterns\[0\]\.statistic\.kind: expected one of "mean", "paired", "cohort", "slope", "share"/,
    );
  });

  it('name the forms a target may take', () => {
    expect(problems(`patterns:\n${ok.replace('{range: [0, 1]}', 'not_abov')}`)).toEqual([
      '6:13: patterns[0].target: expected above_zero, below_zero, contains_zero, not_above_zero, not_below_zero, {range: [low, high]} or {seeds: {above: x, at_least: share}}, got "not_abov"',
    ]);
  });

  it('refuse a scenario that is not defined, naming those that are', () => {
    const text = `scenarios:\n  other: {extends: $scenario}\npatterns:\n${ok.replace('kind: mean,', 'kind: mean, scenario: nothere,')}`;
    expect(problems(text)).toEqual([
      '7:39: patterns[0].statistic.scenario: expected a scenario defined under `scenarios` (base, other), got "nothere"',
    ]);
  });

  it('refuse a scenario of net_of that is not defined, and accept one that is', () => {
    const paired = (key: string) =>
      ok.replace('kind: mean,', `kind: paired, scenario: other, baseline: base, net_of: {scenario: other, baseline: ${key}},`);
    const head = 'scenarios:\n  other: {extends: $scenario}\npatterns:\n';
    const found = problems(`${head}${paired('nothere')}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /patterns\[0\]\.statistic\.net_of\.baseline: expected a scenario defined under `scenarios` \(base, other\), got "nothere"/,
    );
    expect(problems(`${head}${paired('base')}`)).toEqual([]);
  });

  it('refuse a range from high to low, and a repeated name', () => {
    const text = `patterns:\n${ok}${ok.replace('[0, 1]', '[2, 1]')}`;
    expect(problems(text)).toEqual([
      '7:11: patterns[1].name: expected a unique name, but "a" is used above',
      '11:21: patterns[1].target.range: expected [low, high] with low <= high, got [2, 1]',
    ]);
  });

  it('point at a bad value in an inline counterfactual', () => {
    const text = `scenarios:\n  nonet:\n    extends: $scenario\n    network: {consignment: 3}\npatterns:\n${ok.replace('kind: mean,', 'kind: mean, scenario: nonet,')}`;
    expect(problems(text)).toEqual(['4:28: scenarios.nonet.network.consignment: expected true or false, got 3']);
  });

  it('refuse agent columns of a scenario that writes no agents.csv', () => {
    const text = `scenarios:\n  quiet:\n    extends: $scenario\n    output: {agents: false}\npatterns:\n  - name: c\n    description: d\n    source: s\n    statistic: {kind: cohort, scenario: quiet, columns: income_trade}\n    target: above_zero\n`;
    expect(problems(text)).toEqual([
      '9:57: patterns[0].statistic.columns: expected agents.csv from scenario "small-quiet", but it sets output.agents: false',
    ]);
  });

  it('report invalid YAML at its place', () => {
    expect(problems('patterns: [\n')[0]).toMatch(/^2:1: \(yaml\): expected valid YAML/);
  });
});
