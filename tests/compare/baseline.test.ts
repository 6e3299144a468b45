import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBaselines } from '../../src/compare/baseline.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate, tempDir } from '../helpers/cli.js';

const TINY = 'horizon_days: 20\npopulation: {households: 50, poor_households: 10}\n';

/** Writes scenario files into a fresh directory and returns their paths by name. */
function files(texts: Record<string, string>): Record<string, string> {
  const dir = tempDir();
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) {
    out[name] = path.join(dir, `${name}.yaml`);
    writeFileSync(out[name], text);
  }
  return out;
}

const plan = (paths: string[]) => planBaselines(paths.map((p) => loadScenario(p)));

describe('baselines', () => {
  const f = files({
    base: TINY,
    market: 'extends: base.yaml\nname: market\n',
    digital: 'extends: market.yaml\nname: digital\n',
    both: 'extends: base.yaml\nname: both\nbaseline: market\n',
  });

  it('is the scenario a file extends, when that runs in the same call', () => {
    expect(plan([f.base, f.market]).pairs).toEqual([{ scenario: 'market', baseline: 'base' }]);
  });

  it('is the nearest base of the extends chain among the scenarios run', () => {
    expect(plan([f.base, f.digital]).pairs).toEqual([{ scenario: 'digital', baseline: 'base' }]);
    expect(plan([f.digital, f.market, f.base]).pairs).toEqual([
      { scenario: 'digital', baseline: 'market' },
      { scenario: 'market', baseline: 'base' },
    ]);
  });

  it('is the scenario the baseline field names, over the one extended', () => {
    expect(plan([f.base, f.market, f.both]).pairs).toEqual([
      { scenario: 'market', baseline: 'base' },
      { scenario: 'both', baseline: 'market' },
    ]);
  });

  it('is missing when no base runs in the call: such a scenario is not compared', () => {
    const p = plan([f.market]);
    expect([p.pairs, p.problems]).toEqual([[], []]);
  });

  it('notes, without failing, a baseline that is not run in the call: the scenario runs uncompared', () => {
    const p = plan([f.base, f.both]);
    expect(p.problems).toEqual([]);
    expect(p.pairs).toEqual([]);
    expect(p.notes).toEqual(['simulate: both: its baseline "market" is not run in this call; it is run without a comparison']);
  });

  it('is missing, with a note, when the extended scenario holds another population; a baseline field still pairs them', () => {
    const g = files({
      base: TINY,
      region: 'extends: base.yaml\nname: region\npopulation: {villages: 3}\n',
      named: 'extends: base.yaml\nname: named\nbaseline: base\npopulation: {villages: 3}\n',
    });
    const p = plan([g.base, g.region, g.named]);
    expect(p.pairs).toEqual([{ scenario: 'named', baseline: 'base' }]);
    expect(p.notes).toEqual([
      'simulate: region: it extends "base" but holds 3 villages of 50 households against 1 village of 50 households, so it is run without a comparison; set `baseline:` to compare the two anyway',
    ]);
  });

  it('rejects a scenario named as its own baseline', () => {
    const g = files({ self: `${TINY}name: self\nbaseline: self\n`, other: TINY });
    expect(plan([g.self, g.other]).problems[0].message).toBe('expected the name of another scenario, got this scenario\'s own name "self"');
  });

  it('a baseline naming the scenario itself is bad input: one line, exit 2, nothing written for it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), TINY);
    writeFileSync(path.join(dir, 'b.yaml'), `${TINY}name: b\nbaseline: b\n`);
    const r = simulate(['--out', 'o', '--quiet', 'a.yaml', 'b.yaml'], dir);
    expect(r.stderr).toBe('b.yaml:4:11: baseline: expected the name of another scenario, got this scenario\'s own name "b"\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${path.join('o', 'a', 'seed-1')}\n${path.join('o', 'report.html')}\n`);
    expect(existsSync(path.join(dir, 'o/b'))).toBe(false);
    expect(existsSync(path.join(dir, 'o/comparison.csv'))).toBe(false);
    expect(readFileSync(path.join(dir, 'o/report.html'), 'utf8')).toContain('<title>jejaring: run report</title>');
  });

  it('a baseline not run in the call is a note on stderr; the scenario still runs and exits 0', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'b.yaml'), `${TINY}baseline: nothere\n`);
    const r = simulate(['--out', 'o', 'b.yaml'], dir);
    expect(r.stderr).toContain('simulate: b: its baseline "nothere" is not run in this call; it is run without a comparison\n');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'o/b/seed-1/metrics.csv'))).toBe(true);
  });
});
