import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readCsv, readTree, simulate, tempDir } from '../helpers/cli.js';

const small = path.join(FIXTURES, 'small.yaml');

function runTree(args: string[]): Map<string, string> {
  const out = tempDir();
  const r = simulate([small, '--out', out, '--quiet', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readTree(out);
}

describe('determinism', () => {
  it('gives byte-identical output trees for the same seed', () => {
    const a = runTree(['--seed', '5']);
    const b = runTree(['--seed', '5']);
    expect([...a.keys()]).toEqual(['report.html', 'small/seed-5/agents.csv', 'small/seed-5/manifest.json', 'small/seed-5/metrics.csv']);
    expect(b).toEqual(a);
  });

  it('gives other outputs for another seed', () => {
    const a = runTree(['--seed', '5']).get('small/seed-5/metrics.csv');
    const b = runTree(['--seed', '6']).get('small/seed-6/metrics.csv');
    expect(a).toBeDefined();
    expect(b).not.toEqual(a);
  });

  it('gives identical trees with one worker and with two, income paths per period included', () => {
    const periods = path.join(FIXTURES, 'small-periods.yaml');
    const tree = (jobs: string) => {
      const out = tempDir();
      expect(simulate([small, periods, '--out', out, '--quiet', '--replicates', '3', '--jobs', jobs]).code).toBe(0);
      return readTree(out);
    };
    const one = tree('1');
    const two = tree('2');
    expect(one.size).toBe(9 + 12 + 2);
    expect([...one.keys()].filter((k) => k.endsWith('agents_periods.csv'))).toHaveLength(3);
    expect(two).toEqual(one);
  });

  it('keeps every other column unchanged when a reporter is added', () => {
    const outA = tempDir();
    const outB = tempDir();
    expect(simulate([small, '--out', outA, '--quiet']).code).toBe(0);
    const extra = path.join(FIXTURES, 'small-extra-reporter.yaml');
    expect(simulate([extra, '--out', outB, '--quiet']).code).toBe(0);
    const a = readCsv(path.join(outA, 'small/seed-1/metrics.csv'));
    const b = readCsv(path.join(outB, 'small-extra/seed-1/metrics.csv'));
    expect(b.header).toEqual([...a.header, 'income_p90']);
    expect(b.rows.map((r) => r.slice(0, a.header.length))).toEqual(a.rows);
    expect(b.rows[1][a.header.length]).toMatch(/^\d+$/);
  });

  it('writes a manifest with the resolved scenario, its hash, seed, version and file hashes', async () => {
    const tree = runTree(['--seed', '9']);
    const manifest = JSON.parse(tree.get('small/seed-9/manifest.json')!);
    const { createHash } = await import('node:crypto');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(manifest.seed).toBe(9);
    expect(manifest.scenario_name).toBe('small');
    expect(manifest.scenario.population.households).toBe(200);
    expect(manifest.scenario.horizon_days).toBe(120);
    expect(manifest.files['metrics.csv']).toBe(sha(tree.get('small/seed-9/metrics.csv')!));
    expect(manifest.scenario_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(manifest)).not.toMatch(/20\d\d-\d\d-\d\dT|hostname/);
  });
});
