/**
 * What in an output directory the command may replace or delete: only what it can recognise as its
 * own. A folder is its own when a manifest.json inside lists every other file in it (run folders
 * and charts/); report files by their first bytes; temporary and set-aside names by their pattern
 * and the process that made them. Anything else is left as it is, and a write that would replace it
 * is refused.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Whether a path holds nothing, something the command wrote, or something else. */
export type Ownership = 'absent' | 'own' | 'foreign';

/** The largest manifest.json read when judging a folder, bytes (a run's manifest is a few KB). */
const MANIFEST_LIMIT = 16 << 20;

function kindAt(p: string): 'absent' | 'file' | 'dir' | 'other' {
  try {
    const st = lstatSync(p);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A file where a parent folder belongs: nothing can be at this path, and writing there fails later.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'absent';
    throw err;
  }
}

/** The file names a manifest.json lists under `files` (name -> SHA-256); undefined when it is not such a manifest. */
export function manifestFileNames(manifest: string): string[] | undefined {
  if (kindAt(manifest) !== 'file' || lstatSync(manifest).size > MANIFEST_LIMIT) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return undefined;
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return undefined;
  const entries = Object.entries(files);
  return entries.every(([name, hash]) => typeof hash === 'string' && name !== 'manifest.json' && !name.includes('/'))
    ? entries.map(([n]) => n)
    : undefined;
}

/** A folder is the command's own when its manifest.json lists exactly the other files in it, all plain files. */
export function folderOwnership(dir: string): Ownership {
  const kind = kindAt(dir);
  if (kind === 'absent') return 'absent';
  if (kind !== 'dir') return 'foreign';
  const listed = manifestFileNames(path.join(dir, 'manifest.json'));
  if (listed === undefined) return 'foreign';
  const expected = new Set([...listed, 'manifest.json']);
  const present = readdirSync(dir);
  const exact = present.length === expected.size && present.every((n) => expected.has(n) && kindAt(path.join(dir, n)) === 'file');
  return exact ? 'own' : 'foreign';
}

/** The first bytes of a plain file, as text. */
function head(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** A file is the command's own when it is a plain file whose first bytes `looksOwn` recognises. */
export function fileOwnership(file: string, looksOwn: (head: string) => boolean): Ownership {
  const kind = kindAt(file);
  if (kind === 'absent') return 'absent';
  return kind === 'file' && looksOwn(head(file)) ? 'own' : 'foreign';
}

/** Temporary (`tmp`) and set-aside (`old`) names: `.<name>.<kind>-<pid>-<thread>-<count>`. */
const LEFTOVER = /^\.(.+)\.(tmp|old)-(\d+)-(\d+)(?:-(\d+))?$/;

/** Whether a file name is a temporary or set-aside name of the command's (readers skip these). */
export function isLeftoverName(name: string): boolean {
  return LEFTOVER.test(name);
}

/** Whether a process with this id is running (this one always is). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Deletes what interrupted writes of `target` left beside it (its temporary and set-aside names and
 * those of files that join it, `.<name>.<file>.tmp-...`) when the process that made them is gone,
 * or also this process's own when `includeOwn` (a stopped command, none of whose writes is under way).
 */
export function removeLeftovers(target: string, includeOwn = false): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (!m || (m[1] !== base && !m[1].startsWith(`${base}.`))) continue;
    const pid = Number(m[3]);
    if ((includeOwn && pid === process.pid) || !processAlive(pid)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}
