/**
 * Generated regions: scenarios/region.yaml with another number of villages, its district market's
 * visitors and stalls scaled with them (6,000 visitors and 1,000 stalls at 100 villages), written
 * as a scenario file that extends region.yaml, so that the command and the in-process suites load
 * the same thing the same way.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadScenario } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/schema.js';
import { repoRoot } from './harness.js';

/** The region sizes measured, in villages, with the label of their household count. */
export const REGION_SIZES = [
  { villages: 10, label: '16k' },
  { villages: 100, label: '160k' },
  { villages: 1000, label: '1600k' },
] as const;

/** A region's size. */
export type RegionSize = (typeof REGION_SIZES)[number];

/** What a generated region changes besides its size. */
export interface RegionOptions {
  /** Write agents.csv (region.yaml does not). */
  readonly agentsCsv?: boolean;
  /** Another horizon than region.yaml's year. */
  readonly horizonDays?: number;
}

/** The text of a scenario file in `dir` extending region.yaml with `villages` villages. */
export function regionYaml(dir: string, villages: number, opts: RegionOptions = {}): string {
  const base = path.relative(dir, path.join(repoRoot(), 'scenarios', 'region.yaml'));
  // `extends` replaces lists whole, so the district market is restated with its scaled numbers.
  return [
    `extends: ${JSON.stringify(base)}`,
    `name: region-${villages}`,
    ...(opts.horizonDays === undefined ? [] : [`horizon_days: ${opts.horizonDays}`]),
    'population:',
    `  villages: ${villages}`,
    'output:',
    `  agents: ${opts.agentsCsv ?? false}`,
    'interventions:',
    '  - type: culinary-market',
    '    label: district market',
    '    start: 7',
    '    every: 7',
    `    visitors: ${60 * villages}`,
    `    stalls: ${10 * villages}`,
    '    participation: 0.25',
    '',
  ].join('\n');
}

/** Writes the scenario file of a region of `villages` villages into `dir`; returns its path. */
export function writeRegionScenario(dir: string, villages: number, opts: RegionOptions = {}): string {
  const suffix = `${opts.agentsCsv ? '-agents' : ''}${opts.horizonDays === undefined ? '' : `-${opts.horizonDays}d`}`;
  const file = path.join(dir, `region-${villages}${suffix}.yaml`);
  writeFileSync(file, regionYaml(dir, villages, opts));
  return file;
}

/** The scenario of a region of `villages` villages, loaded the way the command loads it. */
export function regionScenario(dir: string, villages: number, opts: RegionOptions = {}): Scenario {
  return loadScenario(writeRegionScenario(dir, villages, opts)).scenario;
}
