/**
 * Figures that read one run's tables in ways the paired statistics do not: the change of a metrics
 * column between two periods, the number of groups of agents (hamlets, say) whose mean lies in a
 * range, and a contrast between two sets of agents of the same run.
 */
import { compareValues, selectRows, type Figure, type Table } from './statistics.js';

function index(t: Table, name: string): number {
  const k = t.header.indexOf(name);
  if (k < 0) throw new Error(`column ${name} is missing; columns are checked before figures are computed`);
  return k;
}

type Where = Readonly<Record<string, number | string>>;

/** A row test for `where`: every listed column holds the value (as text, or as the same number); an empty cell matches nothing. */
function matcher(t: Table, where: Where): (r: readonly string[]) => boolean {
  const filters = Object.entries(where).map(([c, v]) => [index(t, c), String(v)] as const);
  return (r) => filters.every(([k, v]) => r[k] !== '' && (r[k] === v || Number(r[k]) === Number(v)));
}

/** Value of a metrics column at period `to` (or the last whole period) minus its value at period `from`. */
export function periodChange(t: Table, column: string, from: number, to: number | 'last'): Figure {
  const rows = selectRows(t, { from: 0, to: Number.MAX_SAFE_INTEGER });
  const period = index(t, 'period');
  const k = index(t, column);
  const at = (p: number | 'last') => (p === 'last' ? rows[rows.length - 1] : rows.find((r) => Number(r[period]) === p));
  const a = at(from);
  const b = at(to);
  if (!a || !b || a[k] === '' || b[k] === '') return { none: `no value of ${column} in period ${a ? to : from}` };
  return { value: Number(b[k]) - Number(a[k]) };
}

/** Number of groups (distinct values of `by` among the rows `where` selects) whose mean of `column` lies in `within`. */
export function groupsWithin(t: Table, by: string, where: Where, column: string, within: readonly [number | null, number | null]): Figure {
  const keep = matcher(t, where);
  const kb = index(t, by);
  const kc = index(t, column);
  const sums = new Map<string, [number, number]>();
  for (const r of t.rows) {
    if (!keep(r) || r[kb] === '' || r[kc] === '') continue;
    const s = sums.get(r[kb]) ?? [0, 0];
    s[0] += Number(r[kc]);
    s[1]++;
    sums.set(r[kb], s);
  }
  let n = 0;
  for (const [sum, count] of sums.values()) {
    const m = sum / count;
    if (m >= (within[0] ?? -Infinity) && m <= (within[1] ?? Infinity)) n++;
  }
  return { value: n };
}

/** Mean of the columns (added) over the rows `where` selects against the same over the rows `versus` selects. */
export function contrastOf(
  t: Table,
  columns: readonly string[],
  where: Where,
  versus: Where,
  measure: 'difference' | 'relative_change',
): Figure {
  const cols = columns.map((c) => index(t, c));
  const meanOf = (keep: (r: readonly string[]) => boolean): number | undefined => {
    let sum = 0;
    let n = 0;
    for (const r of t.rows) {
      if (!keep(r) || cols.some((k) => r[k] === '')) continue;
      sum += cols.reduce((s, k) => s + Number(r[k]), 0);
      n++;
    }
    return n > 0 ? sum / n : undefined;
  };
  const a = meanOf(matcher(t, where));
  const b = meanOf(matcher(t, versus));
  if (a === undefined) return { none: 'no agent matches `where`' };
  if (b === undefined) return { none: 'no agent matches `versus`' };
  return compareValues(a, b, measure);
}
