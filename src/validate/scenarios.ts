/**
 * The scenarios a validation runs: the validated scenario (`base`) and the counterfactuals of the
 * patterns file, each either a scenario file or changes written inline over `$scenario`, so a
 * user validating their own village gets their village without its network, not Balewangi's.
 */
import path from 'node:path';
import { InputError, type InputProblem } from '../scenario/errors.js';
import { describeIssue } from '../scenario/issues.js';
import { loadScenario, mergeScenario } from '../scenario/load.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import type { LoadedPatterns } from './patternFile.js';
import { BASE_KEY, SELF } from './patternSchema.js';
import { parseWith, problemAt } from './yamlFile.js';

/** The scenario for each key a validation needs, `base` included. */
export function resolveScenarios(patterns: LoadedPatterns, base: Scenario, keys: readonly string[]): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  const problems: InputProblem[] = [];
  for (const key of keys) {
    if (key === BASE_KEY) {
      out.set(key, base);
      continue;
    }
    try {
      out.set(key, resolveOne(patterns, base, key));
    } catch (err) {
      if (err instanceof InputError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

function resolveOne(patterns: LoadedPatterns, base: Scenario, key: string): Scenario {
  const def = patterns.data.scenarios[key];
  if (typeof def === 'string') return loadScenario(path.relative(process.cwd(), path.resolve(patterns.dir, def)) || def).scenario;
  const { extends: from, ...changes } = def;
  let start: Scenario;
  if (from === SELF) start = base;
  else {
    try {
      start = loadScenario(path.relative(process.cwd(), path.resolve(patterns.dir, from))).scenario;
    } catch (err) {
      if (err instanceof InputError && err.problems[0].field === '(file)') {
        throw new InputError([
          problemAt(patterns.yaml, ['scenarios', key, 'extends'], `expected ${SELF} or an existing scenario file, got "${from}"`),
        ]);
      }
      throw err;
    }
  }
  const merged = mergeScenario(structuredClone(start) as Record<string, unknown>, {
    name: `${base.name}-${key.replace(/_/g, '-')}`,
    ...changes,
  });
  return parseWith(patterns.yaml, scenarioSchema, ['scenarios', key], merged) as Scenario;
}

/** A problem with a parameter value set on a scenario, by dotted path. */
export interface ValueProblem {
  readonly path: string;
  readonly message: string;
}

/** Splits `a.b[2].c` into ['a', 'b', 2, 'c']. */
export function splitPath(dotted: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of dotted.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [];
    out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The scenario with these values set at their dotted paths (`warungs.outright_margin`), validated again. */
export function withValues(
  scenario: Scenario,
  values: Readonly<Record<string, number>>,
): { scenario: Scenario } | { problems: ValueProblem[] } {
  const copy = structuredClone(scenario) as Record<string, unknown>;
  const problems: ValueProblem[] = [];
  for (const [dotted, value] of Object.entries(values)) {
    const segs = splitPath(dotted);
    let node: unknown = copy;
    for (let k = 0; k < segs.length - 1 && node !== undefined; k++) node = (node as Record<string | number, unknown>)[segs[k]];
    const last = segs[segs.length - 1];
    if (segs.length === 0 || typeof node !== 'object' || node === null || !(last in node)) {
      problems.push({ path: dotted, message: `expected the path of a field of the scenario, but ${JSON.stringify(dotted)} names none` });
      continue;
    }
    if (typeof (node as Record<string | number, unknown>)[last] !== 'number') {
      problems.push({ path: dotted, message: `expected the path of a number field, but ${JSON.stringify(dotted)} holds something else` });
      continue;
    }
    (node as Record<string | number, unknown>)[last] = value;
  }
  if (problems.length > 0) return { problems };
  const result = scenarioSchema.safeParse(copy, { reportInput: true });
  if (!result.success) {
    return { problems: result.error.issues.map((i) => ({ path: i.path.join('.'), message: describeIssue(i) })) };
  }
  return { scenario: result.data as Scenario };
}
