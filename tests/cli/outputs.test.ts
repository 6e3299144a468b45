import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { simulateHere } from '../helpers/capture.js';

const BASE = `extends: ${path.join(ROOT, 'scenarios/balewangi.yaml')}\nwarmup_days: 0\nhorizon_days: 20\npopulation: {households: 60, poor_households: 20, home_industries: 6}\n`;

/** A folder with a tiny scenario `base` and `same`, which extends it (so they are compared). */
function village(extra: Record<string, string> = {}): { dir: string; files: string[] } {
  const dir = tempDir();
  const files: Record<string, string> = { 'base.yaml': `name: base\n${BASE}`, 'same.yaml': 'extends: base.yaml\nname: same\n', ...extra };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, files: Object.keys(files).map((f) => path.join(dir, f)) };
}

function simulateIn(out: string, files: readonly string[], ...options: string[]) {
  return simulateHere([...files, '--out', out, '--quiet', '--jobs', '1', ...options]);
}

/** A folder of the user's, with a file in it. */
function usersFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'mine.txt'), 'mine\n');
  return dir;
}

describe('the output directory holds files of the user', () => {
  it('leaves a charts folder it did not write, when --out is the current folder and --png is off', async () => {
    const v = village();
    usersFolder(path.join(v.dir, 'charts'));
    const r = await simulateIn(v.dir, v.files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(path.join(v.dir, 'report.html'));
    expect(readdirSync(path.join(v.dir, 'charts'))).toEqual(['mine.txt']);
  });

  it('refuses --png over a charts folder it did not write, before any run, and writes nothing', async () => {
    const v = village();
    usersFolder(path.join(v.dir, 'charts'));
    const r = await simulateIn(v.dir, v.files, '--png');
    expect(r.stderr).toBe(
      `simulate: --out: expected ${path.join(v.dir, 'charts')} to be absent or written by simulate, but it is something else; move it or choose another --out\n`,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(readdirSync(v.dir).sort()).toEqual(['base.yaml', 'charts', 'same.yaml']);
    expect(readdirSync(path.join(v.dir, 'charts'))).toEqual(['mine.txt']);
  });

  it('refuses a comparison over a report.html folder or a comparison.csv of the user, before any run', async () => {
    const v = village();
    mkdirSync(path.join(v.dir, 'report.html'));
    writeFileSync(path.join(v.dir, 'comparison.csv'), 'my,own,table\n');
    const r = await simulateIn(v.dir, v.files);
    expect(r.stderr.split('\n')).toEqual([
      `simulate: --out: expected ${path.join(v.dir, 'comparison.csv')} to be absent or written by simulate, but it is something else; move it or choose another --out`,
      `simulate: --out: expected ${path.join(v.dir, 'report.html')} to be absent or written by simulate, but it is something else; move it or choose another --out`,
      '',
    ]);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(v.dir, 'base'))).toBe(false);
    expect(readFileSync(path.join(v.dir, 'comparison.csv'), 'utf8')).toBe('my,own,table\n');
  });

  it('refuses to replace a seed folder it did not write, and leaves it', async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    usersFolder(path.join(out, 'base', 'seed-1'));
    const r = await simulateIn(out, [v.files[0]]);
    expect(r.stderr).toMatch(
      /^simulate: --out: expected \S+\/o\/base\/seed-1 to be absent or a run folder written by simulate \(a manifest\.json listing its files\), but it is something else; move it or choose another --out\n$/,
    );
    expect(r.code).toBe(2);
    expect(readdirSync(path.join(out, 'base', 'seed-1'))).toEqual(['mine.txt']);
  });

  it("treats a folder it wrote as the user's once the user has put a file in it", async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    expect((await simulateIn(out, v.files, '--png')).code).toBe(0);
    writeFileSync(path.join(out, 'charts', 'notes.txt'), 'mine\n');
    // Without --png the charts would be removed; the user's file keeps the folder.
    expect((await simulateIn(out, v.files)).code).toBe(0);
    expect(readdirSync(path.join(out, 'charts'))).toContain('notes.txt');
    expect(readdirSync(path.join(out, 'charts'))).toContain('income.png');
  });
});

describe('scenario names the report uses', () => {
  it.each(['charts', 'report.html', 'comparison.csv'])(
    'refuses a scenario named %s before any run, naming its file and field',
    async (name) => {
      const v = village({ 'odd.yaml': `# a scenario\nextends: base.yaml\nname: ${name}\n` });
      const out = path.join(v.dir, 'o');
      const r = await simulateIn(out, [v.files[0], v.files[2]]);
      // The loader refuses the name first; the output layer's own check stays as a second guard.
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(`${v.files[2]}:3:7: name: `)).toBe(true);
      expect(lines[0]).toContain(`"${name}"`);
      expect(r.code).toBe(2);
      // No run folder under that name (report.html is then the report of the good run).
      expect(existsSync(path.join(out, name, 'seed-1'))).toBe(false);
      // The good scenario of the call still runs, as with any bad scenario file.
      expect(r.stdout).toBe(`${path.join(out, 'base', 'seed-1')}\n${path.join(out, 'report.html')}\n`);
    },
  );
});

