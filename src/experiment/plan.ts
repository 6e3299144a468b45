/**
 * Reads an experiment plan: the YAML read and located as scenario files are (readText, parse,
 * locate), validated by the plan schema, then checked against the scenarios it names: every
 * factor a number field of the base whose ends the scenario accepts, every output's columns
 * written by the runs, programmes that resolve to scenarios. Problems are `file:line:col` lines.
 */
import path from 'node:path';
import type * as z from 'zod';
import { InputError, inputError, type InputProblem } from '../scenario/errors.js';
import { allowedKeys, describeIssue } from '../scenario/issues.js';
import { displayPath, loadScenario, mergeScenario } from '../scenario/load.js';
import { locate, type SourceFile } from '../scenario/locate.js';
import { parseScenarioText } from '../scenario/parse.js';
import { FileRefusal, readScenarioText } from '../scenario/readText.js';
import { formatFieldPath } from '../scenario/errors.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import { expectedHeaders } from '../validate/validate.js';
import { withValues } from '../validate/scenarios.js';
import type { Factor } from './factors.js';
import { outputColumns } from './outputs.js';
import { planSchema, type PlanData } from './planSchema.js';

/** The key of the base scenario among the programmes. */
export const BASELINE = 'baseline';

/** A checked plan with its scenarios resolved. */
export interface Plan {
  readonly file: string;
  readonly data: PlanData;
  readonly base: Scenario;
  /** Baseline first, then the programmes in the plan's order. */
  readonly scenarios: readonly { readonly key: string; readonly scenario: Scenario }[];
  readonly factors: readonly Factor[];
  /** The objective: an output name and which way is better. */
  readonly objective: { readonly output: string; readonly better: 'higher' | 'lower' };
  /** The patterns file for acceptance, resolved. */
  readonly patternsFile: string;
  /** A problem at a field of the plan file. */
  readonly problemAt: (at: readonly PropertyKey[], message: string) => InputProblem;
}

function problem(src: SourceFile, at: readonly PropertyKey[], message: string, wantKey = false): InputProblem {
  return { ...locate([src], at, wantKey), field: formatFieldPath(at), message };
}

function readPlanFile(file: string): SourceFile {
  const abs = path.resolve(file);
  try {
    return { ...parseScenarioText(file, readScenarioText(abs)), file, abs };
  } catch (err) {
    if (err instanceof FileRefusal) throw inputError(file, 1, 1, '(file)', `expected an experiment plan, but ${err.message}`);
    throw err;
  }
}

function parsePlan(src: SourceFile): PlanData {
  const result = planSchema.safeParse(src.data, { reportInput: true });
  if (result.success) return result.data;
  throw new InputError(result.error.issues.map((issue) => issueProblem(src, issue)));
}

function issueProblem(src: SourceFile, issue: z.core.$ZodIssue): InputProblem {
  if (issue.code === 'unrecognized_keys') {
    const at = [...issue.path, issue.keys[0]];
    return problem(src, at, `unknown field; expected one of ${allowedKeys(planSchema, issue.path, src.data).join(', ')}`, true);
  }
  return problem(src, issue.path, describeIssue(issue));
}

