/**
 * The registry of reporters: the columns of metrics.csv. A reporter is a name, a description
 * (docs/outputs.md repeats it), a number format, whether it measures a flow over the period (empty
 * at day 0) and a pure function of the world, so adding one leaves every other column as it was.
 */
import { BUSINESS_REPORTERS } from './businessReporters.js';
import { ECONOMY_REPORTERS } from './economyReporters.js';
import { HOUSEHOLD_REPORTERS } from './householdReporters.js';
import type { NumberFormat, Reporter } from './reporter.js';

export type { NumberFormat, Reporter } from './reporter.js';

const [headline, rest] = [HOUSEHOLD_REPORTERS.filter((r) => r.standard), HOUSEHOLD_REPORTERS.filter((r) => !r.standard)];

/** Every reporter, in the default column order (standard ones first, then the optional ones). */
export const REPORTERS: readonly Reporter[] = [
  ...headline,
  ...BUSINESS_REPORTERS.filter((r) => r.standard),
  ...ECONOMY_REPORTERS,
  ...rest,
  ...BUSINESS_REPORTERS.filter((r) => !r.standard),
];

/** Names of all reporters, for the scenario schema. */
export const REPORTER_NAMES = REPORTERS.map((r) => r.name) as [string, ...string[]];

/** The reporters a scenario asks for, in column order. */
export function selectReporters(chosen: readonly string[] | undefined, extra: readonly string[]): Reporter[] {
  const names = [...(chosen ?? REPORTERS.filter((r) => r.standard).map((r) => r.name)), ...extra];
  const seen = new Set<string>();
  const out: Reporter[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const r = REPORTERS.find((x) => x.name === name);
    if (r) out.push(r);
  }
  return out;
}

/** Writes a value in its column's fixed format. */
export function formatValue(value: number, format: NumberFormat): string {
  if (!Number.isFinite(value)) return '';
  if (format === 'integer') {
    const r = Math.round(value);
    return r === 0 ? '0' : String(r);
  }
  const s = value.toFixed(6);
  return s === '-0.000000' ? '0.000000' : s;
}
