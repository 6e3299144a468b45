/**
 * dispatchTasks, the entry point experiments call: the same outcomes locally and through a queue on
 * a real redis-server with a worker process (bin/simulate.js worker); a stop while jobs wait; a job's files
 * checked against its manifest before they are written.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchTasks } from '../../src/parallel/dispatch.js';
import { checkJobFiles } from '../../src/parallel/queueJobs.js';
import type { RunTask } from '../../src/parallel/task.js';
import { sha256 } from '../../src/output/atomic.js';
import { loadScenario } from '../../src/scenario/load.js';
import { tempDir } from '../helpers/cli.js';
import { type RedisServer, startRedis } from '../helpers/redis.js';
import { TINY } from '../helpers/runFolders.js';
import { spawnSimulate, stopProcess } from '../helpers/workers.js';

let redis: RedisServer;
let tasks: RunTask[];

beforeAll(async () => {
  redis = await startRedis();
  const dir = tempDir();
  writeFileSync(path.join(dir, 'tiny.yaml'), TINY);
  const { scenario } = loadScenario(path.join(dir, 'tiny.yaml'));
  tasks = [1, 2].map((seed, index) => ({ index, scenario, seed, outDir: path.join(dir, 'o'), collect: 'metrics', write: false }));
});
afterAll(async () => {
  await redis?.stop();
});

/** Resolves once a call has registered its queue with Redis (its jobs are then queued). */
async function registered(url: string): Promise<void> {
  const client = new Redis(url);
  try {
    while ((await client.scard('jejaring:queues')) === 0) await new Promise((r) => setTimeout(r, 100));
  } finally {
    client.disconnect();
  }
}

describe('dispatchTasks', { timeout: 300_000 }, () => {
  it('stops while its jobs wait, then a call with a worker returns the tables a local call returns', async () => {
    const stop = new AbortController();
    const waiting = dispatchTasks(tasks, { jobs: 1, queue: redis.url, stop: stop.signal });
    await registered(redis.url);
    stop.abort();
    expect((await waiting).map((o) => !o.ok && o.stopped)).toEqual([true, true]);

    const local = await dispatchTasks(tasks, { jobs: 1 });
    const worker = spawnSimulate(tempDir(), ['worker', '--queue', redis.url, '--jobs', '1']);
    try {
      const queued = await dispatchTasks(tasks, { jobs: 1, queue: redis.url });
      expect(queued.map((o) => o.ok && o.tables?.metrics.rows.length)).toEqual(local.map((o) => o.ok && o.tables?.metrics.rows.length));
      expect(queued.map((o) => o.ok && o.tables)).toEqual(local.map((o) => o.ok && o.tables));
    } finally {
      await stopProcess(worker);
    }
  });

  it("refuses a job's files that do not match its manifest", () => {
    const files = { 'metrics.csv': 'a\n1\n', 'manifest.json': JSON.stringify({ files: { 'metrics.csv': sha256('a\n1\n') } }) };
    expect(checkJobFiles(files)).toBeUndefined();
    expect(checkJobFiles({ ...files, 'metrics.csv': 'a\n2\n' })).toBe(
      "the job's metrics.csv does not have the SHA-256 its manifest records",
    );
    expect(checkJobFiles({ ...files, 'extra.csv': '' })).toBe('the job returned other files than its manifest lists');
    expect(checkJobFiles({ 'metrics.csv': '' })).toBe('the job returned no manifest.json');
  });
});
