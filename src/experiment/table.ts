/**
 * The experiment's tidy table: one row per run (point, factor values, programme, seed, outcomes,
 * and whether the point passed the patterns), as CSV and as Parquet for pandas, R and DuckDB.
 * Rows are in point, programme, seed order, so the table is the same whatever ran in parallel.
 */
import { Float64, Int32, Table, Utf8, type Vector, vectorFromArray } from 'apache-arrow';
import { tableToIPC } from 'apache-arrow';
import type { ExperimentData } from './experiment.js';

/** The table's columns and rows, values as numbers, text or null. */
export interface TidyTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (number | string | null)[])[];
}

/** The tidy table of an experiment. */
export function tidyTable(data: ExperimentData): TidyTable {
  const { plan } = data;
  const outputs = Object.keys(plan.data.outputs);
  const header = ['point', ...plan.factors.map((f) => f.path), 'programme', 'seed', ...outputs, ...(data.accepted ? ['accepted'] : [])];
  const rows: (number | string | null)[][] = [];
  data.values.forEach((v, p) => {
    for (const { key } of plan.scenarios) {
      for (const seed of data.seeds) {
        const acc = data.accepted ? [data.accepted[p] ? 1 : 0] : [];
        rows.push([p, ...v, key, seed, ...data.outcomes(p, key, seed), ...acc]);
      }
    }
  });
  return { header, rows };
}

/** A cell as CSV text: numbers in JavaScript's shortest round-trip form, null empty. */
export function csvCell(x: number | string | null): string {
  return x === null ? '' : String(x);
}

/** The table as Parquet bytes (Snappy): integers for point, seed and accepted, text for programme, doubles otherwise. */
export async function parquetBytes(t: TidyTable): Promise<Uint8Array> {
  const columns: Record<string, Vector> = {};
  t.header.forEach((name, c) => {
    const cells = t.rows.map((r) => r[c]);
    if (name === 'programme') columns[name] = vectorFromArray(cells as string[], new Utf8());
    else if (name === 'point' || name === 'seed' || name === 'accepted') columns[name] = vectorFromArray(cells as number[], new Int32());
    else columns[name] = vectorFromArray(cells as (number | null)[], new Float64());
  });
  const ipc = tableToIPC(new Table(columns), 'stream');
  // Loaded on use: the WebAssembly module is only needed when an experiment finishes.
  const pq = await import('parquet-wasm');
  const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.SNAPPY).setCreatedBy('jejaring').build();
  return pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
}
