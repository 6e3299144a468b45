/** The table `simulate validate` prints: one line per pattern, then a count of passes. */
import { describeTarget, formatNumber, type PatternResult } from './judge.js';

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** The validation table with a heading, one line per pattern, and a final count. */
export function formatResults(results: readonly PatternResult[]): string {
  const rows = results.map((r) => {
    const iv = r.interval;
    const measured = iv ? formatNumber(iv.mean) : 'no data';
    const interval = iv && iv.n >= 2 ? `[${formatNumber(iv.low)}, ${formatNumber(iv.high)}]` : '-';
    const verdict = r.pass ? (r.reason ? `PASS (${r.reason})` : 'PASS') : r.reason ? `FAIL (${r.reason})` : 'FAIL';
    return [r.pattern.name, describeTarget(r.pattern.target, r.pattern.assumed), measured, interval, verdict];
  });
  const head = ['pattern', 'target', 'measured', '95% interval', 'result'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) => cells.map((c, k) => (k === cells.length - 1 ? c : pad(c, widths[k]))).join('  ') + '\n';
  const passed = results.filter((r) => r.pass).length;
  const seeds = results[0]?.seeds ?? [];
  const over = seeds.length > 0 ? ` over seeds ${seeds[0]}-${seeds[seeds.length - 1]}` : '';
  return line(head) + rows.map(line).join('') + `${passed} of ${results.length} patterns pass${over}\n`;
}
