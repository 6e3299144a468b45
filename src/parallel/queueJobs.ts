/**
 * What the submitting command and `simulate worker` agree on: a job's data and result, its id,
 * the queue's default name, the Redis connection, the stall settings, and how a result becomes a
 * run folder. A job's result carries the run's files as text; the submitting command checks each
 * against the SHA-256 the run's manifest records and writes the folder itself, with the same
 * atomic write a local run uses, so the tree is the same whichever worker ran the job.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RedisOptions } from 'bullmq';
import { sha256, writeDirectoryAtomic } from '../output/atomic.js';
import { runDirectory, scenarioHash } from '../output/runFiles.js';
import type { Scenario } from '../scenario/schema.js';
import type { CollectedTables, RunTask } from './task.js';

/** Redis set of the queue names with calls waiting on them; a worker without --queue-name serves these. */
export const QUEUE_REGISTRY = 'jejaring:queues';

/** A job: one run. */
export interface JobData {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly collect?: 'metrics' | 'all';
  readonly write: boolean;
}

/** A finished job: the run folder's files by name (text), the notes on the run, and its tables when asked for. */
export interface JobResult {
  readonly files: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  readonly tables?: CollectedTables;
}

/** The job's data for a task. */
export function jobData(task: RunTask): JobData {
  return { scenario: task.scenario, seed: task.seed, write: task.write !== false, ...(task.collect ? { collect: task.collect } : {}) };
}

/** A job id that depends only on what the run is (resolved scenario, seed, what it returns), so adding it again is a no-op. */
export function jobId(task: RunTask): string {
  const what = `${task.collect ?? 'files'}${task.write === false ? '-nowrite' : ''}`;
  return `run-${scenarioHash(task.scenario).slice(0, 32)}-${task.seed}-${what}`;
}

/** The default queue name of a call: from the hash of its job ids, so two calls that differ do not share a queue. */
export function defaultQueueName(ids: readonly string[]): string {
  return `jejaring-${sha256(ids.join('\n')).slice(0, 16)}`;
}

/** Connection options for BullMQ from `redis://[USER:PASSWORD@]HOST:PORT[/DB]`; commands wait through reconnections. */
export function connectionOptions(address: string): RedisOptions {
  const url = new URL(address);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: url.port === '' ? 6379 : Number(url.port),
    db,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/**
 * How long a worker's lock on a job lasts without renewal, ms: a worker that dies loses its job to
 * another after about this long (BullMQ's stall detection runs at the same interval).
 * JEJARING_QUEUE_LOCK_MS changes it (tests use a short one); default 30 s, BullMQ's.
 */
export function lockMs(): number {
  const ms = Number(process.env.JEJARING_QUEUE_LOCK_MS);
  return Number.isInteger(ms) && ms >= 200 ? ms : 30_000;
}

/** Checks a job's files against the manifest among them; returns a problem, or undefined when they agree. */
export function checkJobFiles(files: Readonly<Record<string, string>>): string | undefined {
  const manifest = files['manifest.json'];
  if (manifest === undefined) return 'the job returned no manifest.json';
  const listed = (JSON.parse(manifest) as { files?: Record<string, string> }).files ?? {};
  const names = Object.keys(files).filter((n) => n !== 'manifest.json');
  if (names.sort().join('\n') !== Object.keys(listed).sort().join('\n')) return 'the job returned other files than its manifest lists';
  const bad = names.find((n) => n.includes('/') || sha256(files[n]) !== listed[n]);
  return bad === undefined ? undefined : `the job's ${bad} does not have the SHA-256 its manifest records`;
}

/** Writes a job's files as the task's run folder (atomically, as a local run does); returns the folder. */
export async function writeJobFiles(task: RunTask, files: Readonly<Record<string, string>>): Promise<string> {
  const problem = checkJobFiles(files);
  if (problem !== undefined) throw new Error(problem);
  const dir = runDirectory(task.outDir, task.scenario.name, task.seed);
  await writeDirectoryAtomic(dir, async (tmp) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(tmp, name), content);
  });
  return dir;
}
