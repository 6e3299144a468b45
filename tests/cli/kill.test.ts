/**
 * A kill at any point of writing run folders. Only invariants are asserted, never times: kill points
 * come from the command announcing its steps (JEJARING_PAUSE_STEPS) and from delays spread over the
 * length of a run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BIN, TINY, verifies } from '../helpers/runFolders.js';

const SEEDS = [1, 2];
// --fresh: every call replaces the run folders (a rerun would otherwise reuse them; see resume.test.ts).
const RUN = ['tiny.yaml', '--out', 'o', '--quiet', '--jobs', '1', '--replicates', String(SEEDS.length), '--fresh'];

/**
 * After any kill: every folder under a final name `seed-N` is whole, and every seed still has a
 * whole copy, under its final name or set aside (`.seed-N.old-...`) by the write that was killed.
 */
function expectNoRunLost(scenarioDir: string): void {
  const names = readdirSync(scenarioDir);
  for (const n of names.filter((x) => /^seed-\d+$/.test(x))) expect(verifies(path.join(scenarioDir, n)), `${n} is whole`).toBe(true);
  for (const seed of SEEDS) {
    const copies = names.filter((n) => n === `seed-${seed}` || n.startsWith(`.seed-${seed}.old-`));
    expect(
      copies.some((n) => statSync(path.join(scenarioDir, n)).isDirectory() && verifies(path.join(scenarioDir, n))),
      `seed ${seed} has a whole copy`,
    ).toBe(true);
  }
}

/** Runs the command, killing it when it announces its `k`-th step; resolves with the step it was killed at, if it was. */
function killAtStep(cwd: string, k: number): Promise<{ killedAt?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...RUN], {
      cwd,
      env: { ...process.env, JEJARING_PAUSE_STEPS: '1' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    child.stdin.on('error', () => undefined);
    let steps = 0;
    let at = '';
    let pending = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (!line.startsWith('simulate: step ')) continue;
        steps++;
        if (steps === k) {
          child.kill('SIGKILL');
          at = line.split(' ')[2];
        } else child.stdin.write('\n');
      }
    });
    child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL' ? { killedAt: at } : {}));
  });
}

/** Runs the command and kills it after `ms` milliseconds, if it is still running. */
function killAfter(cwd: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...RUN], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a kill while run folders are replaced', () => {
  it('never leaves a broken folder under a final name nor loses a run, and a rerun completes', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
    const started = Date.now();
    expect(spawnSync(process.execPath, [BIN, ...RUN], { cwd }).status).toBe(0);
    const runMs = Date.now() - started;
    const scenarioDir = path.join(cwd, 'o', 'tiny');
    expectNoRunLost(scenarioDir);

    // A kill at each step the command announces, each from a tree with every run under its final name.
    const killedAt: string[] = [];
    for (let k = 1; ; k++) {
      const finals = readdirSync(scenarioDir).filter((n) => /^seed-\d+$/.test(n));
      if (finals.length < SEEDS.length) expect(spawnSync(process.execPath, [BIN, ...RUN], { cwd }).status).toBe(0);
      const r = await killAtStep(cwd, k);
      expectNoRunLost(scenarioDir);
      if (r.killedAt === undefined) break;
      killedAt.push(r.killedAt);
    }
    // Three steps a folder, and a kill at each: filled, set aside (between the renames), renamed in;
    // then the run report, written beside and renamed in.
    expect(killedAt).toEqual([...SEEDS.flatMap(() => ['filled', 'set-aside', 'renamed']), 'written']);

    // Kills at delays spread over the length of a run (a fixed low-discrepancy sequence), each call
    // starting from what the last one left.
    for (let i = 1; i <= 6; i++) {
      await killAfter(cwd, Math.round(runMs * ((i * 0.618034) % 1)));
      expectNoRunLost(scenarioDir);
    }

    const rerun = spawnSync(process.execPath, [BIN, ...RUN], { cwd, encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    expect(readdirSync(scenarioDir).sort()).toEqual(SEEDS.map((s) => `seed-${s}`));
    expect(readdirSync(path.join(cwd, 'o')).sort()).toEqual(['report.html', 'tiny']);
    for (const s of SEEDS) expect(verifies(path.join(scenarioDir, `seed-${s}`))).toBe(true);
  });
});
