/**
 * stdout that a reader may close early (`simulate schema | head -1`): once it is closed (EPIPE),
 * further output is dropped and the command carries on and exits with its own code, as if the
 * reader had read everything. Files are written all the same. Likewise for stderr.
 */

let closed = false;
let guarded = false;

function onError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
    closed = true;
    return;
  }
  closed = true;
  process.stderr.write(`simulate: cannot write to stdout: ${err.message}\n`);
  process.exitCode = 1;
}

/** Catches errors of stdout and stderr (once per process), so a closed pipe is not a crash. */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', onError);
  // Progress and messages have nowhere else to go once stderr is closed (`2>&1 | head`): dropped.
  process.stderr.on('error', () => undefined);
}

/** Writes to stdout unless its reader has gone. */
export function writeOut(text: string): void {
  if (closed || process.stdout.destroyed) return;
  process.stdout.write(text);
}
