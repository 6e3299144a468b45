/**
 * The registry of reporters: the columns of metrics.csv. A reporter is a name, a description
 * (docs/outputs.md repeats it), a number format, whether it measures a flow over the period (empty
 * at day 0) and a pure function of the world, so adding one leaves every other column as it was.
 */
import { BUSINESS_REPORTERS } from './businessReporters.js';
import { DIGITAL_REPORTERS } from './digitalReporters.js';
import { ECONOMY_REPORTERS } from './economyReporters.js';
import { HOUSEHOLD_REPORTERS } from './householdReporters.js';
import { SOCIAL_REPORTERS } from './socialReporters.js';
import { REPORTER_NAMES } from '../scenario/reporterNames.js';
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
  ...SOCIAL_REPORTERS,
  ...DIGITAL_REPORTERS,
];

/** Names of all reporters, in column order (declared in scenario/ for the schema; checked against REPORTERS below). */
export { REPORTER_NAMES };

/** The reporters' names that differ between REPORTERS and REPORTER_NAMES, position by position (empty when they agree). */
export function reporterNameMismatches(reporters: readonly Reporter[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < Math.max(reporters.length, names.length); k++) {
    const defined = reporters[k]?.name;
    if (defined !== names[k]) out.push(`column ${k + 1}: reporter ${defined ?? '(none)'}, name list ${names[k] ?? '(none)'}`);
  }
  return out;
}

const mismatches = reporterNameMismatches(REPORTERS, REPORTER_NAMES);
if (mismatches.length > 0) {
  throw new Error(`src/scenario/reporterNames.ts and the reporters of src/metrics/ disagree: ${mismatches.join('; ')}`);
}

/** The reporters a scenario asks for, in column order (the default set depends on its `social` model). */
export function selectReporters(chosen: readonly string[] | undefined, extra: readonly string[], social: 1 | 2 = 1): Reporter[] {
  const defaults = REPORTERS.filter((r) => r.standard || (social === 2 && r.social === 2)).map((r) => r.name);
  const names = [...(chosen ?? defaults), ...extra];
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
