import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTreeComparison, treeVerdict } from '../../src/compare/treeText.js';
import { compareTrees, type Tolerance } from '../../src/compare/trees.js';
import { simulate, tempDir } from '../helpers/cli.js';

const METRICS = 'period,day,days,income_mean,gini\n0,0,0,,\n1,30,30,1000,0.300000\n2,60,30,1100,0.310000\n';
const MANIFEST = {
  jejaring_version: '0.1.0',
  seed: 1,
  files: { 'metrics.csv': sha(METRICS) },
  scenario: { households: { size_poor: 4.05 } },
};

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A directory holding these files (relative path -> content). */
function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function run(overrides: Record<string, string> = {}): string {
  return tree({ 's/seed-1/metrics.csv': METRICS, 's/seed-1/manifest.json': JSON.stringify(MANIFEST), ...overrides });
}

/** A run whose manifest lists no files, so its metrics.csv may be edited (`simulate compare` checks listed files). */
function unlisted(overrides: Record<string, string> = {}): string {
  return run({ 's/seed-1/manifest.json': JSON.stringify({ ...MANIFEST, files: {} }), ...overrides });
}

const EXACT: Tolerance = { rel: 0, abs: 0 };

describe('simulate compare', () => {
  it('says identical and exits 0 for equal trees', () => {
    const r = simulate(['compare', run(), run()]);
    expect(r.stdout).toMatch(/^identical: 2 files in \S+ and \S+, byte for byte\n$/);
    expect(r.code).toBe(0);
  });

  it('finds a one-cell change and names the file, row and column; exit 1', () => {
    const a = unlisted();
    const b = unlisted({ 's/seed-1/metrics.csv': METRICS.replace('1,30,30,1000', '1,30,30,1010') });
    const r = simulate(['compare', a, b]);
    expect(r.stdout).toBe(
      [
        `differ: 1 of 2 files differ between ${a} and ${b}; scenarios: s`,
        's/seed-1/metrics.csv: 1 of 15 cells differ, 1 beyond tolerance',
        '  row 2 (period 1, line 3), column income_mean: 1000 -> 1010 (+10, relative 0.00990099)',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
  });

  it('exits 0 when every change is within the tolerance, and 1 when one is not', () => {
    const a = unlisted();
    const b = unlisted({ 's/seed-1/metrics.csv': METRICS.replace('0.310000', '0.310100') });
    const within = simulate(['compare', a, b, '--tolerance', '0.001']);
    expect(within.stdout.split('\n')[0]).toBe('within tolerance: 1 of 2 files differ, every difference within --tolerance 0.001');
    expect(within.code).toBe(0);
    // 0.3100 -> 0.3101: relative 0.000322, absolute 0.0001.
    expect(treeVerdict(compareTrees(a, b, { rel: 0.0003, abs: 0 }))).toBe(1);
    expect(treeVerdict(compareTrees(a, b, { rel: 0, abs: 0.0002 }))).toBe(0);
  });

  it('rejects a missing directory with one line and exit 2', () => {
    const r = simulate(['compare', run(), path.join(tempDir(), 'nothere')]);
    expect(r.stderr).toMatch(/^simulate: compare: \S+nothere: expected an output directory, but there is nothing at this path\n$/);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
});

describe('comparing trees', () => {
  it('lists files found in one tree only', () => {
    const c = compareTrees(run(), run({ 's/seed-2/metrics.csv': METRICS }), EXACT);
    expect([c.onlyA, c.onlyB, treeVerdict(c)]).toEqual([[], ['s/seed-2/metrics.csv'], 1]);
  });

  it('reports columns and rows in one file only', () => {
    const wider = METRICS.split('\n')
      .map((l, k) => (l === '' ? l : `${l},${k === 0 ? 'income_p90' : '5'}`))
      .join('\n');
    const c = compareTrees(run(), run({ 's/seed-1/metrics.csv': wider + '3,90,30,1200,0.320000,5\n' }), EXACT);
    expect(c.changed[0].notes.map((n) => n.text)).toEqual([
      'columns only in the second: income_p90',
      'rows 4 to 4 only in the second (3 rows against 4)',
    ]);
    expect(c.changed[0].cells).toEqual([]);
  });

  it('compares manifests value by value, leaving out file hashes and the version', () => {
    const b = {
      ...MANIFEST,
      jejaring_version: '0.2.0',
      files: { 'metrics.csv': sha('other') },
      scenario: { households: { size_poor: 4.5 } },
    };
    const c = compareTrees(run(), run({ 's/seed-1/manifest.json': JSON.stringify(b) }), EXACT);
    const text = formatTreeComparison(c, 'A', 'B', EXACT);
    expect(text).toContain('s/seed-1/manifest.json: 1 of 3 values differ, 1 beyond tolerance\n');
    expect(text).toContain('  jejaring_version: 0.1.0 -> 0.2.0 (not counted)\n');
    expect(text).toContain('  scenario.households.size_poor: 4.05 -> 4.5 (+0.45, relative 0.1)\n');
    const versionOnly = compareTrees(
      run(),
      run({ 's/seed-1/manifest.json': JSON.stringify({ ...MANIFEST, jejaring_version: '0.2.0' }) }),
      EXACT,
    );
    expect(treeVerdict(versionOnly)).toBe(0);
  });

  it('sums up many changed cells by column, with the largest change of each and where it is', () => {
    const rows = (k: number) => Array.from({ length: 12 }, (_, r) => `${r},${1000 + r * k},0.5`).join('\n');
    const a = run({ 'agents.csv': `id,income,trust\n${rows(1)}\n` });
    const b = run({ 'agents.csv': `id,income,trust\n${rows(2)}\n` });
    const text = formatTreeComparison(compareTrees(a, b, EXACT), 'A', 'B', EXACT);
    expect(text).toContain(
      'agents.csv: 11 of 36 cells differ, 11 beyond tolerance\n' +
        '  column income: 11 rows differ, 11 beyond tolerance; largest at row 12 (id 11, line 13): 1011 -> 1022 (+11, relative 0.0107632)\n',
    );
  });

  it('counts other files that differ only when no tolerance is given', () => {
    const a = run({ 'report.html': '<p>1</p>\n<p>2</p>\n' });
    const b = run({ 'report.html': '<p>1</p>\n<p>3</p>\n' });
    const exact = compareTrees(a, b, EXACT);
    expect(formatTreeComparison(exact, 'A', 'B', EXACT)).toContain('report.html: text differs from line 2\n');
    expect(treeVerdict(exact)).toBe(1);
    expect(treeVerdict(compareTrees(a, b, { rel: 1e-6, abs: 0 }))).toBe(0);
  });
});