describe('comparison files of an earlier call', () => {
  it('are replaced by the report of the runs alone in a later call that compares nothing', async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    expect((await simulateIn(out, v.files, '--png')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['base', 'charts', 'comparison.csv', 'report.html', 'same']);
    const r = await simulateIn(out, [v.files[0]], '--seed', '7');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['base', 'report.html', 'same']);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('<title>jejaring: run report</title>');
    expect(html).toContain('<b>base</b> (seed 7)');
    expect(html).not.toContain('<b>same</b>');
  });

  it('are replaced by a later comparison, and its charts removed without --png', async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    expect((await simulateIn(out, v.files, '--png')).code).toBe(0);
    const r = await simulateIn(out, v.files, '--seed', '9');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['base', 'comparison.csv', 'report.html', 'same']);
    const csv = readFileSync(path.join(out, 'comparison.csv'), 'utf8').split('\n');
    expect(csv[1].split(',').slice(0, 2)).toEqual(['same', 'base']);
  });

  it('stay when the call writes no run at all', async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    expect((await simulateIn(out, v.files)).code).toBe(0);
    const r = await simulateIn(out, [path.join(v.dir, 'missing.yaml')]);
    expect(r.code).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['base', 'comparison.csv', 'report.html', 'same']);
  });

  it('of the user, under the same names, are never deleted', async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    mkdirSync(out);
    writeFileSync(path.join(out, 'comparison.csv'), 'my,own,table\n');
    writeFileSync(path.join(out, 'report.html'), '<p>my report</p>\n');
    usersFolder(path.join(out, 'charts'));
    const r = await simulateIn(out, [v.files[0]]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `simulate: ${path.join(out, 'report.html')}: not written by simulate, so no report of the runs was written over it\n`,
    );
    expect(readFileSync(path.join(out, 'comparison.csv'), 'utf8')).toBe('my,own,table\n');
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('<p>my report</p>\n');
    expect(readdirSync(path.join(out, 'charts'))).toEqual(['mine.txt']);
  });
});

describe('nothing but its own run folders and report files', () => {
  it('is deleted or changed, whatever the calls into a folder of the user', async () => {
    const v = village();
    const out = path.join(v.dir, 'o');
    const theirs: Record<string, string> = {
      'notes.txt': 'a\n',
      '.hidden': 'b\n',
      'base/notes.txt': 'c\n',
      'base/seed-1.bak/metrics.csv': 'd\n',
      'base/.seed-1.tmp-x': 'e\n',
      'same/seed-9/mine.txt': 'f\n',
      'report.htm': 'g\n',
    };
    for (const [rel, text] of Object.entries(theirs)) {
      mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
      writeFileSync(path.join(out, rel), text);
    }
    const calls = [[...v.files, '--png'], v.files, [v.files[0], '--replicates', '2'], [...v.files, '--png', '--seed', '2'], [v.files[1]]];
    for (const args of calls) expect((await simulateIn(out, args)).code).toBe(0);
    for (const [rel, text] of Object.entries(theirs)) expect(readFileSync(path.join(out, rel), 'utf8')).toBe(text);
  });
});

describe('a run whose producer table fills', () => {
  // Entry at every chance (entry_rate 1) in a small village with room on its shelves.
  const scenario = (rows: number) =>
    `economy: 2\nhorizon_days: 200\npopulation: {households: 60, poor_households: 20, home_industries: 5}\nfinance: {entry_rows: ${rows}, entry_rate: 1}\n`;

  it('says so in a note and in its manifest; with rows to spare, neither', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'full.yaml'), `name: full\n${scenario(0)}`);
    writeFileSync(path.join(dir, 'room.yaml'), `name: room\n${scenario(50)}`);
    const full = await simulateIn(path.join(dir, 'o'), [path.join(dir, 'full.yaml')]);
    expect(full.code).toBe(0);
    const day = JSON.parse(readFileSync(path.join(dir, 'o/full/seed-1/manifest.json'), 'utf8')).producer_table_full_day;
    expect(day).toBeGreaterThanOrEqual(0);
    expect(full.stderr).toContain(
      `simulate: full seed 1: from day ${day} no row was left for a new home industry (finance.entry_rows = 0)`,
    );
    const room = await simulateIn(path.join(dir, 'o2'), [path.join(dir, 'room.yaml')]);
    expect(room.code).toBe(0);
    expect(room.stderr).not.toContain('no row was left');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'o2/room/seed-1/manifest.json'), 'utf8'));
    expect(manifest).not.toHaveProperty('producer_table_full_day');
    // With rows, households did start businesses: more ran at some period end than the 5 at the start.
    const rows = readFileSync(path.join(dir, 'o2/room/seed-1/metrics.csv'), 'utf8').trim().split('\n');
    const column = rows[0].split(',').indexOf('active_home_industries');
    expect(Math.max(...rows.slice(1).map((r) => Number(r.split(',')[column])))).toBeGreaterThan(5);
  }, 120_000);
});
