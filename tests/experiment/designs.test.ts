import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridDesign, lhsDesign, morrisDelta, morrisDesign, sobolDesign } from '../../src/experiment/designs.js';

describe('designs', () => {
  it('LHS: each of n strata of every factor holds exactly one point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 }), fc.nat(1000), (n, dims, seed) => {
        const { unit } = lhsDesign(n, dims, seed);
        expect(unit).toHaveLength(n);
        for (let d = 0; d < dims; d++) {
          const strata = unit.map((p) => Math.floor(p[d] * n)).sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: n }, (_, k) => k));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('Saltelli: A, B, then A_B(i) equal to A except column i, which is B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 7 }), fc.nat(1000), (n, dims, seed) => {
        const d = sobolDesign(n, dims, seed);
        expect(d.unit).toHaveLength(n * (dims + 2));
        const a = d.unit.slice(0, n);
        const b = d.unit.slice(n, 2 * n);
        for (let i = 0; i < dims; i++) {
          for (let j = 0; j < n; j++) {
            const row = d.unit[(2 + i) * n + j];
            for (let c = 0; c < dims; c++) expect(row[c]).toBe(c === i ? b[j][c] : a[j][c]);
          }
        }
        // A and B are independent draws: some row differs in every column.
        for (let c = 0; c < dims; c++) expect(a.some((r, j) => r[c] !== b[j][c])).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('Morris: each step moves one factor, in the trajectory order, by the jump, on the grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(2, 4, 6, 8),
        fc.nat(1000),
        (r, dims, levels, seed) => {
          const d = morrisDesign(r, dims, levels, seed);
          if (d.kind !== 'morris') throw new Error('expected a Morris design');
          expect(d.unit).toHaveLength(r * (dims + 1));
          for (const t of d.trajectories) {
            expect([...t.order].sort()).toEqual(Array.from({ length: dims }, (_, k) => k).sort());
            t.order.forEach((f, s) => {
              const from = d.unit[t.first + s];
              const to = d.unit[t.first + s + 1];
              for (let c = 0; c < dims; c++) {
                if (c === f) expect(Math.abs(Math.abs(to[c] - from[c]) - morrisDelta(levels))).toBeLessThan(1e-9);
                else expect(to[c]).toBe(from[c]);
              }
              for (const x of to) {
                expect(x).toBeGreaterThanOrEqual(0);
                expect(x).toBeLessThanOrEqual(1);
                expect(Math.abs(x * (levels - 1) - Math.round(x * (levels - 1)))).toBeLessThan(1e-9);
              }
            });
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('grid: every combination of levels once, the ends included', () => {
    const d = gridDesign([3, 2]);
    expect(d.unit).toEqual([
      [0, 0],
      [0, 1],
      [0.5, 0],
      [0.5, 1],
      [1, 0],
      [1, 1],
    ]);
  });
});
