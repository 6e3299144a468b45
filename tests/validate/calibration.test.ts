/** The calibration search on the small village: two parameters, three sets, two seeds. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalibration } from '../../src/validate/calibrate.js';
import { writeCalibration } from '../../src/validate/calibrationFiles.js';
import { FIXTURES, ROOT, tempDir } from '../helpers/cli.js';
import { spawnSync } from 'node:child_process';

/** A ranges file in a fresh directory. */
function rangesFile(parameters: string, extra = ''): string {
  const file = path.join(tempDir(), 'ranges.yaml');
  const text = `scenario: ${path.join(FIXTURES, 'small.yaml')}\npatterns: ${path.join(FIXTURES, 'patterns/small.yaml')}\nsamples: 3\nseeds: 2\nseed: 4\n${extra}parameters:\n${parameters}`;
  writeFileSync(file, text);
  return file;
}

const PARAMETERS = `  population.home_industries: {range: [39, 41], source: assumed, integer: true}
  warungs.outright_margin: {range: [0.1, 0.25], source: assumed}
`;

describe('calibration by search', async () => {
  const file = rangesFile(PARAMETERS, 'sweep: {pattern: start_count, points: 2}\n');
  const cal = await runCalibration({ rangesFile: file, jobs: 1 });

  it('draws the sets by Latin hypercube within the ranges', () => {
    expect(cal.sets).toHaveLength(3);
    // Three whole numbers in three strata: each once.
    expect(cal.sets.map((s) => s.values['population.home_industries']).sort()).toEqual([39, 40, 41]);
    const margins = cal.sets.map((s) => s.values['warungs.outright_margin']);
    for (let k = 0; k < 3; k++) expect(margins.filter((m) => m >= 0.1 + 0.05 * k && m < 0.15 + 0.05 * k)).toHaveLength(1);
  });

  it('accepts exactly the sets that pass every pattern', () => {
    // The start_count pattern wants 40 home industries at day 0; the margin does not matter.
    for (const s of cal.sets) expect(s.accepted).toBe(s.values['population.home_industries'] === 40);
  });

  it('writes every set, the accepted ones and their ranges', () => {
    const dir = tempDir();
    writeCalibration(dir, cal);
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8').trimEnd().split('\n');
    expect(read('sets.csv')).toHaveLength(4);
    const accepted = read('accepted.csv');
    expect(accepted).toHaveLength(2);
    expect(accepted[0].split(',').slice(0, 5)).toEqual([
      'set',
      'population.home_industries',
      'warungs.outright_margin',
      'start_count_figure',
      'start_count_result',
    ]);
    expect(accepted[1].split(',')[1]).toBe('40');
    expect(read('accepted_ranges.csv')[1]).toBe('population.home_industries,39,41,"assumed",40,40');
  });

  it('sweeps each parameter alone across its range', () => {
    const points = cal.sweep.map((s) => [s.parameter, s.value, s.result?.interval?.mean]);
    expect(points).toEqual([
      ['population.home_industries', 39, 39],
      ['population.home_industries', 41, 41],
      ['warungs.outright_margin', 0.1, 40],
      ['warungs.outright_margin', 0.25, 40],
    ]);
  });
});

describe('calibration/run.js', () => {
  it('reports a parameter the scenario does not have at its line, exit 2, nothing written', () => {
    const file = rangesFile('  warungs.no_such_field: {range: [0, 1], source: assumed}\n');
    const out = tempDir();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'calibration/run.js'), '--ranges', file, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${file}:7:3: parameters.warungs.no_such_field: expected the path of a number field of the scenario, but "warungs.no_such_field" names none\n`,
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
