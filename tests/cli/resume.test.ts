/**
 * Resuming: a rerun takes the runs an earlier call wrote whole, redoes the rest and removes what a
 * killed call left; SIGINT and SIGTERM stop a call cleanly. Kill points come from the command
 * announcing its write steps (JEJARING_PAUSE_STEPS), never from timing.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir } from '../helpers/cli.js';
import { BIN, TINY, verifies } from '../helpers/runFolders.js';
import { runWithSteps } from '../helpers/steps.js';

const RUN = ['tiny.yaml', '--out', 'o', '--jobs', '1', '--replicates', '3'];

function setUp(): { cwd: string; dir: string } {
  const cwd = tempDir();
  writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
  return { cwd, dir: path.join(cwd, 'o', 'tiny') };
}

function run(cwd: string, extra: readonly string[] = []) {
  return spawnSync(process.execPath, [BIN, ...RUN, ...extra], { cwd, encoding: 'utf8' });
}

/** The seed folder a step line names. */
const seedOf = (line: string) => path.basename(line.split(' ').slice(3).join(' '));

describe('a rerun of the same command', () => {
  it('reuses the runs a killed call finished, redoes the rest and removes its temporary folders', async () => {
    const { cwd, dir } = setUp();
    // Killed once the second run's folder is filled under its temporary name.
    const killed = await runWithSteps(cwd, RUN, (_line, k) => (k === 3 ? 'SIGKILL' : 'continue'));
    expect(killed.signal).toBe('SIGKILL');
    const first = seedOf(killed.steps[0]);
    expect(readdirSync(dir).filter((n) => n.startsWith('.')).length).toBeGreaterThan(0);
    const before = statSync(path.join(dir, first, 'metrics.csv')).mtimeMs;

    const rerun = run(cwd);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain('simulate: 1 of 3 runs reused from o');
    expect(rerun.stderr).toMatch(/removed [1-9]\d* temporary names an interrupted call left/);
    expect(readdirSync(dir).sort()).toEqual(['seed-1', 'seed-2', 'seed-3']);
    for (const s of [1, 2, 3]) expect(verifies(path.join(dir, `seed-${s}`))).toBe(true);
    // The finished run was not written again.
    expect(statSync(path.join(dir, first, 'metrics.csv')).mtimeMs).toBe(before);
    // And the tree is the one a call from scratch writes.
    const fresh = setUp();
    expect(run(fresh.cwd).status).toBe(0);
    expect(readTree(path.join(cwd, 'o'))).toEqual(readTree(path.join(fresh.cwd, 'o')));
  });

  it('redoes a run whose file no longer has its recorded hash, or whose scenario changed', () => {
    const { cwd, dir } = setUp();
    expect(run(cwd).status).toBe(0);
    appendFileSync(path.join(dir, 'seed-2', 'metrics.csv'), '0\n');
    const again = run(cwd);
    expect(again.stderr).toContain('simulate: 2 of 3 runs reused');
    expect(verifies(path.join(dir, 'seed-2'))).toBe(true);
    writeFileSync(path.join(cwd, 'tiny.yaml'), TINY.replace('horizon_days: 15', 'horizon_days: 16'));
    const changed = run(cwd);
    expect(changed.status).toBe(0);
    expect(changed.stderr).not.toContain('reused');
    expect(run(cwd, ['--fresh']).stderr).not.toContain('reused');
  });

  it('puts back a whole run a killed call had set aside, and reuses it', async () => {
    const { cwd, dir } = setUp();
    expect(run(cwd).status).toBe(0);
    const killed = await runWithSteps(cwd, [...RUN, '--fresh'], (line) =>
      line.startsWith('simulate: step set-aside') ? 'SIGKILL' : 'continue',
    );
    const aside = seedOf(killed.steps.at(-1) ?? '');
    expect(existsSync(path.join(dir, aside))).toBe(false);
    const rerun = run(cwd);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain('simulate: 3 of 3 runs reused');
    expect(readdirSync(dir).sort()).toEqual(['seed-1', 'seed-2', 'seed-3']);
  });
});

describe('a signal', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal} stops the call cleanly, says what finished, exits ${code}; a rerun does the rest`, async () => {
      const { cwd, dir } = setUp();
      // Sent while the second run's folder is filled: that run still goes in whole, the third never starts.
      const r = await runWithSteps(cwd, RUN, (_line, k) => (k === 3 ? signal : 'continue'));
      expect(r.code).toBe(code);
      const finished = [seedOf(r.steps[0]), seedOf(r.steps[2])].sort();
      expect(r.stderr).toContain(`simulate: stopped by ${signal}: 2 of 3 runs finished and written`);
      expect(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => path.basename(l))
          .sort(),
      ).toEqual(finished);
      expect(readdirSync(dir).sort()).toEqual(finished);
      for (const s of finished) expect(verifies(path.join(dir, s))).toBe(true);
      expect(existsSync(path.join(cwd, 'o', 'report.html'))).toBe(false);
      const rerun = run(cwd);
      expect(rerun.status).toBe(0);
      expect(rerun.stderr).toContain('simulate: 2 of 3 runs reused');
      expect(readdirSync(dir).sort()).toEqual(['seed-1', 'seed-2', 'seed-3']);
    });
  }
});
