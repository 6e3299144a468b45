/** The Latin hypercube sampler: one point per stratum of every dimension, the same for a seed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinHypercube, scaleToRange } from '../../src/validate/lhs.js';

describe('latinHypercube', () => {
  it('hits every stratum of every dimension exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (n, dims, seed) => {
          const points = latinHypercube(n, dims, seed);
          expect(points).toHaveLength(n);
          for (let d = 0; d < dims; d++) {
            const hits = new Array<number>(n).fill(0);
            for (const p of points) {
              expect(p[d]).toBeGreaterThanOrEqual(0);
              expect(p[d]).toBeLessThan(1);
              hits[Math.floor(p[d] * n)]++;
            }
            expect(hits.every((h) => h === 1)).toBe(true);
          }
        },
      ),
    );
  });

  it('is deterministic from its seed and differs between seeds', () => {
    expect(latinHypercube(20, 3, 7)).toEqual(latinHypercube(20, 3, 7));
    expect(latinHypercube(20, 3, 7)).not.toEqual(latinHypercube(20, 3, 8));
  });

  it("keeps a dimension's column when another dimension is added", () => {
    const two = latinHypercube(10, 2, 5);
    const three = latinHypercube(10, 3, 5);
    expect(three.map((p) => p.slice(0, 2))).toEqual(two);
  });
});

describe('scaleToRange', () => {
  it('maps the unit interval onto the range', () => {
    expect(scaleToRange(0, 0.1, 0.2, false)).toBe(0.1);
    expect(scaleToRange(0.5, 0.1, 0.2, false)).toBeCloseTo(0.15, 12);
  });

  it('gives whole numbers equal strata, both ends included', () => {
    const values = Array.from({ length: 30 }, (_, k) => scaleToRange((k + 0.5) / 30, 3, 5, true));
    for (const v of [3, 4, 5]) expect(values.filter((x) => x === v)).toHaveLength(10);
  });
});
