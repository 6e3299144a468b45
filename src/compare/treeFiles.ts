/**
 * Reading an output tree for `simulate compare`: which files it has, their bytes, and whether the
 * files a manifest lists are still the files it was written with. Whatever keeps a tree from being
 * read as it is becomes a TreeInputError, one line naming the path.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../output/atomic.js';
import { isLeftoverName, manifestFileNames } from '../output/owned.js';

/** A tree that cannot be compared as it is: a path and what was wrong with it, as one line. */
export class TreeInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TreeInputError';
  }
}

function fsProblem(p: string, err: unknown): TreeInputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new TreeInputError(`${p}: expected a file or a folder, got a symbolic link to nothing`);
  if (code === 'ELOOP') return new TreeInputError(`${p}: expected a file or a folder, got a loop of symbolic links`);
  const reason = err instanceof Error ? err.message.replace(/, \w+ '.*'$/, '') : String(err);
  return new TreeInputError(`${p}: expected a readable file or folder, got an error: ${reason}`);
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'something else';
}

/**
 * Every file below `dir` as a sorted relative path with `/`, leaving out temporary and set-aside
 * names of interrupted writes. Symbolic links are followed; one to nothing, a loop of them, one back
 * to a folder above it, and anything neither a file nor a folder (a pipe would block a read forever)
 * are a TreeInputError naming the path.
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const open: string[] = [];
  const walk = (rel: string) => {
    const here = rel === '' ? dir : path.join(dir, rel);
    let names: string[];
    try {
      names = readdirSync(here).sort();
      open.push(realpathSync(here));
    } catch (err) {
      throw fsProblem(here, err);
    }
    for (const name of names) {
      if (isLeftoverName(name)) continue;
      const child = rel === '' ? name : `${rel}/${name}`;
      const full = path.join(dir, child);
      let st: Stats;
      try {
        st = statSync(full);
      } catch (err) {
        throw fsProblem(full, err);
      }
      if (st.isDirectory()) {
        if (open.includes(realpathSync(full)))
          throw new TreeInputError(`${full}: expected a file or a folder, got a symbolic link to a folder that contains it`);
        walk(child);
      } else if (st.isFile()) out.push(child);
      else throw new TreeInputError(`${full}: expected a file or a folder, got ${kindOf(st)}`);
    }
    open.pop();
  };
  walk('');
  return out;
}

/** Reads a file of a tree; a failure is a TreeInputError naming it. */
export function readTreeFile(dir: string, rel: string): Buffer {
  const full = path.join(dir, rel);
  try {
    return readFileSync(full);
  } catch (err) {
    throw fsProblem(full, err);
  }
}

/**
 * Checks each manifest.json of a tree that lists files with their SHA-256 (run folders, charts)
 * against the files beside it: one line per file missing or changed since it was written.
 */
export function verifyManifests(dir: string, files: readonly string[]): string[] {
  const present = new Set(files);
  const problems: string[] = [];
  for (const rel of files.filter((f) => f === 'manifest.json' || f.endsWith('/manifest.json'))) {
    const manifest = path.join(dir, rel);
    const names = manifestFileNames(manifest);
    if (names === undefined) continue;
    const hashes = (JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> }).files;
    const folder = rel.slice(0, rel.length - 'manifest.json'.length);
    for (const name of names) {
      const file = path.join(dir, folder + name);
      if (!present.has(folder + name)) problems.push(`${file}: expected the file ${manifest} lists, but there is none`);
      else if (sha256(readTreeFile(dir, folder + name)) !== hashes[name]) {
        problems.push(`${file}: expected the SHA-256 that ${manifest} records, but the file was changed after it was written`);
      }
    }
  }
  return problems;
}
