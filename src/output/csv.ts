/**
 * CSV files through fast-csv, streamed row by row so that a large table (agents of a region) is
 * never held as one string. Values arrive already formatted; fast-csv quotes where needed.
 */
import { format } from 'fast-csv';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/** Streams a header and rows to `file` (LF line ends, a final newline). */
export async function writeCsv(file: string, header: readonly string[], rows: Iterable<readonly string[]>): Promise<void> {
  const out = createWriteStream(file);
  const csv = format<string[], string[]>({ includeEndRowDelimiter: true });
  csv.pipe(out);
  const put = (row: readonly string[]) => (csv.write(row as string[]) ? Promise.resolve() : new Promise<void>((r) => csv.once('drain', () => r())));
  await put(header);
  for (const row of rows) await put(row);
  csv.end();
  await finished(out);
}
