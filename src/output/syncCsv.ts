/**
 * A CSV file written synchronously in chunks, for tables produced inside a run's loop (one row per
 * household per period): the loop cannot wait for a stream to drain, and holding the rows until the
 * end would hold a region's millions of rows in memory. Rows are numbers and plain words, which CSV
 * never quotes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes gathered before each write. */
const CHUNK = 1 << 20;

/** An open file being written row by row. */
export interface SyncCsvWriter {
  row(values: readonly string[]): void;
  close(): void;
}

/** Creates (or truncates) `file` and writes the header. */
export function openSyncCsv(file: string, header: readonly string[]): SyncCsvWriter {
  const fd = openSync(file, 'w');
  let pending = '';
  const flush = () => {
    if (pending.length > 0) writeSync(fd, pending);
    pending = '';
  };
  const writer: SyncCsvWriter = {
    row(values) {
      pending += values.join(',') + '\n';
      if (pending.length >= CHUNK) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
  writer.row(header);
  return writer;
}
