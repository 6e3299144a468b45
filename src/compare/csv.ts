/**
 * Reading the CSV files runs write: a small synchronous RFC 4180 parser (quoted fields, doubled
 * quotes, LF or CRLF), so comparisons read whole tables without stream plumbing.
 */

/** A CSV table as text cells. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Parses CSV text; the first record is the header. A final newline adds no row. */
export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let k = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (k < text.length) {
    const ch = text[k];
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') {
        field += '"';
        k += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      k++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && text[k + 1] === '\n')) {
      endRecord();
      if (ch === '\r') k++;
    } else field += ch;
    k++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return { header: records[0] ?? [], rows: records.slice(1) };
}

/** A cell as a number: undefined when empty or not a plain finite number. */
export function cellNumber(cell: string | undefined): number | undefined {
  if (cell === undefined || cell === '') return undefined;
  const v = Number(cell);
  return Number.isFinite(v) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell.trim()) ? v : undefined;
}

/** Fixed six-decimal text for CSV output, empty for NaN, never "-0.000000". */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const s = value.toFixed(6);
  return /^-0\.0+$/.test(s) ? s.slice(1) : s;
}
