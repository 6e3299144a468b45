import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairedSummary } from '../../src/compare/stats.js';
import { FIXTURES, readCsv, readTree, simulate, tempDir, type CliResult } from '../helpers/cli.js';

const SCENARIOS = [path.join(FIXTURES, 'small.yaml'), path.join(FIXTURES, 'compare/same.yaml'), path.join(FIXTURES, 'compare/busier.yaml')];

/** Rows of comparison.csv as objects keyed by column. */
function comparisonRows(dir: string): Record<string, string>[] {
  const { header, rows } = readCsv(path.join(dir, 'comparison.csv'));
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

describe('scenarios compared with their baselines', () => {
  let outA = '';
  let outB = '';
  let first: CliResult;

  beforeAll(() => {
    outA = tempDir();
    outB = tempDir();
    first = simulate([...SCENARIOS, '--replicates', '3', '--out', outA, '--quiet', '--jobs', '2']);
    expect(first.stderr).toBe('');
    expect(simulate([...SCENARIOS, '--replicates', '3', '--out', outB, '--quiet', '--jobs', '1']).code).toBe(0);
  });

  it('prints the answer first, then the runs, then the comparison files', () => {
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    // No scenario here is a programme: nothing is ranked, and the pairs' cohort figures come unranked.
    expect(first.stdout).not.toMatch(/Programmes ranked/);
    expect(lines[0]).toBe('Not ranked (shocks, counterfactuals, baselines): the same figures');
    expect(lines[1]).toMatch(
      /^kind\s+scenario\s+baseline\s+effect on the poor \(Rp per person per month\)\s+95% CI\s+participants \(households\)/,
    );
    expect(lines[2]).toMatch(/^baseline\s+small-same\s+small\s+0\s+0 to 0\s+0\s+0%\s+no data\s+no data$/);
    expect(first.stdout).toMatch(/\nbaseline\s+small-busier\s+small\s/);
    expect(first.stdout).toContain(`Every metric of every pair, per period and over the run: ${path.join(outA, 'comparison.csv')}\n`);
    // The nine run directories, then the comparison's files last.
    expect(lines.slice(-3)).toEqual([path.join(outA, 'comparison.csv'), path.join(outA, 'report.html'), '']);
    const runs = lines.slice(-12, -3);
    for (const r of runs) expect(r.startsWith(path.join(outA, 'small'))).toBe(true);
    expect(new Set(runs).size).toBe(9);
  });

  it('gives zero difference and a zero-width interval for a scenario equal to its baseline', () => {
    const same = comparisonRows(outA).filter((r) => r.scenario === 'small-same');
    expect(same.length).toBeGreaterThan(20);
    for (const r of same) {
      expect([r.baseline, r.diff_mean, r.diff_sd, r.ci_low, r.ci_high, r.wins]).toEqual([
        'small',
        '0.000000',
        '0.000000',
        '0.000000',
        '0.000000',
        '0',
      ]);
      expect(r.scenario_mean).toBe(r.baseline_mean);
    }
  });

  it('pairs the changed scenario with its baseline seed by seed', () => {
    // Recompute one row from the runs' own metrics.csv files.
    const column = (scenario: string, seed: number) => {
      const m = readCsv(path.join(outA, scenario, `seed-${seed}`, 'metrics.csv'));
      return Number(m.rows[2][m.header.indexOf('income_mean')]);
    };
    const busier = [1, 2, 3].map((s) => column('small-busier', s));
    const small = [1, 2, 3].map((s) => column('small', s));
    const expected = pairedSummary(busier, small, 'higher');
    const row = comparisonRows(outA).find((r) => r.scenario === 'small-busier' && r.metric === 'income_mean' && r.period === '2')!;
    expect(row.day).toBe('60');
    expect(Number(row.diff_mean)).toBeCloseTo(expected.mean, 5);
    expect(Number(row.ci_low)).toBeCloseTo(expected.low, 5);
    expect(Number(row.ci_high)).toBeCloseTo(expected.high, 5);
    expect(Number(row.wins)).toBe(expected.wins);
    expect(busier).not.toEqual(small);
  });

  it('writes the same comparison.csv and report.html, SVGs included, on every run and worker count', () => {
    for (const name of ['comparison.csv', 'report.html']) {
      expect(readFileSync(path.join(outB, name), 'utf8')).toBe(readFileSync(path.join(outA, name), 'utf8'));
    }
    const svgs = readFileSync(path.join(outA, 'report.html'), 'utf8').match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(5);
  });

  it('makes a report that needs nothing outside itself', () => {
    const html = readFileSync(path.join(outA, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import/i);
    // The only URLs are the SVG and XLink namespace names, which are never fetched.
    const urls = new Set(html.match(/https?:\/\/[^\s"'<>)]+/g));
    expect([...urls].sort()).toEqual(['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg']);
    expect(html).toContain('<h2>Who gains</h2>');
  });

  it('compares the two output trees as identical, then finds a one-cell change', () => {
    const same = simulate(['compare', outA, outB]);
    expect(same.stdout).toBe(`identical: ${readTree(outA).size} files in ${outA} and ${outB}, byte for byte\n`);
    expect(same.code).toBe(0);
    const changed = tempDir();
    cpSync(outB, changed, { recursive: true });
    const file = path.join(changed, 'small/seed-2/metrics.csv');
    const text = readFileSync(file, 'utf8').split('\n');
    const cells = text[3].split(',');
    const gini = text[0].split(',').indexOf('gini');
    const before = cells[gini];
    cells[gini] = '0.999999';
    text[3] = cells.join(',');
    writeFileSync(file, text.join('\n'));
    // A change made after the run is bad input until the manifest records it, as a run would have.
    const stale = simulate(['compare', outA, changed]);
    expect(stale.stderr).toMatch(
      /^simulate: compare: \S+small\/seed-2\/metrics\.csv: expected the SHA-256 that \S+manifest\.json records, but the file was changed after it was written\n$/,
    );
    expect(stale.code).toBe(2);
    const manifestFile = path.join(changed, 'small/seed-2/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, string> };
    manifest.files['metrics.csv'] = createHash('sha256').update(text.join('\n')).digest('hex');
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    const r = simulate(['compare', outA, changed]);
    expect(r.code).toBe(1);
    const cellCount = (text.length - 2) * text[0].split(',').length;
    expect(r.stdout.split('\n').slice(1)).toEqual([
      'small/seed-2/manifest.json: same values, other bytes (layout) (not counted)',
      `small/seed-2/metrics.csv: 1 of ${cellCount} cells differ, 1 beyond tolerance`,
      expect.stringMatching(
        new RegExp(`^  row 3 \\(period 2, line 4\\), column gini: ${before} -> 0\\.999999 \\(\\+0\\.\\d+, relative 0\\.\\d+\\)$`),
      ),
      '',
    ]);
  });

  it('writes the charts as PNG files with --png', () => {
    const out = tempDir();
    const r = simulate([SCENARIOS[0], SCENARIOS[1], '--out', out, '--quiet', '--png']);
    expect(r.code).toBe(0);
    const pngs = readdirSync(path.join(out, 'charts'))
      .filter((f) => f !== 'manifest.json')
      .sort();
    // The manifest marks the folder as the command's own: every PNG with its SHA-256.
    const manifest = JSON.parse(readFileSync(path.join(out, 'charts', 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files).sort()).toEqual(pngs);
    for (const p of pngs)
      expect(manifest.files[p]).toBe(
        createHash('sha256')
          .update(readFileSync(path.join(out, 'charts', p)))
          .digest('hex'),
      );
    expect(pngs).toEqual(expect.arrayContaining(['difference.png', 'income.png', 'poor-income.png', 'poverty.png', 'who-gains.png']));
    // One PNG per chart of the report.
    expect(readFileSync(path.join(out, 'report.html'), 'utf8').match(/<svg/g)?.length).toBe(pngs.length);
    for (const p of pngs)
      expect(readFileSync(path.join(out, 'charts', p)).subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  });
});
