/**
 * The files of one run, `DIR/<scenario>/seed-<seed>/`: metrics.csv, agents.csv, agents_periods.csv
 * when asked for, and manifest.json. The
 * manifest identifies the run (resolved scenario and its hash, seed, generator, version) and holds
 * the SHA-256 of every other file; it has no timestamps or host names, so reruns are identical.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../engine/run.js';
import { RNG_ALGORITHM } from '../rng.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import { sha256, sha256File, writeDirectoryAtomic } from './atomic.js';
import { canonicalJson } from './canonical.js';
import { writeCsv } from './csv.js';

/** The directory of a run. */
export function runDirectory(outDir: string, scenarioName: string, seed: number): string {
  return path.join(outDir, scenarioName, `seed-${seed}`);
}

/** Hash of a resolved scenario (canonical JSON). */
export function scenarioHash(scenario: Scenario): string {
  return sha256(canonicalJson(scenario));
}

/** Writes a run's files atomically and returns its directory. */
export async function writeRunFiles(
  outDir: string,
  scenario: Scenario,
  seed: number,
  result: RunResult,
  written: Readonly<Record<string, string>> = {},
): Promise<string> {
  const dir = runDirectory(outDir, scenario.name, seed);
  await writeDirectoryAtomic(dir, async (tmp) => {
    const files: Record<string, string> = {};
    // Files already written during the run (under temporary names) join the directory by rename.
    for (const [name, file] of Object.entries(written)) {
      renameSync(file, path.join(tmp, name));
      files[name] = await sha256File(path.join(tmp, name));
    }
    const metricsFile = path.join(tmp, 'metrics.csv');
    await writeCsv(metricsFile, result.metrics.header, result.metrics.rows);
    files['metrics.csv'] = await sha256File(metricsFile);
    if (result.agents) {
      const agentsFile = path.join(tmp, 'agents.csv');
      await writeCsv(agentsFile, result.agents.header, result.agents.rows());
      files['agents.csv'] = await sha256File(agentsFile);
    }
    const manifest = {
      jejaring_version: VERSION,
      scenario_name: scenario.name,
      seed,
      rng: RNG_ALGORITHM,
      scenario_sha256: scenarioHash(scenario),
      files,
      interventions: result.interventions,
      programme_cost: result.programmeCost,
      ...(result.producerTableFullDay === undefined ? {} : { producer_table_full_day: result.producerTableFullDay }),
      scenario: JSON.parse(canonicalJson(scenario)) as unknown,
    };
    writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  });
  return dir;
}
