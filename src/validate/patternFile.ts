/**
 * Reads a patterns file and checks what the schema alone cannot: that every scenario a statistic
 * names is defined, that pattern names are unique and that ranges run from low to high.
 */
import path from 'node:path';
import { InputError, type InputProblem } from '../scenario/errors.js';
import { BASE_KEY, patternFileSchema, type PatternFile, type Statistic } from './patternSchema.js';
import { parseWith, problemAt, readYamlFile, type YamlFile } from './yamlFile.js';

/** A validated patterns file, with the means to point at its lines. */
export interface LoadedPatterns {
  readonly file: string;
  /** Directory that relative scenario paths in the file start from. */
  readonly dir: string;
  readonly data: PatternFile;
  readonly yaml: YamlFile;
}

/** The scenario keys a statistic reads, each with the field that names it. */
export function statisticScenarios(s: Statistic): { key: string; field: readonly string[] }[] {
  const out: { key: string; field: readonly string[] }[] = [{ key: s.scenario, field: ['scenario'] }];
  if (s.kind === 'paired' || s.kind === 'cohort') out.push({ key: s.baseline, field: ['baseline'] });
  if (s.kind === 'paired' && s.net_of) {
    out.push({ key: s.net_of.scenario, field: ['net_of', 'scenario'] }, { key: s.net_of.baseline, field: ['net_of', 'baseline'] });
  }
  return out;
}

/** Reads and checks a patterns file; throws InputError with every problem found. */
export function loadPatternFile(file: string): LoadedPatterns {
  const yaml = readYamlFile(file, 'a patterns file');
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    throw new InputError([problemAt(yaml, [], 'expected a mapping with `scenarios` and `patterns`')]);
  }
  const data = parseWith(yaml, patternFileSchema);
  const problems: InputProblem[] = [];
  if (BASE_KEY in data.scenarios) {
    problems.push(problemAt(yaml, ['scenarios', BASE_KEY], 'expected another key: `base` is the validated scenario itself', true));
  }
  const seen = new Set<string>();
  data.patterns.forEach((p, k) => {
    if (seen.has(p.name)) problems.push(problemAt(yaml, ['patterns', k, 'name'], `expected a unique name, but "${p.name}" is used above`));
    seen.add(p.name);
    for (const { key, field } of statisticScenarios(p.statistic)) {
      if (key !== BASE_KEY && !(key in data.scenarios)) {
        const known = [BASE_KEY, ...Object.keys(data.scenarios)].join(', ');
        problems.push(
          problemAt(
            yaml,
            ['patterns', k, 'statistic', ...field],
            `expected a scenario defined under \`scenarios\` (${known}), got "${key}"`,
          ),
        );
      }
    }
    const [lo, hi] = typeof p.target === 'object' && 'range' in p.target ? p.target.range : [null, null];
    if (lo !== null && hi !== null && lo > hi) {
      problems.push(problemAt(yaml, ['patterns', k, 'target', 'range'], `expected [low, high] with low <= high, got [${lo}, ${hi}]`));
    }
    if (p.statistic.kind === 'groups') {
      const [a, b] = p.statistic.within;
      if (a !== null && b !== null && a > b)
        problems.push(problemAt(yaml, ['patterns', k, 'statistic', 'within'], `expected [low, high] with low <= high, got [${a}, ${b}]`));
    }
    const periods = 'periods' in p.statistic ? p.statistic.periods : undefined;
    if (typeof periods === 'object' && periods.from > periods.to) {
      problems.push(
        problemAt(yaml, ['patterns', k, 'statistic', 'periods'], `expected from <= to, got from ${periods.from} to ${periods.to}`),
      );
    }
  });
  if (problems.length > 0) throw new InputError(problems);
  return { file, dir: path.dirname(path.resolve(file)), data, yaml };
}
