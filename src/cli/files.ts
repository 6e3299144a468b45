/**
 * Scenario arguments: plain paths are taken as given (a missing one is reported by the loader);
 * patterns are expanded here, in sorted order, because a quoted pattern reaches us unexpanded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type * as tinyglobby from 'tinyglobby';
import { displayPath } from '../scenario/load.js';
import type { InputProblem } from '../scenario/errors.js';

/** The bundled default scenario, found relative to the package so it works from any directory. */
export function defaultScenarioPath(): string {
  return displayPath(fileURLToPath(new URL('../../scenarios/balewangi.yaml', import.meta.url)));
}

/** A scenario file to load, or a pattern that matched nothing. */
export type ScenarioArg = { readonly file: string } | { readonly problem: InputProblem };

// The glob module is loaded only for an argument that could be a pattern: a plain path never needs it.
const require = createRequire(import.meta.url);
const MAYBE_PATTERN = /[*?[\]{}()!+@]/;

/** Expands arguments into scenario files, in argument order; empty patterns become problems. */
export function expandScenarioArgs(args: readonly string[]): ScenarioArg[] {
  const out: ScenarioArg[] = [];
  for (const arg of args) {
    const glob = MAYBE_PATTERN.test(arg) ? (require('tinyglobby') as typeof tinyglobby) : undefined;
    if (glob === undefined || !glob.isDynamicPattern(arg)) {
      out.push({ file: arg });
      continue;
    }
    const matches = glob.globSync(arg, { onlyFiles: true, expandDirectories: false }).sort();
    if (matches.length === 0) {
      const message = 'expected the pattern to match at least one scenario file, but it matched none';
      out.push({ problem: { file: arg, line: 1, col: 1, field: '(file)', message } });
    }
    for (const m of matches) out.push({ file: path.normalize(m) });
  }
  return out;
}
