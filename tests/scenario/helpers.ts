/** In-process loading of scenario files written into a fresh directory, as the command reports them. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from '../../src/cli/run.js';
import { formatProblem } from '../../src/scenario/errors.js';
import { tempDir } from '../helpers/cli.js';

/** Writes `files` into a fresh directory and returns it. */
export function writeFiles(files: Record<string, string | Buffer>): string {
  const dir = tempDir('jejaring-scenario-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Loads `names` (in `dir`) as `simulate` does; returns the loaded names and the error lines, paths relative to `dir`. */
export function loadIn(dir: string, names: readonly string[], memoryLimit = 2 ** 40) {
  const { loaded, problems } = loadAll(
    names.map((name) => ({ file: path.join(dir, name) })),
    memoryLimit,
  );
  const rel = path.relative(process.cwd(), dir);
  const strip = (line: string) => line.split(`${dir}${path.sep}`).join('').split(`${rel}${path.sep}`).join('');
  return { names: loaded.map((l) => l.scenario.name), lines: problems.map((p) => strip(formatProblem(p))), loaded };
}

/** Loads one file with this text; returns its error lines. */
export function errorsOf(text: string | Buffer, name = 's.yaml'): string[] {
  return loadIn(writeFiles({ [name]: text }), [name]).lines;
}

/** A small valid scenario. */
export const SMALL = 'horizon_days: 20\npopulation: {households: 50, poor_households: 10, home_industries: 5}\n';
