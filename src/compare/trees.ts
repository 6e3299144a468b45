/**
 * Two output trees side by side (before and after a code or parameter change): which files are in
 * one only, which differ, and for CSV and JSON files which cells or values differ and by how much.
 * Numbers within the tolerance are reported but do not count as differences.
 */
import { listFiles, readTreeFile } from './treeFiles.js';
import { cellNumber, parseCsv } from './csv.js';

/** Numbers within `rel` (|a-b| / max(|a|,|b|)) or within `abs` are taken as equal. */
export interface Tolerance {
  readonly rel: number;
  readonly abs: number;
}

/** A cell (CSV) or value (JSON) that differs. */
export interface CellChange {
  /** 1-based data row (not counting the header); undefined for JSON values. */
  readonly row?: number;
  /** The row's first cell, to find it by its key (e.g. its period). */
  readonly rowKey?: string;
  /** Column name, or dotted JSON path. */
  readonly column: string;
  readonly a: string;
  readonly b: string;
  /** b - a, when both are numbers. */
  readonly delta?: number;
  /** |b - a| / max(|a|, |b|), when both are numbers. */
  readonly rel?: number;
  readonly beyond: boolean;
}

/** What differs in one file present in both trees. */
export interface FileChange {
  readonly file: string;
  /** Structural findings: columns or rows in one file only, bytes that differ. */
  readonly notes: readonly { text: string; beyond: boolean }[];
  readonly cells: readonly CellChange[];
  /** Cells or values compared. */
  readonly compared: number;
}

/** The comparison of two trees. */
export interface TreeComparison {
  readonly files: number;
  readonly identical: number;
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
  readonly changed: readonly FileChange[];
}

/** Whether a file change counts against the tolerance. */
export function isBeyond(c: FileChange): boolean {
  return c.notes.some((n) => n.beyond) || c.cells.some((x) => x.beyond);
}

/** Compares the trees under `a` and `b`. */
export function compareTrees(a: string, b: string, tol: Tolerance, filesA = listFiles(a), filesB = listFiles(b)): TreeComparison {
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const changed: FileChange[] = [];
  let identical = 0;
  for (const file of filesA.filter((f) => inB.has(f))) {
    const bytesA = readTreeFile(a, file);
    const bytesB = readTreeFile(b, file);
    if (bytesA.equals(bytesB)) identical++;
    else changed.push(compareFile(file, bytesA, bytesB, tol));
  }
  return {
    files: new Set([...filesA, ...filesB]).size,
    identical,
    onlyA: filesA.filter((f) => !inB.has(f)),
    onlyB: filesB.filter((f) => !inA.has(f)),
    changed,
  };
}

function compareFile(file: string, a: Buffer, b: Buffer, tol: Tolerance): FileChange {
  if (file.endsWith('.csv')) return compareCsv(file, a.toString('utf8'), b.toString('utf8'), tol);
  if (file.endsWith('.json')) {
    const parsed = parseJsonPair(a, b);
    if (parsed) return compareJson(file, parsed[0], parsed[1], tol);
  }
  // Files without cells (report.html, PNGs) follow from the numbers compared elsewhere: with a
  // tolerance their small changes are expected, so they count only when exactness is asked for.
  const exact = tol.rel === 0 && tol.abs === 0;
  return { file, notes: [{ text: firstDifference(a, b), beyond: exact }], cells: [], compared: 0 };
}

function parseJsonPair(a: Buffer, b: Buffer): [unknown, unknown] | undefined {
  try {
    return [JSON.parse(a.toString('utf8')), JSON.parse(b.toString('utf8'))];
  } catch {
    return undefined;
  }
}

/** Where two byte strings first differ: a line for text, a byte offset for binary files. */
export function firstDifference(a: Buffer, b: Buffer): string {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  // A NUL byte near the start marks a binary file (PNG has several in its header).
  if (a.subarray(0, 8000).includes(0) || b.subarray(0, 8000).includes(0)) return `bytes differ from byte ${k + 1}`;
  let line = 1;
  for (let i = 0; i < k; i++) if (a[i] === 10) line++;
  return `text differs from line ${line}`;
}

