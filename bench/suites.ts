/**
 * The suites, in the order they run. The region suite (generated regions of 16,000, 160,000 and
 * 1,600,000 households: daily tick, bytes per agent with ties, one simulated year) and the
 * memory-at-scale suite (peak memory of the 1.6 M-household region, streamed outputs) go here,
 * after the model they measure has landed.
 */
import type { Suite } from './harness.js';
import { boltzmannSuite } from './suite-boltzmann.js';
import { commandSuite } from './suite-command.js';
import { replicatesSuite } from './suite-replicates.js';
import { tickSuite } from './suite-tick.js';

/** Every suite of `npm run bench` and `npm run bench:check`. */
export const SUITES: readonly Suite[] = [boltzmannSuite, tickSuite, replicatesSuite, commandSuite];

/** The suites with these names (all of them when none are given); unknown names are an error. */
export function selectSuites(names: readonly string[]): Suite[] {
  if (names.length === 0) return [...SUITES];
  return names.map((name) => {
    const suite = SUITES.find((s) => s.name === name);
    if (!suite) throw new Error(`no bench suite "${name}" (suites: ${SUITES.map((s) => s.name).join(', ')})`);
    return suite;
  });
}
