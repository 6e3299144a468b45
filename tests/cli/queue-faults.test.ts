/**
 * Faults around the queue, on real redis-servers (tests/helpers/redis.ts): the submitting command
 * killed and started again picks up the finished jobs, runs no job twice and writes no run twice;
 * Redis killed and restarted with its append-only file loses no job. Kill points come from the
 * submitting command announcing its write steps (JEJARING_PAUSE_STEPS), never from timing.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree, tempDir } from '../helpers/cli.js';
import { type RedisServer, startRedis } from '../helpers/redis.js';
import { BIN, TINY } from '../helpers/runFolders.js';
import { runWithSteps } from '../helpers/steps.js';
import { type Spawned, spawnSimulate, startedJobs, stopProcess } from '../helpers/workers.js';

const SEEDS = 4;
const RUN = ['tiny.yaml', '--replicates', String(SEEDS), '--out', 'q'];

const servers: RedisServer[] = [];
const started: Spawned[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => stopProcess(p)));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function setUp(appendonly: boolean): Promise<{ cwd: string; redis: RedisServer }> {
  const redis = await startRedis({ appendonly });
  servers.push(redis);
  const cwd = tempDir();
  writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
  expect(spawnSync(process.execPath, [BIN, ...RUN.slice(0, -1), 'local', '--jobs', '1', '--quiet'], { cwd }).status).toBe(0);
  return { cwd, redis };
}

// Several processes per test on a busy two-core machine: a generous limit (no test asserts on time).
describe('faults around the queue', { timeout: 300_000 }, () => {
  it('the submitting command killed and restarted: finished jobs picked up, no job run twice, no run written twice', async () => {
    const { cwd, redis } = await setUp(false);
    const worker = spawnSimulate(cwd, ['worker', '--queue', redis.url, '--jobs', '2']);
    started.push(worker);
    const args = [...RUN, '--queue', redis.url];
    // Killed while its second run's folder is filled under a temporary name: one run is in the tree.
    const first = await runWithSteps(cwd, args, (_l, k) => (k === 3 ? 'SIGKILL' : 'continue'));
    expect(first.signal).toBe('SIGKILL');
    const second = await runWithSteps(cwd, args, () => 'continue');
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`simulate: 1 of ${SEEDS} runs reused`);
    // Each remaining run went in once, onto an empty name: nothing was set aside to be replaced.
    expect(second.steps.filter((s) => s.startsWith('simulate: step renamed')).length).toBe(SEEDS - 1);
    expect(second.steps.some((s) => s.startsWith('simulate: step set-aside'))).toBe(false);
    const jobs = startedJobs(worker);
    expect(jobs.length).toBe(SEEDS);
    expect(new Set(jobs).size).toBe(SEEDS);
    expect(readTree(path.join(cwd, 'q'))).toEqual(readTree(path.join(cwd, 'local')));
  });

  it('Redis killed and restarted with its append-only file: the call completes with the same tree', async () => {
    const { cwd, redis } = await setUp(true);
    const worker = spawnSimulate(cwd, ['worker', '--queue', redis.url, '--jobs', '1']);
    started.push(worker);
    const name = 'restart-test';
    let queued: string[] = [];
    // At the first run folder the call writes, Redis dies and is started again while the call waits
    // at that step; what the call registered must have come back from the append-only file.
    const r = await runWithSteps(cwd, [...RUN, '--queue', redis.url, '--queue-name', name], async (_l, k) => {
      if (k === 1) {
        await restart(redis);
        queued = await members(redis.url);
      }
      return 'continue' as const;
    });
    expect(queued).toContain(name);
    expect(r.code).toBe(0);
    expect(readTree(path.join(cwd, 'q'))).toEqual(readTree(path.join(cwd, 'local')));
  });

  it('a worker whose Redis is gone still stops on SIGTERM, with exit code 143', async () => {
    const redis = await startRedis();
    servers.push(redis);
    const worker = spawnSimulate(tempDir(), ['worker', '--queue', redis.url, '--jobs', '1']);
    started.push(worker);
    await worker.waitFor(/waiting for jobs/);
    await redis.kill();
    worker.child.kill('SIGTERM');
    expect((await worker.done).code).toBe(143);
  });
});

async function restart(redis: RedisServer): Promise<void> {
  await redis.kill();
  await redis.start();
}

/** The queues a call is waiting on, as the restarted Redis read them back from its append-only file. */
async function members(url: string): Promise<string[]> {
  const client = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    return await client.smembers('jejaring:queues');
  } finally {
    client.disconnect();
  }
}
