/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979) for the calibration search: n points
 * in the unit cube such that, in every dimension, each of the n equal strata holds exactly one
 * point. Each dimension has its own stream (seed, `lhs:<d>`), so adding a dimension leaves the
 * others' columns as they were.
 */
import { createStream, draw, shuffleInPlace } from '../rng.js';

/** n points in [0, 1)^dims, one per stratum [k/n, (k+1)/n) of every dimension; the same for the same seed. */
export function latinHypercube(n: number, dims: number, seed: number): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(dims).fill(0));
  for (let d = 0; d < dims; d++) {
    const rng = createStream(seed, `lhs:${d}`);
    const strata = Int32Array.from({ length: n }, (_, k) => k);
    shuffleInPlace(rng, strata);
    for (let i = 0; i < n; i++) points[i][d] = (strata[i] + draw(rng)) / n;
  }
  return points;
}

/** A unit-cube coordinate mapped onto [low, high]; rounded when the parameter is whole-numbered. */
export function scaleToRange(u: number, low: number, high: number, integer: boolean): number {
  if (!integer) return low + u * (high - low);
  // Whole numbers get equal strata of [low, high + 1), so each end is as likely as any value between.
  return Math.min(high, Math.floor(low + u * (high - low + 1)));
}
