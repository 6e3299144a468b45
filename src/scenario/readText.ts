/**
 * Reads a scenario file safely: only a regular file, opened once (so what is checked is what is
 * read), never more than a size cap, and without blocking on a named pipe.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Largest scenario file read, bytes (1 MiB: the bundled scenarios are under 10 KiB). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** Why a path cannot be read as a scenario file. */
export class FileRefusal extends Error {
  /** True when nothing is at the path. */
  readonly missing: boolean;

  constructor(reason: string, missing = false) {
    super(reason);
    this.name = 'FileRefusal';
    this.missing = missing;
  }
}

/** What a file is when it is not a regular file, for messages. */
function kindOf(stats: ReturnType<typeof fstatSync>): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The text of the regular file `abs` of at most `cap` bytes; throws FileRefusal otherwise. */
export function readScenarioText(abs: string, cap = MAX_SCENARIO_BYTES): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then refuses it.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileRefusal(
      code === 'ENOENT' || code === 'ENOTDIR' ? 'there is no file at this path' : 'it cannot be opened',
      code === 'ENOENT' || code === 'ENOTDIR',
    );
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileRefusal(`it is ${kindOf(stats)}`);
    const tooBig = new FileRefusal(`it is larger than ${cap} bytes`);
    if (stats.size > cap) throw tooBig;
    // Read at most cap + 1 bytes whatever the size said: a file that grows meanwhile is still capped.
    const buf = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > cap) throw tooBig;
    }
    return buf.toString('utf8', 0, length);
  } catch (err) {
    if (err instanceof FileRefusal) throw err;
    throw new FileRefusal('it cannot be read');
  } finally {
    closeSync(fd);
  }
}
