/**
 * Resuming a call: a run whose folder an earlier call wrote is taken as it is when its manifest
 * names the same resolved scenario (by hash), seed and version, and every file it lists is there
 * with the SHA-256 recorded. What an interrupted call left beside a run folder is tidied first: a
 * whole copy it had set aside is put back when the final name is empty, and its temporary names
 * are deleted once the process that made them is gone.
 */
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { sha256File } from '../output/atomic.js';
import { folderOwnership, isLeftoverName, processAlive, removeLeftovers } from '../output/owned.js';
import { runDirectory, scenarioHash } from '../output/runFiles.js';
import { VERSION } from '../version.js';
import { type InterventionNoteInput, runNotes } from './notes.js';
import type { RunOutcome, RunTask } from './task.js';

/** The fields of a run's manifest.json that resuming checks. */
interface Manifest {
  readonly jejaring_version?: unknown;
  readonly scenario_sha256?: unknown;
  readonly seed?: unknown;
  readonly files?: Record<string, unknown>;
  readonly interventions?: readonly InterventionNoteInput[];
  readonly producer_table_full_day?: unknown;
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds a whole run folder whose every listed file has the SHA-256 its manifest records. */
export async function folderVerifies(dir: string): Promise<boolean> {
  if (folderOwnership(dir) !== 'own') return false;
  const files = readManifest(dir)?.files ?? {};
  for (const [name, hash] of Object.entries(files)) {
    if ((await sha256File(path.join(dir, name))) !== hash) return false;
  }
  return true;
}

/** The manifest of the task's run folder when the folder holds this very run, whole; else undefined. */
export async function verifiedRun(task: RunTask): Promise<Manifest | undefined> {
  const dir = runDirectory(task.outDir, task.scenario.name, task.seed);
  const m = readManifest(dir);
  if (!m || m.jejaring_version !== VERSION || m.seed !== task.seed || m.scenario_sha256 !== scenarioHash(task.scenario)) return undefined;
  return (await folderVerifies(dir)) ? m : undefined;
}

/**
 * Tidies what interrupted writes left beside a run folder: when the final name is empty, a whole
 * set-aside copy is put back; then temporary and set-aside names are deleted, those of this process
 * too when `includeOwn` (only once none of its writes is under way). Returns how many names were removed.
 */
export async function tidyRunFolder(dir: string, includeOwn = false): Promise<number> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return 0;
  }
  const ours = names.filter((n) => isLeftoverName(n) && n.startsWith(`.${base}.`));
  if (folderOwnership(dir) === 'absent') {
    // Only a copy whose writer is gone: a running writer puts its own copy back if its rename fails.
    const pidOf = (n: string) => Number(/\.old-(\d+)-/.exec(n)?.[1]);
    const gone = (n: string) => (includeOwn && pidOf(n) === process.pid) || !processAlive(pidOf(n));
    for (const n of ours.filter((x) => x.startsWith(`.${base}.old-`) && gone(x))) {
      if (await folderVerifies(path.join(parent, n))) {
        renameSync(path.join(parent, n), dir);
        break;
      }
    }
  }
  removeLeftovers(dir, includeOwn);
  const left = new Set(readdirSync(parent));
  return ours.filter((n) => !left.has(n)).length;
}

/** Splits the tasks into those whose runs an earlier call already wrote (as outcomes) and those still to run. */
export async function findReusable(tasks: readonly RunTask[]): Promise<{ reused: RunOutcome[]; todo: RunTask[]; tidied: number }> {
  const reused: RunOutcome[] = [];
  const todo: RunTask[] = [];
  let tidied = 0;
  for (const task of tasks) {
    // Runs read in memory, or not written, are never taken from disk.
    if (task.write === false || task.collect !== undefined) {
      todo.push(task);
      continue;
    }
    const dir = runDirectory(task.outDir, task.scenario.name, task.seed);
    tidied += await tidyRunFolder(dir);
    const m = await verifiedRun(task);
    if (m) {
      const full = typeof m.producer_table_full_day === 'number' ? m.producer_table_full_day : undefined;
      const notes = runNotes(task.scenario, task.seed, m.interventions ?? [], full);
      reused.push({ index: task.index, ok: true, dir, notes, reused: true });
    } else todo.push(task);
  }
  return { reused, todo, tidied };
}
