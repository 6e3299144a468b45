/**
 * The analyses of a finished experiment: per point, the responses (the baseline's outputs, each
 * programme's paired effect on them, and the pattern figures), their Morris or Sobol indices, and
 * the robust ranking of the programmes over the (accepted) points: mean effect on the objective
 * and its spread over points, the probability of being the best programme, and the regret.
 */
import { BASELINE } from './plan.js';
import type { ExperimentData } from './experiment.js';
import { type MorrisIndex, morrisIndices, type SobolIndex, sobolIndices } from './sensitivity.js';

/** A response: one number per design point (NaN where a run had no figure). */
export interface Response {
  readonly name: string;
  readonly values: readonly number[];
}

/** How one programme fares across the points. */
export interface ProgrammeRank {
  readonly programme: string;
  /** Points ranked over (the accepted ones under acceptance). */
  readonly points: number;
  /** Mean paired effect on the objective (programme minus baseline, same seeds), in the output's unit. */
  readonly effectMean: number;
  readonly effectP05: number;
  readonly effectP95: number;
  /** Share of points where the effect is better than none. */
  readonly sharePositive: number;
  /** Share of points where it is the best programme. */
  readonly pBest: number;
  /** How far it falls short of the best programme at a point, mean and largest over points. */
  readonly regretMean: number;
  readonly regretMax: number;
}

function mean(v: readonly number[]): number {
  return v.length === 0 ? Number.NaN : v.reduce((s, x) => s + x, 0) / v.length;
}

function quantile(v: readonly number[], p: number): number {
  const s = [...v].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = p * (s.length - 1);
  const lo = Math.floor(at);
  return s[lo] + (at - lo) * (s[Math.min(s.length - 1, lo + 1)] - s[lo]);
}

const num = (x: number | null | undefined) => (x === null || x === undefined ? Number.NaN : x);

/** Mean over seeds of a programme's outcome k minus the baseline's on the same seed (or the baseline's own with `key` baseline). */
function pointResponse(data: ExperimentData, p: number, key: string, k: number): number {
  return mean(
    data.seeds.map((s) => {
      const b = num(data.outcomes(p, BASELINE, s)[k]);
      return key === BASELINE ? b : num(data.outcomes(p, key, s)[k]) - b;
    }),
  );
}

/** Every response of the experiment, by name: `baseline:OUT`, `PROG-baseline:OUT`, `pattern:NAME`. */
export function responsesOf(data: ExperimentData): Response[] {
  const outputs = Object.keys(data.plan.data.outputs);
  const out: Response[] = [];
  for (const { key } of data.plan.scenarios) {
    outputs.forEach((o, k) => {
      const name = key === BASELINE ? `baseline:${o}` : `${key}-baseline:${o}`;
      out.push({ name, values: data.values.map((_, p) => pointResponse(data, p, key, k)) });
    });
  }
  data.patterns?.names.forEach((n, k) => {
    out.push({ name: `pattern:${n}`, values: data.patterns?.figures.map((f) => mean(f.map((s) => num(s[k])))) ?? [] });
  });
  return out;
}

/** Morris indices of every response whose values are all numbers. */
export function morrisOf(data: ExperimentData, responses: readonly Response[]): { response: string; indices: MorrisIndex[] }[] {
  if (data.design.kind !== 'morris') return [];
  const d = data.design;
  return responses
    .filter((r) => r.values.every(Number.isFinite))
    .map((r) => ({ response: r.name, indices: morrisIndices(d.unit, d.trajectories, r.values) }));
}

/** Sobol indices of every response whose values are all numbers. */
export function sobolOf(data: ExperimentData, responses: readonly Response[]): { response: string; indices: SobolIndex[] }[] {
  const def = data.plan.data.design;
  if (data.design.kind !== 'sobol' || def.kind !== 'sobol') return [];
  const { samples } = data.design;
  return responses
    .filter((r) => r.values.every(Number.isFinite))
    .map((r) => ({ response: r.name, indices: sobolIndices(r.values, samples, data.plan.factors.length, def.bootstrap, def.seed) }));
}

/** The programmes ranked over the points (the accepted ones under acceptance) by the objective. */
export function rankProgrammes(data: ExperimentData): ProgrammeRank[] {
  const { plan } = data;
  const k = Object.keys(plan.data.outputs).indexOf(plan.objective.output);
  const sign = plan.objective.better === 'higher' ? 1 : -1;
  const programmes = plan.scenarios.filter((s) => s.key !== BASELINE).map((s) => s.key);
  const points = data.values.map((_, p) => p).filter((p) => (data.accepted ? data.accepted[p] : true));
  // Effects signed so that larger is better; points where a programme has no figure are left out.
  const effects = points
    .map((p) => programmes.map((key) => sign * pointResponse(data, p, key, k)))
    .filter((row) => row.every(Number.isFinite));
  const best = effects.map((row) => Math.max(...row));
  return programmes.map((programme, j) => {
    const e = effects.map((row) => row[j]);
    const regret = effects.map((row, r) => best[r] - row[j]);
    // Ties go to the first programme in the plan, so probabilities add up to 1.
    const wins = effects.filter((row, r) => row.indexOf(best[r]) === j).length;
    return {
      programme,
      points: e.length,
      effectMean: sign * mean(e),
      effectP05: sign > 0 ? quantile(e, 0.05) : -quantile(e, 0.95),
      effectP95: sign > 0 ? quantile(e, 0.95) : -quantile(e, 0.05),
      sharePositive: e.length === 0 ? Number.NaN : e.filter((x) => x > 0).length / e.length,
      pBest: e.length === 0 ? Number.NaN : wins / e.length,
      regretMean: mean(regret),
      regretMax: regret.length === 0 ? Number.NaN : Math.max(...regret),
    };
  });
}
