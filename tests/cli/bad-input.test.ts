import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateFrom } from '../helpers/capture.js';
import { tempDir } from '../helpers/cli.js';

/** Writes files into a fresh directory, runs simulate there in this process, and returns the result. */
async function runIn(files: Record<string, string>, args: string[]) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, ...(await simulateFrom(dir, ['--out', 'o', '--quiet', ...args])) };
}

const cases: Array<[string, Record<string, string>, string[], string]> = [
  [
    'malformed YAML',
    { 's.yaml': 'horizon_days: 10\npopulation:\n  households: [1, 2\n' },
    ['s.yaml'],
    's.yaml:4:1: (yaml): expected valid YAML, got an error: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'an unknown key',
    { 's.yaml': 'horizon_days: 10\npopulation:\n  househods: 100\n' },
    ['s.yaml'],
    's.yaml:3:3: population.househods: unknown field; expected one of villages, households, poor_households, hamlets, home_industries, suppliers, warungs, outsiders',
  ],
  ['a wrong type', { 's.yaml': 'horizon_days: ten\n' }, ['s.yaml'], 's.yaml:1:15: horizon_days: expected a number, got "ten"'],
  [
    'a fraction where a count is expected',
    { 's.yaml': 'population:\n  hamlets: 2.5\n' },
    ['s.yaml'],
    's.yaml:2:12: population.hamlets: expected a whole number, got 2.5',
  ],
  [
    'a negative count',
    { 's.yaml': 'population:\n  poor_households: -5\n' },
    ['s.yaml'],
    's.yaml:2:20: population.poor_households: expected a number >= 0, got -5',
  ],
  [
    'a probability above 1',
    { 's.yaml': 'households:\n  income_volatility: 1.5\n' },
    ['s.yaml'],
    's.yaml:2:22: households.income_volatility: expected a number <= 1, got 1.5',
  ],
  ['a horizon of 0', { 's.yaml': 'horizon_days: 0\n' }, ['s.yaml'], 's.yaml:1:15: horizon_days: expected a number >= 1, got 0'],
  [
    'more poor households than households',
    { 's.yaml': 'population: {households: 10, poor_households: 30, home_industries: 2}\n' },
    ['s.yaml'],
    's.yaml:1:47: population.poor_households: expected at most population.households (10), got 30',
  ],
  [
    'more home industries than households',
    { 's.yaml': 'population: {households: 10, poor_households: 3}\n' },
    ['s.yaml'],
    's.yaml:1:13: population.home_industries: expected at most population.households (10), got 40',
  ],
  [
    'a product made of a material nobody sells',
    { 's.yaml': 'products:\n  - {name: kerupuk, price: 4000, material: tapioka}\n' },
    ['s.yaml'],
    's.yaml:2:44: products[0].material: expected one of the materials (singkong, ketan-gula, rempah), got "tapioka"',
  ],
  [
    'a missing file',
    {},
    ['missing.yaml'],
    'missing.yaml:1:1: (file): expected a readable scenario file, but there is no file at this path',
  ],
  [
    'an extends cycle',
    { 'a.yaml': 'extends: b.yaml\nhorizon_days: 10\n', 'b.yaml': 'extends: a.yaml\n' },
    ['a.yaml'],
    'b.yaml:1:10: extends: expected a chain of base scenarios without a cycle, got a.yaml -> b.yaml -> a.yaml',
  ],
  [
    'a missing base scenario',
    { 'c.yaml': 'extends: nothere.yaml\n' },
    ['c.yaml'],
    'c.yaml:1:10: extends: expected an existing base scenario, but "nothere.yaml" is not a readable file',
  ],
  [
    'a glob that matches nothing',
    {},
    ['none/*.yaml'],
    'none/*.yaml:1:1: (file): expected the pattern to match at least one scenario file, but it matched none',
  ],
  [
    'an unknown reporter',
    { 's.yaml': 'output:\n  extra_reporters: [income_p95]\n' },
    ['s.yaml'],
    's.yaml:2:21: output.extra_reporters[0]: expected a known name (did you mean "income_p90"?), got "income_p95"',
  ],
];

describe('bad input', () => {
  it.each(cases)('%s: one line naming file, line, column and field; exit 2; nothing written', async (_name, files, args, line) => {
    const r = await runIn(files, args);
    expect(r.stderr).toBe(line + '\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(r.dir, 'o'))).toBe(false);
  });

  it('points at the base file when the bad value comes from it', async () => {
    const r = await runIn({ 'base.yaml': 'horizon_days: 10\nperiod_days: -3\n', 'child.yaml': 'extends: base.yaml\nhorizon_days: 20\n' }, [
      'child.yaml',
    ]);
    expect(r.stderr).toBe('base.yaml:2:14: period_days: expected a number >= 1, got -3\n');
    expect(r.code).toBe(2);
  });

  it('still runs the good scenarios of the call, then exits 2', async () => {
    const good = 'horizon_days: 20\npopulation: {households: 50, poor_households: 10, home_industries: 5}\n';
    const r = await runIn({ 'good.yaml': good, 'bad.yaml': 'horizon_days: 0\n' }, ['bad.yaml', 'good.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bad.yaml:1:15: horizon_days: expected a number >= 1, got 0\n');
    // The good run gets its report, of the runs alone.
    expect(r.stdout).toBe(`${path.join('o', 'good', 'seed-1')}\n${path.join('o', 'report.html')}\n`);
    expect(existsSync(path.join(r.dir, 'o/good/seed-1/metrics.csv'))).toBe(true);
    expect(existsSync(path.join(r.dir, 'o/bad'))).toBe(false);
  });

  it('rejects two scenarios with the same name in one call', async () => {
    const text = 'name: same\nhorizon_days: 5\npopulation: {households: 20, poor_households: 5, home_industries: 2}\n';
    const r = await runIn({ 'x.yaml': text, 'y.yaml': text }, ['x.yaml', 'y.yaml']);
    expect(r.stderr).toBe(
      'y.yaml:1:1: name: expected a scenario name unique among the files run together, but "same" is also the name of x.yaml\n',
    );
    expect(r.code).toBe(2);
  });

  it('rejects bad options with one line and exit 2', async () => {
    const r = await runIn({}, ['--replicates', '0']);
    expect(r.stderr).toBe('simulate: --replicates: expected a whole number from 1 to 10000, got "0" (see simulate --help)\n');
    expect(r.code).toBe(2);
    const u = await runIn({}, ['--bogus']);
    expect(u.stderr).toBe('simulate: Unknown argument: bogus (see simulate --help)\n');
    expect(u.code).toBe(2);
  });

  it('rejects an --out that is a file, leaving it as it was', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'o'), 'mine\n');
    const r = await simulateFrom(dir, ['--quiet', '--out', 'o']);
    expect(r.stderr).toBe('simulate: --out: expected a directory, but o is a file (see simulate --help)\n');
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, 'o'), 'utf8')).toBe('mine\n');
  });
});
