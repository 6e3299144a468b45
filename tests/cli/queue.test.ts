/**
 * `simulate --queue` with `simulate worker` processes on a real redis-server (tests/helpers/redis.ts):
 * the tree is the one a local `--jobs 1` run writes whichever worker ran a job; a worker killed
 * mid-job loses its job to another after stall detection; a job that fails for a model reason is
 * reported once and not retried. Kill points come from the step seam, never from timing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readTree, tempDir } from '../helpers/cli.js';
import { type RedisServer, startRedis } from '../helpers/redis.js';
import { BIN, TINY } from '../helpers/runFolders.js';
import { type Spawned, spawnSimulate, startedJobs, stopProcess } from '../helpers/workers.js';

const SEEDS = 3;
const RUN = ['tiny.yaml', '--replicates', String(SEEDS)];
// Short locks, so a dead worker's job is taken by another within seconds.
const FAST_STALL = { JEJARING_QUEUE_LOCK_MS: '1000' };

let redis: RedisServer;
let cwd: string;
const started: Spawned[] = [];

function launch(args: readonly string[], env: NodeJS.ProcessEnv = {}): Spawned {
  const p = spawnSimulate(cwd, args, env);
  started.push(p);
  return p;
}

beforeAll(async () => {
  redis = await startRedis();
  cwd = tempDir();
  writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
  expect(spawnSync(process.execPath, [BIN, ...RUN, '--out', 'local', '--jobs', '1', '--quiet'], { cwd }).status).toBe(0);
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => stopProcess(p)));
});
afterAll(async () => {
  await redis?.stop();
});

// Several processes per test on a busy two-core machine: a generous limit (no test asserts on time).
describe('simulate --queue', { timeout: 300_000 }, () => {
  it('writes, through two workers, the tree a local --jobs 1 run writes', async () => {
    const workers = [launch(['worker', '--queue', redis.url, '--jobs', '1']), launch(['worker', '--queue', redis.url, '--jobs', '1'])];
    const r = await launch([...RUN, '--out', 'two', '--queue', redis.url]).done;
    expect(r.code).toBe(0);
    expect(readTree(path.join(cwd, 'two'))).toEqual(readTree(path.join(cwd, 'local')));
    // Every run was a job, and no job ran twice.
    const jobs = workers.flatMap(startedJobs);
    expect(new Set(jobs).size).toBe(SEEDS);
    expect(jobs.length).toBe(SEEDS);
  });

  it('a worker killed mid-job: another takes its job after stall detection, and the tree is whole', async () => {
    const name = 'stall-test';
    const submit = launch([...RUN, '--out', 'stall', '--queue', redis.url, '--queue-name', name]);
    // This worker's thread stops at its first write step (nobody answers), then the worker is killed.
    const doomed = launch(['worker', '--queue', redis.url, '--queue-name', name, '--jobs', '1'], {
      ...FAST_STALL,
      JEJARING_PAUSE_STEPS: '1',
    });
    await doomed.waitFor(/^simulate: step filled /);
    const lost = startedJobs(doomed);
    expect(lost.length).toBe(1);
    doomed.child.kill('SIGKILL');
    await doomed.done;
    const rescuer = launch(['worker', '--queue', redis.url, '--queue-name', name, '--jobs', '2'], FAST_STALL);
    const r = await submit.done;
    expect(r.code).toBe(0);
    expect(startedJobs(rescuer)).toContain(lost[0]);
    expect(readTree(path.join(cwd, 'stall'))).toEqual(readTree(path.join(cwd, 'local')));
  });

  it('a run that fails for a model reason is reported once and not retried; the others are written', async () => {
    const name = 'fail-test';
    const worker = launch(['worker', '--queue', redis.url, '--queue-name', name, '--jobs', '2'], { JEJARING_FAIL_SEEDS: '2' });
    const submit = launch([...RUN, '--out', 'failing', '--queue', redis.url, '--queue-name', name]);
    const r = await submit.done;
    expect(r.code).toBe(1);
    const failures = submit.lines.filter((l) => l.includes('failed:'));
    expect(failures).toEqual(['simulate: tiny seed 2 failed: seed 2 is set to fail (JEJARING_FAIL_SEEDS)']);
    expect(worker.lines.filter((l) => /started \(seed 2,/.test(l)).length).toBe(1);
    const tree = readTree(path.join(cwd, 'failing'));
    const local = readTree(path.join(cwd, 'local'));
    for (const seed of [1, 3]) {
      for (const [file, content] of local) if (file.startsWith(`tiny/seed-${seed}/`)) expect(tree.get(file)).toBe(content);
    }
    expect([...tree.keys()].some((f) => f.startsWith('tiny/seed-2/'))).toBe(false);
  });

  it('a 64-run experiment through two workers writes, byte for byte, the tree a local --jobs 1 experiment writes', async () => {
    const plan = path.join(FIXTURES, 'experiment/queue-64.yaml');
    expect(spawnSync(process.execPath, [BIN, 'experiment', plan, '--out', 'exp-local', '--jobs', '1', '--quiet'], { cwd }).status).toBe(0);
    const workers = [launch(['worker', '--queue', redis.url, '--jobs', '1']), launch(['worker', '--queue', redis.url, '--jobs', '1'])];
    const r = await launch(['experiment', plan, '--out', 'exp-queue', '--queue', redis.url, '--quiet']).done;
    expect(r.code).toBe(0);
    const local = path.join(cwd, 'exp-local');
    const queued = path.join(cwd, 'exp-queue');
    const files = [...readTree(local).keys()];
    expect([...readTree(queued).keys()]).toEqual(files);
    expect(files).toContain('table.parquet');
    for (const file of files) expect(readFileSync(path.join(queued, file)), file).toEqual(readFileSync(path.join(local, file)));
    // 16 Morris points, baseline and one programme, two seeds: each run one job, none twice.
    const jobs = workers.flatMap(startedJobs);
    expect(jobs.length).toBe(64);
    expect(new Set(jobs).size).toBe(64);
  });
});
