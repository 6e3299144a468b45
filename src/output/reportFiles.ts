/**
 * The files a call writes at the root of the output directory, beside the scenario folders: the
 * comparison (comparison.csv, report.html) and the charts folder. Kept apart from the report's
 * code so the run command can check and clear them without loading the charting libraries.
 */
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { temporaryName } from './atomic.js';
import { fileOwnership, folderOwnership, type Ownership } from './owned.js';

/** Names the command writes at the root of the output directory; no scenario may be named so. */
export const ROOT_OUTPUT_NAMES = ['charts', 'comparison.csv', 'report.html'] as const;

/** A root output name. */
export type RootOutputName = (typeof ROOT_OUTPUT_NAMES)[number];

/** Whether a scenario name would be a folder where the command writes one of its root outputs. */
export function isReservedName(name: string): boolean {
  return (ROOT_OUTPUT_NAMES as readonly string[]).includes(name.toLowerCase());
}

/** The start of comparison.csv's header, which names its first columns. */
const COMPARISON_HEAD = 'scenario,baseline,metric,';

/** Whether what is at `OUT/<name>` is absent, written by the command, or something else. */
export function rootOutputOwnership(outDir: string, name: RootOutputName): Ownership {
  const target = path.join(outDir, name);
  if (name === 'charts') return folderOwnership(target);
  if (name === 'comparison.csv') return fileOwnership(target, (head) => head.startsWith(COMPARISON_HEAD));
  return fileOwnership(target, (head) => head.startsWith('<!DOCTYPE html>') && head.includes('<title>jejaring'));
}

/**
 * The root outputs a call would replace that are not the command's own: charts only with `png`,
 * comparison.csv only with a comparison (a report of runs alone writes report.html and charts).
 */
export function foreignRootOutputs(outDir: string, png: boolean, compare = true): string[] {
  const names = ROOT_OUTPUT_NAMES.filter((n) => (png || n !== 'charts') && (compare || n !== 'comparison.csv'));
  return names.filter((n) => rootOutputOwnership(outDir, n) === 'foreign').map((n) => path.join(outDir, n));
}

/**
 * Deletes the command's own root outputs among `names` (they describe runs of an earlier call);
 * anything else under those names is left. Returns the paths deleted.
 */
export function removeOwnRootOutputs(outDir: string, names: readonly RootOutputName[] = ROOT_OUTPUT_NAMES): string[] {
  const removed: string[] = [];
  for (const name of names) {
    if (rootOutputOwnership(outDir, name) !== 'own') continue;
    const target = path.join(outDir, name);
    if (name === 'charts') {
      // Set aside first: a folder half deleted would no longer be recognisable as the command's own.
      const aside = temporaryName(target, 'old');
      renameSync(target, aside);
      rmSync(aside, { recursive: true, force: true });
    } else rmSync(target, { force: true });
    removed.push(target);
  }
  return removed;
}
