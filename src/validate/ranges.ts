/**
 * The ranges file of a calibration search (calibration/ranges.yaml): the scenario and patterns to
 * calibrate against, how many parameter sets and seeds, and each assumed parameter's plausible
 * range with its source. Paths are relative to the ranges file.
 */
import path from 'node:path';
import * as z from 'zod';
import { InputError, type InputProblem } from '../scenario/errors.js';
import { displayPath } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import { withValues } from './scenarios.js';
import { parseWith, problemAt, readYamlFile, type YamlFile } from './yamlFile.js';

const parameter = z.strictObject({
  range: z.tuple([z.number(), z.number()]).describe('[low, high] of the plausible values.'),
  source: z.string().min(1).describe('Where the range comes from, or "assumed".'),
  integer: z.boolean().default(false).describe('Whole numbers only (days, counts).'),
});

/** The schema of a ranges file. */
export const rangesSchema = z.strictObject({
  scenario: z.string().min(1).describe('Scenario file to calibrate, relative to this file.'),
  patterns: z.string().min(1).describe('Patterns file every set must pass, relative to this file.'),
  samples: z.int().min(1).default(50).describe('Parameter sets drawn by Latin hypercube.'),
  seeds: z.int().min(1).default(3).describe('Seeds 1..K run for each set.'),
  seed: z.int().min(0).default(1).describe('Seed of the Latin hypercube.'),
  sweep: z
    .strictObject({
      pattern: z.string().min(1).describe('Pattern whose figure the one-at-a-time sweep reports.'),
      points: z.int().min(2).default(5).describe('Values per parameter, evenly spaced over its range.'),
    })
    .optional(),
  parameters: z.record(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]*(\[\d+\])*(\.[a-z_][a-z0-9_]*(\[\d+\])*)*$/, 'expected a dotted field path such as warungs.outright_margin'),
    parameter,
  ),
});

/** A parameter to calibrate. */
export interface Parameter {
  /** Dotted path in the scenario, e.g. `warungs.outright_margin`. */
  readonly path: string;
  readonly low: number;
  readonly high: number;
  readonly integer: boolean;
  readonly source: string;
  /** The scenario's own value, where the sweep holds it. */
  readonly value: number;
}

/** A checked ranges file. */
export interface LoadedRanges {
  readonly yaml: YamlFile;
  readonly data: z.infer<typeof rangesSchema>;
  /** Scenario and patterns paths, resolved against the ranges file. */
  readonly scenarioFile: string;
  readonly patternsFile: string;
}

function valueAt(s: Scenario, dotted: string): number | undefined {
  let node: unknown = s;
  for (const seg of dotted.split(/\.|\[(\d+)\]/).filter((x) => x !== undefined && x !== ''))
    node = (node as Record<string, unknown> | undefined)?.[seg];
  return typeof node === 'number' ? node : undefined;
}

/** Reads and validates a ranges file; its parameters are checked against the scenario by checkParameters. */
export function loadRanges(file: string): LoadedRanges {
  const yaml = readYamlFile(file, 'a ranges file');
  const data = parseWith(yaml, rangesSchema);
  const near = (f: string) => displayPath(path.resolve(path.dirname(file), f));
  return { yaml, data, scenarioFile: near(data.scenario), patternsFile: near(data.patterns) };
}

/** The parameters of the file checked against the scenario: each path a number field, each end a valid value. */
export function checkParameters(r: LoadedRanges, base: Scenario): Parameter[] {
  const problems: InputProblem[] = [];
  const out: Parameter[] = [];
  for (const [p, def] of Object.entries(r.data.parameters)) {
    const at = ['parameters', p];
    const value = valueAt(base, p);
    const [low, high] = def.range;
    if (value === undefined) {
      problems.push(problemAt(r.yaml, at, `expected the path of a number field of the scenario, but "${p}" names none`, true));
      continue;
    }
    if (low > high || (def.integer && (!Number.isInteger(low) || !Number.isInteger(high)))) {
      problems.push(
        problemAt(
          r.yaml,
          [...at, 'range'],
          `expected [low, high] with low <= high${def.integer ? ', whole numbers' : ''}, got [${low}, ${high}]`,
        ),
      );
      continue;
    }
    for (const end of [low, high]) {
      const applied = withValues(base, { [p]: end });
      if ('problems' in applied)
        problems.push(
          problemAt(r.yaml, [...at, 'range'], `expected values the scenario accepts, but ${end}: ${applied.problems[0].message}`),
        );
    }
    out.push({ path: p, low, high, integer: def.integer, source: def.source, value });
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
