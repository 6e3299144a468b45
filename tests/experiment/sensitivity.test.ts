import { describe, expect, it } from 'vitest';
import { morrisDesign, sobolDesign } from '../../src/experiment/designs.js';
import { morrisIndices, sobolIndices } from '../../src/experiment/sensitivity.js';

// Ishigami (a = 7, b = 0.1) on [-pi, pi]^3: analytic variances (Ishigami and Homma 1990).
const A = 7;
const B = 0.1;
function ishigami(u: readonly number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
}
const pi4 = Math.PI ** 4;
const V1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = ((B ** 2 * pi4 ** 2) / 18 - (B ** 2 * pi4 ** 2) / 50) * 1;
const V = V1 + V2 + V13;
const ISHIGAMI_S1 = [V1 / V, V2 / V, 0];
const ISHIGAMI_ST = [(V1 + V13) / V, V2 / V, V13 / V];

// Sobol's G function: a_i small means important.
const G_A = [0, 1, 4.5, 9, 99, 99];
function gFunction(u: readonly number[]): number {
  return u.reduce((p, x, i) => p * ((Math.abs(4 * x - 2) + G_A[i]) / (1 + G_A[i])), 1);
}
const Vi = G_A.map((a) => 1 / (3 * (1 + a) ** 2));
const VG = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
const G_S1 = Vi.map((v) => v / VG);
const G_ST = Vi.map((v) => (v * Vi.reduce((p, w) => p * (1 + w), 1)) / (1 + v) / VG);

function sobolOf(f: (u: readonly number[]) => number, samples: number, dims: number) {
  const design = sobolDesign(samples, dims, 7);
  return sobolIndices(design.unit.map(f), samples, dims, 200, 7);
}

describe('Sobol estimators', () => {
  it('recover the Ishigami indices within 0.05 with 4096 samples, the truth inside most intervals', () => {
    const got = sobolOf(ishigami, 4096, 3);
    let covered = 0;
    got.forEach((g, i) => {
      expect(Math.abs(g.first.value - ISHIGAMI_S1[i])).toBeLessThan(0.05);
      expect(Math.abs(g.total.value - ISHIGAMI_ST[i])).toBeLessThan(0.05);
      if (g.first.low <= ISHIGAMI_S1[i] && ISHIGAMI_S1[i] <= g.first.high) covered++;
      if (g.total.low <= ISHIGAMI_ST[i] && ISHIGAMI_ST[i] <= g.total.high) covered++;
    });
    expect(covered).toBeGreaterThanOrEqual(5);
  });

  it('recover the G function indices within 0.05 with 4096 samples', () => {
    const got = sobolOf(gFunction, 4096, G_A.length);
    got.forEach((g, i) => {
      expect(Math.abs(g.first.value - G_S1[i])).toBeLessThan(0.05);
      expect(Math.abs(g.total.value - G_ST[i])).toBeLessThan(0.05);
    });
  });

  it('give intervals that narrow as samples grow', () => {
    const width = (n: number) => {
      const g = sobolOf(ishigami, n, 3)[0].total;
      return g.high - g.low;
    };
    expect(width(4096)).toBeLessThan(width(256));
  });
});

describe('Morris elementary effects', () => {
  it('give |coefficient| as mu* and no spread for a linear function', () => {
    const c = [10, -5, 1, 0];
    const d = morrisDesign(20, 4, 4, 3);
    const y = d.unit.map((u) => u.reduce((s, x, i) => s + c[i] * x, 0));
    const got = morrisIndices(d.unit, d.kind === 'morris' ? d.trajectories : [], y);
    got.forEach((g, i) => {
      expect(g.muStar).toBeCloseTo(Math.abs(c[i]), 9);
      expect(g.mu).toBeCloseTo(c[i], 9);
      expect(g.sigma).toBeCloseTo(0, 9);
    });
  });

  it('rank the G function factors by their importance, with spread where factors interact', () => {
    const d = morrisDesign(60, G_A.length, 4, 5);
    const got = morrisIndices(d.unit, d.kind === 'morris' ? d.trajectories : [], d.unit.map(gFunction));
    for (let i = 0; i < 3; i++) expect(got[i].muStar).toBeGreaterThan(got[i + 1].muStar);
    expect(got[0].sigma).toBeGreaterThan(0.1);
  });
});
