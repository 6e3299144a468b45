/**
 * Writes that never leave a half-written file under its final name: content goes to a temporary
 * name in the same directory and is renamed into place (rename is atomic within a file system).
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** A temporary sibling of `target`, unique to this process and thread. */
export function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${threadId}`);
}

/** Writes `content` to `target` through a temporary file. */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = temporaryName(target);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Fills a directory through a temporary one, then puts it in place of `target` (replacing an
 * earlier run's directory, so no stale file from it survives).
 */
export async function writeDirectoryAtomic(target: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const tmp = temporaryName(target);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await fill(tmp);
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
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
