/** A run that fails is reported and the others are still written, with worker threads: spawns the built command. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, simulate, tempDir } from '../helpers/cli.js';

describe('failed runs', () => {
  it('exit 1, name the failed runs, and still write the others, whichever thread ran them', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'o'));
    // A file where the small scenario's run directories belong makes every one of its runs fail.
    writeFileSync(path.join(dir, 'o', 'small'), 'in the way\n');
    const periods = path.join(FIXTURES, 'small-periods.yaml');
    const r = simulate([path.join(FIXTURES, 'small.yaml'), periods, '--out', 'o', '--quiet', '--replicates', '2', '--jobs', '2'], dir);
    expect(r.code).toBe(1);
    const failed = r.stderr.split('\n').filter((l) => l.includes('failed:'));
    expect(failed.map((l) => l.slice(0, l.indexOf(':', 'simulate: '.length)))).toEqual([
      'simulate: small seed 1 failed',
      'simulate: small seed 2 failed',
    ]);
    expect(readFileSync(path.join(dir, 'o', 'small'), 'utf8')).toBe('in the way\n');
    for (const seed of [1, 2]) expect(existsSync(path.join(dir, 'o', 'small-periods', `seed-${seed}`, 'manifest.json'))).toBe(true);
  });
});
