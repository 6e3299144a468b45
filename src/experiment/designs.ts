/**
 * Experimental designs in the unit cube: every point is a list of coordinates in [0, 1], one per
 * factor, mapped onto the factors' values later (factors.ts). The design also says how its points
 * hang together, which the Morris and Sobol analyses need: trajectories, or the Saltelli blocks.
 */
import { createStream, draw, randomInt, shuffleInPlace } from '../rng.js';
import { latinHypercube } from '../validate/lhs.js';

/** A Morris trajectory: k+1 consecutive points, each moving one factor (`order[s]`) from the one before. */
export interface Trajectory {
  readonly first: number;
  readonly order: readonly number[];
}

/** Points in the unit cube and the structure an analysis reads. */
export type Design =
  | { readonly kind: 'grid' | 'lhs'; readonly unit: readonly (readonly number[])[] }
  | { readonly kind: 'morris'; readonly unit: readonly (readonly number[])[]; readonly trajectories: readonly Trajectory[] }
  | { readonly kind: 'sobol'; readonly unit: readonly (readonly number[])[]; readonly samples: number };

/** Every combination of the factors' levels (`levels[d]` values for factor d), the last factor varying fastest. */
export function gridDesign(levels: readonly number[]): Design {
  const unit: number[][] = [];
  const total = levels.reduce((p, n) => p * n, 1);
  for (let k = 0; k < total; k++) {
    const point = new Array<number>(levels.length);
    let rest = k;
    for (let d = levels.length - 1; d >= 0; d--) {
      const l = rest % levels[d];
      rest = Math.floor(rest / levels[d]);
      point[d] = levels[d] === 1 ? 0.5 : l / (levels[d] - 1);
    }
    unit.push(point);
  }
  return { kind: 'grid', unit };
}

/** A Latin hypercube of `points` points (one per stratum of every factor). */
export function lhsDesign(points: number, dims: number, seed: number): Design {
  return { kind: 'lhs', unit: latinHypercube(points, dims, seed) };
}

/** The jump of a Morris design on `levels` levels: levels / (2 (levels - 1)), in unit coordinates. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/**
 * Morris (1991) trajectories on a grid of `levels` levels (even): a base point drawn on the grid,
 * then each factor in a random order moved by the jump, up where the grid allows it and down
 * otherwise, so each factor's direction is as random as its base level.
 */
export function morrisDesign(trajectories: number, dims: number, levels: number, seed: number): Design {
  const rng = createStream(seed, 'morris');
  const delta = morrisDelta(levels);
  const unit: number[][] = [];
  const out: Trajectory[] = [];
  for (let t = 0; t < trajectories; t++) {
    const point = Array.from({ length: dims }, () => randomInt(rng, levels) / (levels - 1));
    const order = Int32Array.from({ length: dims }, (_, d) => d);
    shuffleInPlace(rng, order);
    out.push({ first: unit.length, order: [...order] });
    unit.push([...point]);
    for (const d of order) {
      point[d] = point[d] + delta <= 1 + 1e-12 ? point[d] + delta : point[d] - delta;
      // Snap to the grid so that a level is the same number on every trajectory.
      point[d] = Math.round(point[d] * (levels - 1)) / (levels - 1);
      unit.push([...point]);
    }
  }
  return { kind: 'morris', unit, trajectories: out };
}

/**
 * Saltelli's (2010) sampling for Sobol indices: matrices A and B of `samples` rows (two independent
 * Latin hypercubes), then for each factor i the matrix A_B(i), A with column i taken from B.
 * Rows: A, then B, then A_B(0), ..., A_B(k-1); samples * (k + 2) points in all.
 */
export function sobolDesign(samples: number, dims: number, seed: number): Design {
  const a = latinHypercube(samples, dims, seed);
  const b = latinHypercube(samples, dims, seed + 0x5a17e11);
  const unit: number[][] = [...a.map((r) => [...r]), ...b.map((r) => [...r])];
  for (let i = 0; i < dims; i++) for (let j = 0; j < samples; j++) unit.push(a[j].map((x, d) => (d === i ? b[j][d] : x)));
  return { kind: 'sobol', unit, samples };
}

/** Uniform draws in [0, 1) from (seed, label): for bootstrap resampling. */
export function uniformStream(seed: number, label: string): () => number {
  const rng = createStream(seed, label);
  return () => draw(rng);
}
