/**
 * The text `simulate compare` prints: a verdict line, then per file what differs, naming the
 * row and column of each cell, with its absolute and relative change.
 */
import { isBeyond, type CellChange, type FileChange, type Tolerance, type TreeComparison } from './trees.js';

/** Cells listed per file before the rest are summarised. */
export const CELLS_SHOWN = 10;

/** The verdict: 0 identical or within tolerance, 1 different. */
export function treeVerdict(c: TreeComparison): 0 | 1 {
  return c.onlyA.length === 0 && c.onlyB.length === 0 && !c.changed.some(isBeyond) ? 0 : 1;
}

function number(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 1e-3 && abs < 1e12 ? String(Number(v.toPrecision(6))) : v.toExponential(2);
}

function signed(v: number): string {
  return `${v > 0 ? '+' : ''}${number(v)}`;
}

/** One cell change as a line: where it is, old and new value, absolute and relative change. */
export function formatCell(c: CellChange): string {
  const key = c.rowKey && !c.rowKey.startsWith(`${c.column} `) ? `${c.rowKey}, ` : '';
  // Data row r sits on line r + 1 of the file, below the header.
  const where = c.row === undefined ? c.column : `row ${c.row} (${key}line ${c.row + 1}), column ${c.column}`;
  const change = c.delta === undefined ? '' : ` (${signed(c.delta)}, relative ${number(c.rel ?? 0)})`;
  const within = c.beyond ? '' : ' within tolerance';
  return `${where}: ${c.a} -> ${c.b}${change}${within}`;
}

function fileLines(f: FileChange): string[] {
  const beyond = f.cells.filter((c) => c.beyond);
  const unit = f.cells.some((c) => c.row !== undefined) ? 'cells' : 'values';
  const head =
    f.cells.length > 0
      ? `${f.file}: ${f.cells.length} of ${f.compared} ${unit} differ, ${beyond.length} beyond tolerance`
      : `${f.file}: ${f.notes.map((n) => n.text).join('; ')}${isBeyond(f) ? '' : ' (not counted)'}`;
  const lines = [head];
  if (f.cells.length > 0) for (const n of f.notes) lines.push(`  ${n.text}`);
  if (f.cells.length > CELLS_SHOWN && unit === 'cells') return [...lines, ...columnLines(f.cells)];
  const shown = [...beyond, ...f.cells.filter((c) => !c.beyond)].slice(0, CELLS_SHOWN);
  for (const c of shown) lines.push(`  ${formatCell(c)}`);
  if (f.cells.length > shown.length) lines.push(`  ... and ${f.cells.length - shown.length} more`);
  return lines;
}

/** Many changed cells: one line per column, with its largest change and where it is. */
function columnLines(cells: readonly CellChange[]): string[] {
  const byColumn = new Map<string, CellChange[]>();
  for (const c of cells) byColumn.set(c.column, [...(byColumn.get(c.column) ?? []), c]);
  const lines: string[] = [];
  for (const [column, list] of byColumn) {
    const largest = list.reduce((m, c) => (Math.abs(c.delta ?? Infinity) > Math.abs(m.delta ?? Infinity) ? c : m));
    const beyond = list.filter((c) => c.beyond).length;
    lines.push(
      `  column ${column}: ${list.length} rows differ, ${beyond} beyond tolerance; largest at ${formatCell(largest).replace(`, column ${column}`, '')}`,
    );
  }
  return lines;
}

/** Scenarios (top-level folders) with a file that differs or is in one tree only. */
export function scenariosAffected(c: TreeComparison): string[] {
  const files = [...c.onlyA, ...c.onlyB, ...c.changed.filter(isBeyond).map((f) => f.file)];
  return [...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]))].sort();
}

/** The whole text, ending with a newline. */
export function formatTreeComparison(c: TreeComparison, a: string, b: string, tol: Tolerance): string {
  const differing = c.onlyA.length + c.onlyB.length + c.changed.length;
  const tolText = `--tolerance ${tol.rel}${tol.abs > 0 ? `, --abs-tolerance ${tol.abs}` : ''}`;
  let head: string;
  if (differing === 0) head = `identical: ${c.files} files in ${a} and ${b}, byte for byte`;
  else if (treeVerdict(c) === 0) head = `within tolerance: ${differing} of ${c.files} files differ, every difference within ${tolText}`;
  else {
    const scenarios = scenariosAffected(c);
    head = `differ: ${differing} of ${c.files} files differ between ${a} and ${b}${scenarios.length > 0 ? `; scenarios: ${scenarios.join(', ')}` : ''}`;
  }
  const lines = [head];
  for (const f of c.onlyA) lines.push(`${f}: only in ${a}`);
  for (const f of c.onlyB) lines.push(`${f}: only in ${b}`);
  for (const f of c.changed) lines.push(...fileLines(f));
  return lines.join('\n') + '\n';
}
