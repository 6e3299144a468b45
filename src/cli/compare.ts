/**
 * Comparisons at the command line: after the runs of a call, each scenario against its baseline
 * (files, then a short table on stdout); and `simulate compare DIR_A DIR_B`, two output trees
 * side by side, with an exit code that can gate CI.
 */
import { lstatSync, statSync } from 'node:fs';
import type { ScenarioPair } from '../compare/scenarios.js';
import { formatTreeComparison, treeVerdict } from '../compare/treeText.js';
import { listFiles, TreeInputError, verifyManifests } from '../compare/treeFiles.js';
import { compareTrees, type Tolerance } from '../compare/trees.js';
import type { Lang } from '../report/lang.js';
import type { FinishedRun } from '../report/write.js';
import { escapeControl, escapeControlKeepLines } from '../scenario/escape.js';
import { writeOut } from './stdout.js';

/** Exit codes of `simulate compare`: 0 identical or within tolerance, 1 different, 2 bad input. */
export const COMPARE_EXIT = { same: 0, differ: 1, badInput: 2 } as const;

/**
 * Compares the finished runs of a call with their baselines, writes the files and prints on stdout
 * the summary (the ranked programmes first), then `runLines` (the call's run directories), then
 * the files' paths. Returns false when the comparison itself failed (the run lines are printed anyway).
 */
export async function reportComparison(
  outDir: string,
  pairs: readonly ScenarioPair[],
  finished: readonly FinishedRun[],
  png: boolean,
  lang: Lang = 'en',
  runLines = '',
): Promise<boolean> {
  try {
    // The charting libraries take a noticeable time to load: only a call that wrote runs loads them.
    const { writeComparison } = await import('../report/write.js');
    const outcome = await writeComparison(outDir, finished, pairs, png, lang);
    for (const p of outcome.unpaired) {
      process.stderr.write(
        `simulate: ${p.scenario} not compared with ${p.baseline}: no seed ran for both (give --seed to run both on the same seeds)\n`,
      );
    }
    for (const n of outcome.notes) process.stderr.write(`${escapeControl(n)}\n`);
    if (outcome.summary !== '') writeOut(`${outcome.summary}\n`);
    writeOut(runLines);
    for (const f of outcome.files) writeOut(`${f}\n`);
    return true;
  } catch (err) {
    const message = err instanceof Error ? (process.env.JEJARING_DEBUG ? (err.stack ?? err.message) : err.message) : String(err);
    writeOut(runLines);
    process.stderr.write(`simulate: comparison failed: ${message}\n`);
    return false;
  }
}

/** Problem lines shown before the rest are counted. */
const PROBLEMS_SHOWN = 10;

function treeFiles(dir: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && lstatExists(dir))
      throw new TreeInputError(`${dir}: expected an output directory, got a symbolic link to nothing`);
    if (code === 'ELOOP') throw new TreeInputError(`${dir}: expected an output directory, got a loop of symbolic links`);
    throw new TreeInputError(`${dir}: expected an output directory, but there is nothing at this path`);
  }
  if (!isDir) throw new TreeInputError(`${dir}: expected an output directory, but it is a file`);
  const files = listFiles(dir);
  if (files.length === 0) throw new TreeInputError(`${dir}: expected an output directory with files, but it is empty`);
  return files;
}

function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * `simulate compare DIR_A DIR_B`: prints what differs and returns the exit code. A tree that cannot
 * be read as it is, or whose files no longer match their manifest, is bad input.
 */
export function compareCommand(a: string, b: string, tol: Tolerance): number {
  try {
    const filesA = treeFiles(a);
    const filesB = treeFiles(b);
    const problems = [...verifyManifests(a, filesA), ...verifyManifests(b, filesB)];
    if (problems.length > 0) {
      for (const p of problems.slice(0, PROBLEMS_SHOWN)) process.stderr.write(`simulate: compare: ${escapeControl(p)}\n`);
      if (problems.length > PROBLEMS_SHOWN)
        process.stderr.write(`simulate: compare: ... and ${problems.length - PROBLEMS_SHOWN} more files like these\n`);
      return COMPARE_EXIT.badInput;
    }
    const result = compareTrees(a, b, tol, filesA, filesB);
    writeOut(escapeControlKeepLines(formatTreeComparison(result, a, b, tol)));
    return treeVerdict(result) === 0 ? COMPARE_EXIT.same : COMPARE_EXIT.differ;
  } catch (err) {
    if (!(err instanceof TreeInputError)) throw err;
    process.stderr.write(`simulate: compare: ${escapeControl(err.message)}\n`);
    return COMPARE_EXIT.badInput;
  }
}