/** Compares two numbers or strings as cell values. */
export function compareCells(a: string, b: string, tol: Tolerance): { delta?: number; rel?: number; beyond: boolean } | undefined {
  if (a === b) return undefined;
  const x = cellNumber(a);
  const y = cellNumber(b);
  if (x === undefined || y === undefined) return { beyond: true };
  const delta = y - x;
  // Numbers are compared as numbers: "1.0" and "1.000000" are the same cell.
  if (delta === 0) return undefined;
  const rel = Math.abs(delta) / Math.max(Math.abs(x), Math.abs(y));
  return { delta, rel, beyond: !(Math.abs(delta) <= tol.abs || rel <= tol.rel) };
}

function compareCsv(file: string, textA: string, textB: string, tol: Tolerance): FileChange {
  const a = parseCsv(textA);
  const b = parseCsv(textB);
  const notes: { text: string; beyond: boolean }[] = [];
  const onlyA = a.header.filter((h) => !b.header.includes(h));
  const onlyB = b.header.filter((h) => !a.header.includes(h));
  if (onlyA.length > 0) notes.push({ text: `columns only in the first: ${onlyA.join(', ')}`, beyond: true });
  if (onlyB.length > 0) notes.push({ text: `columns only in the second: ${onlyB.join(', ')}`, beyond: true });
  const shared = a.header.filter((h) => b.header.includes(h));
  const rows = Math.min(a.rows.length, b.rows.length);
  if (a.rows.length !== b.rows.length) {
    const [more, which] = a.rows.length > b.rows.length ? [a.rows.length, 'first'] : [b.rows.length, 'second'];
    notes.push({ text: `rows ${rows + 1} to ${more} only in the ${which} (${a.rows.length} rows against ${b.rows.length})`, beyond: true });
  }
  const cells: CellChange[] = [];
  for (let r = 0; r < rows; r++) {
    for (const column of shared) {
      const va = a.rows[r][a.header.indexOf(column)] ?? '';
      const vb = b.rows[r][b.header.indexOf(column)] ?? '';
      const c = compareCells(va, vb, tol);
      if (c) cells.push({ row: r + 1, rowKey: `${a.header[0]} ${a.rows[r][0] ?? ''}`, column, a: va, b: vb, ...c });
    }
  }
  if (cells.length === 0 && notes.length === 0) notes.push({ text: 'same cells, other bytes (quoting or line ends)', beyond: false });
  return { file, notes, cells, compared: rows * shared.length };
}

/** Leaves of a JSON value by dotted path; `files` entries are skipped (those files are compared themselves). */
export function jsonLeaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (prefix === 'files') return out;
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, k) => [`${prefix}[${k}]`, v] as const)
      : Object.entries(value).map(([k, v]) => [prefix === '' ? k : `${prefix}.${k}`, v] as const);
    for (const [child, v] of entries) jsonLeaves(v, child, out);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
  } else out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  return out;
}

function compareJson(file: string, a: unknown, b: unknown, tol: Tolerance): FileChange {
  const la = jsonLeaves(a);
  const lb = jsonLeaves(b);
  const cells: CellChange[] = [];
  const notes: { text: string; beyond: boolean }[] = [];
  for (const key of [...new Set([...la.keys(), ...lb.keys()])]) {
    const va = la.get(key);
    const vb = lb.get(key);
    // The version that wrote a run says who wrote it, not what it says.
    if (key === 'jejaring_version') {
      if (va !== vb) notes.push({ text: `jejaring_version: ${va ?? '(none)'} -> ${vb ?? '(none)'} (not counted)`, beyond: false });
      continue;
    }
    if (va === undefined || vb === undefined) {
      cells.push({ column: key, a: va ?? '(none)', b: vb ?? '(none)', beyond: true });
      continue;
    }
    const c = compareCells(va, vb, tol);
    if (c) cells.push({ column: key, a: va, b: vb, ...c });
  }
  if (cells.length === 0 && notes.length === 0) notes.push({ text: 'same values, other bytes (layout)', beyond: false });
  return { file, notes, cells, compared: Math.max(la.size, lb.size) };
}
