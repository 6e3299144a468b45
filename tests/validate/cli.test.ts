/** `simulate validate` end to end on the small fixture village: its table and exit codes. */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, simulate, tempDir } from '../helpers/cli.js';

const SMALL = path.join(FIXTURES, 'small.yaml');
const PATTERNS = path.join(FIXTURES, 'patterns/small.yaml');

/** A patterns file in a fresh directory with these patterns (YAML list items). */
function patternsFile(body: string): string {
  const file = path.join(tempDir(), 'patterns.yaml');
  writeFileSync(file, `patterns:\n${body}`);
  return file;
}

/** A pattern the small village passes on any seed: mean income at least 0. */
const INCOME = `  - name: income
    description: d
    source: s
    statistic: {kind: mean, column: income_mean}
    target: {range: [0, null]}
`;

describe('simulate validate', () => {
  it('prints each pattern with its target, figure, interval and PASS, and exits 0 when all pass', () => {
    const r = simulate(['validate', SMALL, '--patterns', PATTERNS, '--replicates', '2', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].split(/\s{2,}/)).toEqual(['pattern', 'target', 'measured', '95% interval', 'result']);
    expect(lines[1].split(/\s{2,}/)).toEqual(['start_count', '40 to 40', '40', '[40, 40]', 'PASS']);
    expect(lines[2].split(/\s{2,}/)).toEqual(['same_run_inline', 'interval contains 0', '0', '[0, 0]', 'PASS']);
    expect(lines[3].split(/\s{2,}/)).toEqual(['same_run_file', '1 to 1', '1', '[1, 1]', 'PASS']);
    expect(lines[4]).toBe('3 of 3 patterns pass over seeds 1-2');
  });

  it('exits 1 when a pattern fails, and marks assumed targets', () => {
    const file = patternsFile(`  - name: more_than_there_are
    description: More home industries than the village has.
    source: none
    statistic: {kind: mean, column: active_home_industries, periods: 0}
    target: {range: [41, null]}
    assumed: true
`);
    const r = simulate(['validate', SMALL, '--patterns', file, '--replicates', '2', '--quiet', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[1].split(/\s{2,}/)).toEqual(['more_than_there_are', 'at least 41 (assumed)', '40', '[40, 40]', 'FAIL']);
    expect(r.stdout).toContain('0 of 1 patterns pass');
  });

  it('exits 2 naming an unknown column and the columns there are, before running anything', () => {
    const file = patternsFile(`  - name: typo
    description: d
    source: s
    statistic: {kind: mean, column: income_meen}
    target: {range: [0, 1]}
`);
    const r = simulate(['validate', SMALL, '--patterns', file, '--replicates', '2']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:37: patterns\\[0\\]\\.statistic\\.column: expected a column of metrics\\.csv of scenario "small", got "income_meen"; its columns are period, day, days, income_mean,`,
      ),
    );
    expect(r.stderr).not.toMatch(/done|seed 1/);
  });

  it('gives the same table with one worker or two, and writes the runs only with --out', () => {
    const file = patternsFile(`${INCOME}  - name: drift
    description: d
    source: s
    statistic: {kind: slope, column: debt_mean}
    target: contains_zero
`);
    const out = tempDir();
    const one = simulate(['validate', SMALL, '--patterns', file, '--replicates', '2', '--quiet', '--jobs', '1']);
    const two = simulate(['validate', SMALL, '--patterns', file, '--replicates', '2', '--quiet', '--jobs', '2', '--out', out]);
    expect(one.code).toBe(two.code);
    expect(one.stdout).not.toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(readdirSync(path.join(out, 'small')).sort()).toEqual(['seed-1', 'seed-2']);
  });

  it('runs N seeds from --seed, and refuses a first seed that leaves no room for them', () => {
    const file = patternsFile(INCOME);
    const out = tempDir();
    const r = simulate(['validate', SMALL, '--patterns', file, '--replicates', '2', '--seed', '5', '--quiet', '--out', out]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 of 1 patterns pass over seeds 5-6');
    expect(readdirSync(path.join(out, 'small')).sort()).toEqual(['seed-5', 'seed-6']);
    const late = simulate(['validate', SMALL, '--patterns', PATTERNS, '--replicates', '2', '--seed', '2147483647']);
    expect(late.code).toBe(2);
    expect(late.stderr).toBe('simulate: --seed: expected a first seed that leaves room for 2 seeds (at most 2147483646), got 2147483647\n');
  });

  it('refuses --out when two scenarios would write to the same directory', () => {
    const r = simulate(['validate', SMALL, '--patterns', PATTERNS, '--replicates', '2', '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^.*small\.yaml:7:3: scenarios\.again_file: expected a scenario name of its own for --out, but "small" is also the name of the validated scenario/,
    );
  });

  it('exits 2 on a patterns file that is not there', () => {
    const r = simulate(['validate', SMALL, '--patterns', 'no/such/patterns.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('no/such/patterns.yaml:1:1: (file): expected a patterns file, but there is no readable file at this path\n');
  });
});
