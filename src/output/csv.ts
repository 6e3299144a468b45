/**
 * CSV files through fast-csv, streamed row by row so that a large table (agents of a region) is
 * never held as one string. Values arrive already formatted; fast-csv quotes where needed.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Streams a header and rows to `file` (LF line ends, a final newline). */
export async function writeCsv(file: string, header: readonly string[], rows: Iterable<readonly string[]>): Promise<void> {
  function* all(): Generator<readonly string[]> {
    yield header;
    yield* rows;
  }
  // Loaded on first use: a run's files are written after the run, so the import stays off the start of the command.
  const { format } = await import('fast-csv');
  await pipeline(Readable.from(all(), { objectMode: true }), format({ includeEndRowDelimiter: true }), createWriteStream(file));
}
