/**
 * Writes that never leave a half-written file or folder under its final name: content goes to a
 * temporary name beside the target and is renamed into place (rename is atomic within a file
 * system). A folder being replaced is first renamed aside, so at every instant the final name holds
 * either the old folder or the new one, whole; the old one is deleted only after the new one is in.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { folderOwnership, removeLeftovers } from './owned.js';

let made = 0;

/** A temporary (`tmp`) or set-aside (`old`) sibling of `target`, unique to this process, thread and call. */
export function temporaryName(target: string, kind: 'tmp' | 'old' = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${process.pid}-${threadId}-${made++}`);
}

/**
 * A test seam: with JEJARING_PAUSE_STEPS=1 each step of a replacement is announced on stderr
 * (`simulate: step <name> <target>`) and waits for a byte on stdin, so a test can kill the process
 * at exactly that point. Off, it costs one lookup.
 */
function step(name: string, target: string): void {
  if (process.env.JEJARING_PAUSE_STEPS !== '1') return;
  writeSync(2, `simulate: step ${name} ${target}\n`);
  readSync(0, Buffer.alloc(1), 0, 1, null);
}

/** Writes `content` to `target` through a temporary file. */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = temporaryName(target);
  try {
    writeFileSync(tmp, content);
    step('written', target);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  removeLeftovers(target);
}

/**
 * Fills a folder under a temporary name, then puts it in place of `target`. An earlier folder there
 * is replaced only when it is the command's own (see owned.ts), so no stale file from it survives;
 * anything else at `target` is left as it is and the write fails.
 */
export async function writeDirectoryAtomic(target: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const tmp = temporaryName(target);
  mkdirSync(tmp, { recursive: true });
  try {
    await fill(tmp);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  step('filled', target);
  const before = folderOwnership(target);
  if (before === 'foreign') {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`${target} exists and was not written by simulate; it is left as it is`);
  }
  const old = before === 'own' ? temporaryName(target, 'old') : undefined;
  if (old !== undefined) {
    renameSync(target, old);
    step('set-aside', target);
  }
  try {
    renameSync(tmp, target);
  } catch (err) {
    if (old !== undefined) renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  step('renamed', target);
  if (old !== undefined) rmSync(old, { recursive: true, force: true });
  // Only now: until the new folder is in, a copy set aside by a killed call may be the only whole one.
  removeLeftovers(target);
}

/** SHA-256 of a file, hex, read as a stream so large files are not held in memory. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** SHA-256 of a string or bytes, hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
