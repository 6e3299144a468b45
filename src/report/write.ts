/**
 * After the runs of a call: read their metrics back, compare each scenario with its baseline and
 * write DIR/comparison.csv, DIR/report.html and, on request, DIR/charts/<chart>.png with
 * DIR/charts/manifest.json. Without a pair to compare, report.html (and the charts) describe the
 * runs alone. Every file goes through a temporary name, so a reader never sees half
 * of one; a file or folder under those names is replaced only when the command wrote it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256, writeDirectoryAtomic, writeFileAtomic } from '../output/atomic.js';
import { canonicalJson } from '../output/canonical.js';
import { foreignRootOutputs, removeOwnRootOutputs } from '../output/reportFiles.js';
import { comparisonCsv } from '../compare/output.js';
import { readRunMetrics, type RunMetrics } from '../compare/runs.js';
import { compareScenarios, pairedSeeds, type ComparisonRow, type RunSet, type ScenarioPair } from '../compare/scenarios.js';
import { rankProgrammes, readPairCohorts, stdoutSummary, type PairCohorts, type RankedProgramme } from '../compare/ranking.js';
import { VERSION } from '../version.js';
import { buildReport } from './build.js';
import type { Lang } from './lang.js';
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
  /** Notes for stderr: a report of runs alone left out because its file is not the command's own. */
  readonly notes: readonly string[];
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

/**
 * Compares, then writes the comparison files into `outDir`. Without a pair to compare it writes
 * the report of the runs alone (report.html, charts with `png`) and deletes the command's own
 * comparison.csv of an earlier call, since it would describe other runs; so are its charts when
 * `png` is off.
 */
export async function writeComparison(
  outDir: string,
  finished: readonly FinishedRun[],
  pairs: readonly ScenarioPair[],
  png: boolean,
  lang: Lang = 'en',
): Promise<ComparisonOutcome> {
  let done = false;
  try {
    const outcome = await compareAndWrite(outDir, finished, pairs, png, lang);
    done = true;
    return outcome;
  } finally {
    // A comparison that failed leaves no files of an earlier one behind to be taken for its own.
    if (!done) removeOwnRootOutputs(outDir);
  }
}

async function compareAndWrite(
  outDir: string,
  finished: readonly FinishedRun[],
  pairs: readonly ScenarioPair[],
  png: boolean,
  lang: Lang,
): Promise<ComparisonOutcome> {
  const runs = readRunSet(outDir, finished);
  const unpaired = pairs.filter((p) => pairedSeeds(runs, p).length === 0);
  const compared = pairs.filter((p) => !unpaired.includes(p));
  const rows = compareScenarios(runs, compared);
  const scenarios = [...new Set(finished.map((f) => f.scenario))];
  const compare = rows.length > 0;
  const nothing = { rows, files: [], unpaired, cohorts: [], ranked: [], summary: '' };
  if (!compare) {
    removeOwnRootOutputs(outDir, ['comparison.csv']);
    // A report of runs alone is an extra: the user's file under its name keeps the call from writing it, not from succeeding.
    const foreign = foreignRootOutputs(outDir, png, false);
    if (scenarios.length === 0 || foreign.length > 0) {
      removeOwnRootOutputs(outDir);
      return {
        ...nothing,
        notes: foreign.map((f) => `simulate: ${f}: not written by simulate, so no report of the runs was written over it`),
      };
    }
  }
  const cohorts = compare ? readPairCohorts(outDir, runs, compared) : [];
  const ranked = rankProgrammes(cohorts);
  const report = await buildReport(runs, scenarios, rows, cohorts, ranked, lang);
  const charts = png ? await Promise.all(report.charts.map(async (c) => ({ name: `${c.name}.png`, bytes: await renderPng(c.svg) }))) : [];
  // Checked before anything is written, so a refusal leaves the earlier files as they were.
  const foreign = foreignRootOutputs(outDir, png, compare);
  if (foreign.length > 0) throw new Error(`${foreign.join(', ')}: not written by simulate, so not replaced`);
  const files: string[] = [];
  const put = (name: string, content: string | Uint8Array) => {
    const file = path.join(outDir, name);
    writeFileAtomic(file, content);
    files.push(file);
  };
  if (compare) put('comparison.csv', comparisonCsv(rows, cohorts, ranked));
  put('report.html', report.html);
  // PNGs from an earlier call would no longer match this report: replace or remove them all.
  const chartsDir = path.join(outDir, 'charts');
  if (png) {
    await writeDirectoryAtomic(chartsDir, async (tmp) => {
      const hashes: Record<string, string> = {};
      for (const c of charts) {
        writeFileSync(path.join(tmp, c.name), c.bytes);
        hashes[c.name] = sha256(c.bytes);
      }
      writeFileSync(path.join(tmp, 'manifest.json'), canonicalJson({ jejaring_version: VERSION, files: hashes }, 2) + '\n');
    });
    files.push(...charts.map((c) => path.join(chartsDir, c.name)));
  } else removeOwnRootOutputs(outDir, ['charts']);
  const summary = compare ? stdoutSummary(rows, cohorts, ranked, path.join(outDir, 'comparison.csv')) : '';
  return { rows, files, unpaired, cohorts, ranked, summary, notes: [] };
}
