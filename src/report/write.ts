/**
 * After the runs of a call: read their metrics back, compare each scenario with its baseline and
 * write DIR/comparison.csv, DIR/report.html and, on request, DIR/charts/<chart>.png. Every file
 * goes through a temporary name, so a reader never sees half of one.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeDirectoryAtomic, writeFileAtomic } from '../output/atomic.js';
import { comparisonCsv } from '../compare/output.js';
import { readRunMetrics, type RunMetrics } from '../compare/runs.js';
import { compareScenarios, pairedSeeds, type ComparisonRow, type RunSet, type ScenarioPair } from '../compare/scenarios.js';
import { rankProgrammes, readPairCohorts, stdoutSummary, type PairCohorts, type RankedProgramme } from '../compare/ranking.js';
import { buildReport } from './build.js';
import { renderPng } from './render.js';

/** A run that finished: scenario name and seed. */
export interface FinishedRun {
  readonly scenario: string;
  readonly seed: number;
}

/** What the comparison wrote. */
export interface ComparisonOutcome {
  readonly rows: readonly ComparisonRow[];
  /** Files written, in order. */
  readonly files: readonly string[];
  /** Pairs left out because they have no finished seed in common. */
  readonly unpaired: readonly ScenarioPair[];
  /** Cohort effects of each compared pair, and the programmes ranked. */
  readonly cohorts: readonly PairCohorts[];
  readonly ranked: readonly RankedProgramme[];
  /** What stdout shows: the ranked programmes first, then the metrics table. */
  readonly summary: string;
}

/** Reads the metrics of these runs from `outDir`, by scenario then seed. */
export function readRunSet(outDir: string, finished: readonly FinishedRun[]): RunSet {
  const runs = new Map<string, Map<number, RunMetrics>>();
  for (const f of finished) {
    if (!runs.has(f.scenario)) runs.set(f.scenario, new Map());
    runs.get(f.scenario)!.set(f.seed, readRunMetrics(outDir, f.scenario, f.seed));
  }
  return runs;
}

/** Compares, then writes the comparison files into `outDir`; nothing is written without a pair. */
export async function writeComparison(
  outDir: string,
  finished: readonly FinishedRun[],
  pairs: readonly ScenarioPair[],
  png: boolean,
): Promise<ComparisonOutcome> {
  const runs = readRunSet(outDir, finished);
  const unpaired = pairs.filter((p) => pairedSeeds(runs, p).length === 0);
  const compared = pairs.filter((p) => !unpaired.includes(p));
  const rows = compareScenarios(runs, compared);
  if (rows.length === 0) return { rows, files: [], unpaired, cohorts: [], ranked: [], summary: '' };
  const cohorts = readPairCohorts(outDir, runs, compared);
  const ranked = rankProgrammes(cohorts);
  const scenarios = [...new Set(finished.map((f) => f.scenario))];
  const files: string[] = [];
  const put = (name: string, content: string | Uint8Array) => {
    const file = path.join(outDir, name);
    writeFileAtomic(file, content);
    files.push(file);
  };
  put('comparison.csv', comparisonCsv(rows, cohorts, ranked));
  const report = await buildReport(runs, scenarios, rows, cohorts, ranked);
  put('report.html', report.html);
  // PNGs from an earlier call would no longer match this report: replace or remove them all.
  const chartsDir = path.join(outDir, 'charts');
  if (png) {
    await writeDirectoryAtomic(chartsDir, async (tmp) => {
      for (const c of report.charts) writeFileSync(path.join(tmp, `${c.name}.png`), await renderPng(c.svg));
    });
    files.push(...report.charts.map((c) => path.join(chartsDir, `${c.name}.png`)));
  } else rmSync(chartsDir, { recursive: true, force: true });
  const summary = stdoutSummary(rows, cohorts, ranked, path.join(outDir, 'comparison.csv'));
  return { rows, files, unpaired, cohorts, ranked, summary };
}
