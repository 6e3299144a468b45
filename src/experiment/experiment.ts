/**
 * An experiment from plan to data: the design's points, the runs still missing from the results
 * file (every programme and the baseline on the same seeds at every point), the pattern
 * acceptance when asked for, and, once everything is in, the outcomes of every run.
 */
import path from 'node:path';
import { sha256 } from '../output/atomic.js';
import { canonicalJson } from '../output/canonical.js';
import { type Acceptance, acceptanceRuns, judgePoint } from './accept.js';
import type { Design } from './designs.js';
import { computeOutput } from './outputs.js';
import type { Plan } from './plan.js';
import { designOf, pointValues, scenarioAt } from './points.js';
import { type Outcomes, openResults, readResults, runId, writeResultsInOrder } from './results.js';
import { type PendingRun, type RunOptions, type RunSummary, runPending } from './runner.js';

/** Name of the results file in the output folder. */
export const RESULTS_FILE = 'results.jsonl';

/** Everything an experiment found, once complete. */
export interface ExperimentData {
  readonly plan: Plan;
  readonly design: Design;
  /** Factor values at each point. */
  readonly values: readonly (readonly number[])[];
  readonly seeds: readonly number[];
  /** Outcomes of a run by point, programme key and seed. */
  readonly outcomes: (point: number, programme: string, seed: number) => Outcomes;
  /** Per point, whether it passes the patterns (absent without acceptance). */
  readonly accepted?: readonly boolean[];
  /** Pattern names and, per point and seed, their figures (absent without acceptance). */
  readonly patterns?: {
    readonly names: readonly string[];
    readonly figures: readonly (readonly Outcomes[])[];
    /** Per point, whether each pattern passes. */
    readonly pass: readonly (readonly boolean[])[];
  };
}

/** How an experiment call ended. */
export type ExperimentResult =
  | { readonly status: 'done'; readonly data: ExperimentData; readonly summary: RunSummary }
  | { readonly status: 'stopped' | 'failed'; readonly summary: RunSummary; readonly left: number };

/** Hash of what the runs depend on: the plan's runs and outputs, not its acceptance or analysis options. */
export function planHash(plan: Plan): string {
  const { accept: _a, patterns: _p, objective: _o, ...rest } = plan.data;
  return sha256(canonicalJson({ format: 1, plan: rest, scenarios: plan.scenarios }));
}

/** Runs what is missing of the experiment in `out` and, when complete, returns its data. */
export async function runExperiment(
  plan: Plan,
  out: string,
  opts: RunOptions & { readonly accept?: Acceptance; readonly onPlanned?: (runs: number, skipped: number) => void },
): Promise<ExperimentResult> {
  const design = designOf(plan);
  const values = pointValues(plan, design);
  const seeds = Array.from({ length: plan.data.seeds }, (_, k) => k + 1);
  const hash = planHash(plan);
  const file = path.join(out, RESULTS_FILE);
  const results = readResults(file, hash);
  const acc = opts.accept;
  const outputs = Object.values(plan.data.outputs);
  const writer = openResults(file, hash);
  const pending: PendingRun[] = [];
  let skipped = 0;
  try {
    values.forEach((v, p) => {
      for (const { key, scenario } of plan.scenarios) {
        for (const seed of seeds) {
          const id = runId(p, key, seed);
          if (results.runs.has(id)) {
            skipped++;
            continue;
          }
          pending.push({
            id,
            scenario: scenarioAt(plan, scenario, v),
            seed,
            collect: 'metrics',
            done: (t) => {
              const o = outputs.map((def) => computeOutput(def, t.metrics));
              results.runs.set(id, o);
              writer.run(id, o);
            },
          });
        }
      }
      if (!acc) return;
      for (const seed of seeds) {
        const id = `${p}/${seed}`;
        if (results.accept.get(id)?.patterns === acc.hash) continue;
        const record = (figures: Outcomes) => {
          results.accept.set(id, { patterns: acc.hash, figures });
          writer.accept(id, acc.hash, figures);
        };
        pending.push(...acceptanceRuns(acc, scenarioAt(plan, plan.base, v), seed, `${p}/accept/${seed}`, record));
      }
    });
    opts.onPlanned?.(pending.length, skipped);
    const summary = await runPending(pending, opts);
    if (summary.failed.length > 0 || summary.stopped) {
      return { status: summary.failed.length > 0 ? 'failed' : 'stopped', summary, left: pending.length - summary.ran };
    }
    writer.close();
    const ids = values.flatMap((_, p) => plan.scenarios.flatMap(({ key }) => seeds.map((seed) => runId(p, key, seed))));
    writeResultsInOrder(file, hash, results, ids);
    const outcomes = (p: number, key: string, seed: number) => results.runs.get(runId(p, key, seed)) as Outcomes;
    if (!acc) return { status: 'done', summary, data: { plan, design, values, seeds, outcomes } };
    const figures = values.map((_, p) => seeds.map((s) => (results.accept.get(`${p}/${s}`)?.figures ?? []) as Outcomes));
    const pass = figures.map((f) => judgePoint(acc, seeds, f));
    const accepted = pass.map((p) => p.every(Boolean));
    return {
      status: 'done',
      summary,
      data: { plan, design, values, seeds, outcomes, accepted, patterns: { names: acc.names, figures, pass } },
    };
  } finally {
    writer.close();
  }
}
