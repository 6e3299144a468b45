/**
 * The outputs a plan keeps from every run: figures of its metrics.csv computed the way pattern
 * statistics are (validate/statistics.ts), so an output and a pattern read a column alike.
 */
import { computeFigure, type Table } from '../validate/statistics.js';
import type { OutputDef } from './planSchema.js';

/** The metrics.csv columns an output reads, with the field of the plan that names each. */
export function outputColumns(def: OutputDef): { column: string; field: (string | number)[] }[] {
  if (def.kind !== 'share') return [{ column: def.column, field: ['column'] }];
  const list = (c: string | readonly string[], field: string) =>
    typeof c === 'string' ? [{ column: c, field: [field] }] : c.map((column, k) => ({ column, field: [field, k] }));
  return [...list(def.numerator, 'numerator'), ...list(def.denominator, 'denominator')];
}

/** The output's figure from a run's metrics table; null when the run has no figure (an empty cohort, a zero denominator). */
export function computeOutput(def: OutputDef, metrics: Table): number | null {
  const figure = computeFigure({ ...def, scenario: 'base' }, () => ({ metrics }));
  return 'value' in figure && Number.isFinite(figure.value) ? figure.value : null;
}
