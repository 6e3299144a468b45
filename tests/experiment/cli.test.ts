/** `simulate experiment` end to end on a tiny village: table, common random numbers, Parquet, resume, jobs, acceptance. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readCsv, simulate, tempDir } from '../helpers/cli.js';

const PLAN = path.join(FIXTURES, 'experiment/tiny-morris.yaml');
const TINY = path.join(FIXTURES, 'experiment/tiny.yaml');
const OUTPUTS = ['table.csv', 'table.parquet', 'points.csv', 'programmes.csv', 'morris.csv', 'report.html'];

describe('simulate experiment', () => {
  let full: string;
  beforeAll(() => {
    full = tempDir();
    const r = simulate(['experiment', PLAN, '--out', full, '--jobs', '2', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('writes one row per point, programme and seed, factor values within their ranges', () => {
    const t = readCsv(path.join(full, 'table.csv'));
    expect(t.header).toEqual([
      'point',
      'households.discretionary_propensity',
      'population.home_industries',
      'programme',
      'seed',
      'poor_income',
      'poverty',
    ]);
    // Morris: 2 trajectories of 3 points; 3 programmes (baseline first); seeds 1 and 2.
    expect(t.rows).toHaveLength(6 * 3 * 2);
    expect(t.rows.slice(0, 6).map((r) => `${r[0]}/${r[3]}/${r[4]}`)).toEqual([
      '0/baseline/1',
      '0/baseline/2',
      '0/placebo/1',
      '0/placebo/2',
      '0/market/1',
      '0/market/2',
    ]);
    for (const r of t.rows) {
      expect(Number(r[1])).toBeGreaterThanOrEqual(0.5);
      expect(Number(r[1])).toBeLessThanOrEqual(0.7);
      expect(['30', '40']).toContain(r[2]);
    }
  });

  it('runs every programme on the baseline seeds: a placebo equals the baseline run for run, another seed differs', () => {
    const t = readCsv(path.join(full, 'table.csv'));
    const at = (p: string, prog: string, seed: string) => t.rows.find((r) => r[0] === p && r[3] === prog && r[4] === seed)?.slice(5);
    for (const p of ['0', '1', '2', '3', '4', '5']) {
      expect(at(p, 'placebo', '1')).toEqual(at(p, 'baseline', '1'));
      expect(at(p, 'placebo', '2')).toEqual(at(p, 'baseline', '2'));
    }
    expect(at('0', 'baseline', '1')).not.toEqual(at('0', 'baseline', '2'));
    const ranks = readCsv(path.join(full, 'programmes.csv'));
    const placebo = ranks.rows.find((r) => r[0] === 'placebo') as string[];
    expect(placebo[ranks.header.indexOf('effect_mean')]).toBe('0');
  });

  it('writes a Parquet table that reads back as the CSV', () => {
    const csv = readCsv(path.join(full, 'table.csv'));
    const back = tableFromIPC(readParquet(readFileSync(path.join(full, 'table.parquet'))).intoIPCStream());
    expect(back.schema.fields.map((f) => f.name)).toEqual(csv.header);
    expect(back.numRows).toBe(csv.rows.length);
    const rows = back.toArray().map((r) => csv.header.map((h) => String(r[h])));
    expect(rows).toEqual(csv.rows);
  });

  it('continues an interrupted experiment on one thread to the same files as one run on two', () => {
    const out = tempDir();
    const first = simulate(['experiment', PLAN, '--out', out, '--jobs', '1', '--max-runs', '7', '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/stopped after 7 runs; 29 left/);
    expect(existsSync(path.join(out, 'table.csv'))).toBe(false);
    const second = simulate(['experiment', PLAN, '--out', out, '--jobs', '1']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^simulate: 7 runs already in .*, 29 to do$/m);
    for (const f of OUTPUTS) expect(readFileSync(path.join(out, f)), f).toEqual(readFileSync(path.join(full, f)));
  });

  it("refuses an output folder that holds another plan's results", () => {
    const other = path.join(tempDir(), 'plan.yaml');
    writeFileSync(other, readFileSync(PLAN, 'utf8').replace('base: tiny.yaml', `base: ${TINY}`).replace('seeds: 2', 'seeds: 1'));
    const r = simulate(['experiment', other, '--out', full, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^[^\n]*results\.jsonl:1:1: \(file\): expected the results of this plan[^\n]*\n$/);
  });
});

describe('simulate experiment with bad input', () => {
  it('prints one located line, exits 2 and writes nothing', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(PLAN, 'utf8').replace('base: tiny.yaml', `base: ${TINY}`).replace('seeds: 2', 'seeds: 0'));
    const r = simulate(['experiment', plan, '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^[^\n]*plan\.yaml:\d+:8: seeds: expected [^\n]*\n$/);
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('simulate experiment --accept patterns', () => {
  it('accepts exactly the points that pass the patterns and ranks over them', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'patterns.yaml'),
      `patterns:
  - name: forty
    description: Forty home industries at day 0.
    source: test
    statistic: {kind: mean, column: active_home_industries, periods: 0}
    target: {range: [40, 40]}
`,
    );
    writeFileSync(
      path.join(dir, 'plan.yaml'),
      `base: ${TINY}
programmes:
  market: {interventions: [{type: culinary-market, start: 20, every: 20}]}
factors:
  population.home_industries: {values: [30, 40, 50]}
design: {kind: grid}
seeds: 1
outputs:
  poor_income: {kind: mean, column: poor_income_mean}
patterns: patterns.yaml
`,
    );
    const out = path.join(dir, 'out');
    const r = simulate(['experiment', path.join(dir, 'plan.yaml'), '--out', out, '--accept', 'patterns', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const points = readCsv(path.join(out, 'points.csv'));
    const hi = points.header.indexOf('population.home_industries');
    const acc = points.header.indexOf('accepted');
    expect(points.rows.map((p) => [p[hi], p[acc]])).toEqual([
      ['30', '0'],
      ['40', '1'],
      ['50', '0'],
    ]);
    const ranks = readCsv(path.join(out, 'programmes.csv'));
    expect(ranks.rows[0][ranks.header.indexOf('points')]).toBe('1');
    expect(points.header).toContain('pattern:forty');
  });
});
