/**
 * Comparisons at the command line: after the runs of a call, each scenario against its baseline
 * (files, then a short table on stdout); and `simulate compare DIR_A DIR_B`, two output trees
 * side by side, with an exit code that can gate CI.
 */
import { statSync } from 'node:fs';
import type { ScenarioPair } from '../compare/scenarios.js';
import { formatSummary } from '../compare/summary.js';
import { formatTreeComparison, treeVerdict } from '../compare/treeText.js';
import { compareTrees, listFiles, type Tolerance } from '../compare/trees.js';
import type { FinishedRun } from '../report/write.js';
import { writeOut } from './stdout.js';

/** Exit codes of `simulate compare`: 0 identical or within tolerance, 1 different, 2 bad input. */
export const COMPARE_EXIT = { same: 0, differ: 1, badInput: 2 } as const;

/**
 * Compares the finished runs of a call with their baselines, writes the files and prints their
 * paths and the summary table on stdout. Returns false when the comparison itself failed.
 */
export async function reportComparison(outDir: string, pairs: readonly ScenarioPair[], finished: readonly FinishedRun[], png: boolean): Promise<boolean> {
  try {
    // The charting libraries take a noticeable time to load; runs without a comparison skip them.
    const { writeComparison } = await import('../report/write.js');
    const outcome = await writeComparison(outDir, finished, pairs, png);
    for (const p of outcome.unpaired) {
      process.stderr.write(`simulate: ${p.scenario} not compared with ${p.baseline}: no seed ran for both (give --seed to run both on the same seeds)\n`);
    }
    for (const f of outcome.files) writeOut(`${f}\n`);
    const table = formatSummary(outcome.rows);
    if (table !== '') writeOut(`\n${table}`);
    return true;
  } catch (err) {
    const message = err instanceof Error ? (process.env.JEJARING_DEBUG ? (err.stack ?? err.message) : err.message) : String(err);
    process.stderr.write(`simulate: comparison failed: ${message}\n`);
    return false;
  }
}

function badDirectory(dir: string): string | undefined {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    return `compare: expected an output directory, but there is nothing at ${dir}`;
  }
  if (!isDir) return `compare: expected an output directory, but ${dir} is a file`;
  if (listFiles(dir).length === 0) return `compare: expected an output directory with files, but ${dir} is empty`;
  return undefined;
}

/** `simulate compare DIR_A DIR_B`: prints what differs and returns the exit code. */
export function compareCommand(a: string, b: string, tol: Tolerance): number {
  const problem = badDirectory(a) ?? badDirectory(b);
  if (problem) {
    process.stderr.write(`simulate: ${problem}\n`);
    return COMPARE_EXIT.badInput;
  }
  const result = compareTrees(a, b, tol);
  writeOut(formatTreeComparison(result, a, b, tol));
  return treeVerdict(result) === 0 ? COMPARE_EXIT.same : COMPARE_EXIT.differ;
}
