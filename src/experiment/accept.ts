/**
 * Pattern acceptance (pattern-oriented modelling as approximate Bayesian rejection): at every
 * design point the validation runs of `simulate validate` (the point's base scenario and the
 * patterns file's counterfactuals, on the plan's seeds), each seed's pattern figures recorded as
 * they complete, and the point accepted when every pattern passes over the seeds. It costs one
 * run per counterfactual (and one of the base) per point and seed, so it is opt-in.
 */
import { canonicalJson } from '../output/canonical.js';
import { sha256 } from '../output/atomic.js';
import type { Scenario } from '../scenario/schema.js';
import { judgePattern } from '../validate/judge.js';
import { loadPatternFile, type LoadedPatterns } from '../validate/patternFile.js';
import { computeFigure, type RunTables } from '../validate/statistics.js';
import { planValidation } from '../validate/validate.js';
import type { Outcomes } from './results.js';
import type { PendingRun } from './runner.js';

/** The patterns an experiment accepts points by. */
export interface Acceptance {
  readonly patterns: LoadedPatterns;
  /** Hash of the patterns file's content: recorded figures of another version are not reused. */
  readonly hash: string;
  readonly names: readonly string[];
}

/** Reads the patterns file for acceptance. */
export function loadAcceptance(file: string): Acceptance {
  const patterns = loadPatternFile(file);
  return { patterns, hash: sha256(canonicalJson(patterns.data)), names: patterns.data.patterns.map((p) => p.name) };
}

/**
 * The validation runs of one point and seed; `record` gets the pattern figures (null where a
 * figure has none) once all of them are in.
 */
export function acceptanceRuns(
  acc: Acceptance,
  base: Scenario,
  seed: number,
  id: string,
  record: (figures: Outcomes) => void,
): PendingRun[] {
  const plan = planValidation(acc.patterns, base);
  const tables = new Map<string, RunTables>();
  const keys = [...plan.scenarios.keys()];
  return keys.map((key) => ({
    id: `${id}/${key}`,
    scenario: plan.scenarios.get(key) as Scenario,
    seed,
    collect: plan.needsAgents.has(key) ? 'all' : 'metrics',
    done: (t) => {
      tables.set(key, t);
      if (tables.size < keys.length) return;
      record(
        acc.patterns.data.patterns.map((p) => {
          const f = computeFigure(p.statistic, (k) => tables.get(k) as RunTables);
          return 'value' in f && Number.isFinite(f.value) ? f.value : null;
        }),
      );
      tables.clear();
    },
  }));
}

/** Whether each pattern passes at a point, from its figures per seed (in seed order); the point is accepted when all do. */
export function judgePoint(acc: Acceptance, seeds: readonly number[], figures: readonly Outcomes[]): boolean[] {
  return acc.patterns.data.patterns.map((p, k) => {
    const per = figures.map((f) => (f[k] === null || f[k] === undefined ? { none: 'no figure' } : { value: f[k] as number }));
    return judgePattern(p, seeds, per).pass;
  });
}
