/**
 * The suites, in the order they run: the engine's core, the daily tick of the village and of
 * regions, parallel replicates, and whole commands (the default one, and a region's simulated year
 * with its peak memory).
 */
import type { Suite } from './harness.js';
import { boltzmannSuite } from './suite-boltzmann.js';
import { commandSuite } from './suite-command.js';
import { regionSuite } from './suite-region.js';
import { regionYearSuite } from './suite-region-year.js';
import { replicatesSuite } from './suite-replicates.js';
import { tickSuite } from './suite-tick.js';

/** Every suite of `npm run bench` and `npm run bench:check`. */
export const SUITES: readonly Suite[] = [boltzmannSuite, tickSuite, regionSuite, replicatesSuite, commandSuite, regionYearSuite];

/** The suites with these names (all of them when none are given); unknown names are an error. */
export function selectSuites(names: readonly string[]): Suite[] {
  if (names.length === 0) return [...SUITES];
  return names.map((name) => {
    const suite = SUITES.find((s) => s.name === name);
    if (!suite) throw new Error(`no bench suite "${name}" (suites: ${SUITES.map((s) => s.name).join(', ')})`);
    return suite;
  });
}