/** Reads and checks a plan file; throws InputError with every problem found. */
export function loadPlan(file: string, defaultPatterns: string): Plan {
  const src = readPlanFile(file);
  const data = parsePlan(src);
  const near = (f: string) => displayPath(path.resolve(path.dirname(src.abs), f));
  const base = loadAt(src, ['base'], near(data.base));
  const problems: InputProblem[] = [];
  const scenarios = [{ key: BASELINE, scenario: base }];
  for (const [key, def] of Object.entries(data.programmes)) {
    if (key === BASELINE) {
      problems.push(problem(src, ['programmes', key], 'expected another key: `baseline` is the base scenario itself', true));
      continue;
    }
    try {
      scenarios.push({ key, scenario: resolveProgramme(src, base, key, def, near) });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (scenarios.length < 2) problems.push(problem(src, ['programmes'], 'expected at least one programme to compare with the base'));
  const factors = checkFactors(src, data, base, problems);
  checkOutputs(src, data, base, problems);
  const names = Object.keys(data.outputs);
  const objective = data.objective ?? { output: names[0], better: 'higher' as const };
  if (names.length === 0) problems.push(problem(src, ['outputs'], 'expected at least one output'));
  else if (!names.includes(objective.output)) {
    problems.push(problem(src, ['objective', 'output'], `expected one of the outputs (${names.join(', ')}), got "${objective.output}"`));
  }
  if (problems.length > 0) throw new InputError(problems.slice(0, 10));
  return {
    file,
    data,
    base,
    scenarios,
    factors,
    objective,
    problemAt: (at, message) => problem(src, at, message),
    patternsFile: data.patterns ? near(data.patterns) : defaultPatterns,
  };
}

function loadAt(src: SourceFile, at: readonly PropertyKey[], file: string): Scenario {
  try {
    return loadScenario(file).scenario;
  } catch (err) {
    if (err instanceof InputError && err.problems[0].field === '(file)') {
      throw new InputError([problem(src, at, `expected a scenario file, but there is none readable at ${file}`)]);
    }
    throw err;
  }
}

function resolveProgramme(
  src: SourceFile,
  base: Scenario,
  key: string,
  def: PlanData['programmes'][string],
  near: (f: string) => string,
): Scenario {
  if (typeof def === 'string') return loadAt(src, ['programmes', key], near(def));
  const merged = mergeScenario(structuredClone(base) as Record<string, unknown>, {
    name: `${base.name}-${key.replace(/_/g, '-')}`,
    kind: 'programme',
    ...(def.description ? { description: def.description } : {}),
  });
  merged.interventions = [...base.interventions, ...def.interventions];
  const result = scenarioSchema.safeParse(merged, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue.path[0] === 'interventions' && typeof issue.path[1] === 'number' ? issue.path.slice(2) : [];
    const index = typeof issue.path[1] === 'number' ? issue.path[1] - base.interventions.length : 0;
    throw new InputError([problem(src, ['programmes', key, 'interventions', Math.max(0, index), ...at], describeIssue(issue))]);
  }
  return result.data as Scenario;
}

function checkFactors(src: SourceFile, data: PlanData, base: Scenario, problems: InputProblem[]): Factor[] {
  const out: Factor[] = [];
  for (const [p, def] of Object.entries(data.factors)) {
    const at = ['factors', p];
    const fail = (field: string | undefined, message: string) => problems.push(problem(src, field ? [...at, field] : at, message, !field));
    if ((def.range === undefined) === (def.values === undefined)) {
      fail(undefined, 'expected exactly one of range: [low, high] or values: [...]');
      continue;
    }
    const distribution = def.distribution ?? (def.values ? 'discrete' : 'uniform');
    if ((distribution === 'discrete') !== (def.values !== undefined)) {
      fail('distribution', `expected ${def.values ? 'discrete with values' : 'uniform or loguniform with a range'}, got ${distribution}`);
      continue;
    }
    const [low, high] = def.range ?? [Math.min(...(def.values ?? [])), Math.max(...(def.values ?? []))];
    if (low > high) {
      fail('range', `expected [low, high] with low <= high, got [${low}, ${high}]`);
      continue;
    }
    if (distribution === 'loguniform' && low <= 0) {
      fail('range', `expected a range above 0 for loguniform, got [${low}, ${high}]`);
      continue;
    }
    const ends = def.values ?? [low, high];
    const bad = ends.map((v) => ({ v, r: withValues(base, { [p]: v }) })).find((x) => 'problems' in x.r);
    if (bad && 'problems' in bad.r) {
      const first = bad.r.problems[0];
      const field = def.values ? 'values' : 'range';
      fail(
        first.path === p && first.message.includes('names none') ? undefined : field,
        first.message.includes('path') ? first.message : `expected values the base scenario accepts, but ${bad.v}: ${first.message}`,
      );
      continue;
    }
    out.push({ path: p, distribution, low, high, values: def.values ?? [], integer: def.integer });
  }
  if (Object.keys(data.factors).length === 0) problems.push(problem(src, ['factors'], 'expected at least one factor'));
  return out;
}

function checkOutputs(src: SourceFile, data: PlanData, base: Scenario, problems: InputProblem[]): void {
  const header = expectedHeaders(base).metrics;
  for (const [name, def] of Object.entries(data.outputs)) {
    for (const { column, field } of outputColumns(def)) {
      if (!header.includes(column)) {
        problems.push(
          problem(
            src,
            ['outputs', name, ...field],
            `expected a column of metrics.csv, got "${column}"; its columns are ${header.slice(3).join(', ')}`,
          ),
        );
      }
    }
  }
}
