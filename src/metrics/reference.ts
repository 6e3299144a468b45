/** A Markdown table of every metrics.csv column, generated from the reporters. */
import { REPORTERS } from './reporters.js';

const FRAME_COLUMNS: ReadonlyArray<readonly [string, string, string]> = [
  ['period', 'integer', 'Period number: 0 for the start, then 1, 2, ...'],
  ['day', 'integer', 'Day at the end of the period (0 for the start).'],
  ['days', 'integer', 'Days in the period; the last one may be shorter than `period_days`; 0 for the start.'],
  [
    'partial',
    'integer',
    '1 on a last period shorter than `period_days`: its flows are totals over its `days`, not per month, and its poverty headcounts are empty; else 0.',
  ],
];

/** One row per column: name, format, whether it is empty at day 0, default or optional, meaning. */
export function metricsColumnReference(): string {
  const out = ['| column | format | at day 0 | set | meaning |', '|---|---|---|---|---|'];
  for (const [name, format, meaning] of FRAME_COLUMNS) out.push(`| \`${name}\` | ${format} | value | always | ${meaning} |`);
  for (const r of REPORTERS) {
    out.push(
      `| \`${r.name}\` | ${r.format} | ${r.flow ? 'empty' : 'value'} | ${r.standard ? 'default' : r.social === 2 ? 'default under social 2' : 'optional'} | ${r.description} |`,
    );
  }
  return out.join('\n') + '\n';
}
