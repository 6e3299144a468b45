/**
 * The short table the run command prints after a comparison: for each pair, the headline metrics
 * over the horizon. Plain text with fixed formatting (no locale), so it is the same everywhere.
 */
import { SUMMARY_METRICS } from './groups.js';
import type { ComparisonRow } from './scenarios.js';

/**
 * A number for people: thousands grouped, fewer decimals for larger values (decided by `scale`,
 * the value's own size unless given, so both ends of an interval get the same decimals);
 * `signed` adds "+".
 */
export function formatHuman(value: number, signed = false, scale = Math.abs(value)): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const decimals = scale >= 100 ? 0 : scale >= 1 ? 2 : 4;
  let text = abs.toFixed(decimals);
  if (/^0\.?0*$/.test(text)) return decimals > 0 ? (0).toFixed(decimals) : '0';
  const [whole, frac] = text.split('.');
  text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  return (value < 0 ? '-' : signed ? '+' : '') + text;
}

/** The 95% interval as text, or why there is none. */
export function formatInterval(r: ComparisonRow): string {
  if (r.diff.n < 2) return 'n/a (1 seed)';
  const scale = Math.max(Math.abs(r.diff.low), Math.abs(r.diff.high));
  return `${formatHuman(r.diff.low, true, scale)} to ${formatHuman(r.diff.high, true, scale)}`;
}

/** Pads columns to equal width: text left-aligned, numbers right-aligned. */
export function alignColumns(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The summary table for these comparison rows (horizon rows of the headline metrics). */
export function formatSummary(rows: readonly ComparisonRow[]): string {
  const order = pairOrder(rows);
  const rank = (r: ComparisonRow) => order.get(pairKey(r)) ?? 0;
  const picked = rows
    .filter((r) => r.period === undefined && SUMMARY_METRICS.includes(r.metric))
    .sort((a, b) => rank(a) - rank(b) || SUMMARY_METRICS.indexOf(a.metric) - SUMMARY_METRICS.indexOf(b.metric));
  if (picked.length === 0) return '';
  const table: string[][] = [['scenario', 'baseline', 'metric', 'baseline', 'scenario', 'difference', '95% CI', 'better', 'beats']];
  let last = '';
  for (const r of picked) {
    const key = pairKey(r);
    table.push([
      key === last ? '' : r.scenario,
      key === last ? '' : r.baseline,
      r.metric,
      formatHuman(r.baselineMean),
      formatHuman(r.scenarioMean),
      formatHuman(r.diff.mean, true),
      formatInterval(r),
      r.better,
      `${r.diff.wins}/${r.diff.n}`,
    ]);
    last = key;
  }
  const seeds = [...new Set(picked.map((r) => r.diff.n))].join(' or ');
  const days = [...new Set(picked.map((r) => r.day))].join(' or ');
  const head =
    `Scenarios against their baselines: mean over days 1-${days}, difference paired by seed (${seeds} seeds), ` +
    `its 95% CI, and seeds where the scenario did better`;
  return `${head}\n${alignColumns(table, [false, false, false, true, true, true, false, false, true])}\n`;
}

function pairKey(r: ComparisonRow): string {
  return `${r.scenario}\u0000${r.baseline}`;
}

/** Where each (scenario, baseline) pair first appears in the rows: the order the summary keeps. */
function pairOrder(rows: readonly ComparisonRow[]): Map<string, number> {
  const first = new Map<string, number>();
  rows.forEach((r, k) => {
    const key = pairKey(r);
    if (!first.has(key)) first.set(key, k);
  });
  return first;
}
