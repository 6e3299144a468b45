import { describe, expect, it } from 'vitest';
import { intervalOf, pairedSummary, studentTQuantile } from '../../src/compare/stats.js';

describe('t quantiles', () => {
  // Two-sided 95% critical values from printed t tables (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.2).
  it.each([
    [1, 12.7062047362],
    [2, 4.3026527297],
    [4, 2.7764451052],
    [9, 2.2621571628],
    [29, 2.0452296421],
    [100, 1.9839715185],
  ])('t(0.975, %i) = %f', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 9);
  });
});

describe('confidence intervals', () => {
  it('matches a hand computation for five values', () => {
    // 1..5: mean 3; squared deviations 4+1+0+1+4 = 10, sd = sqrt(10/4) = 1.5811388;
    // half-width = 2.7764451 * 1.5811388 / sqrt(5) = 1.9632432.
    const iv = intervalOf([1, 2, 3, 4, 5]);
    expect(iv.n).toBe(5);
    expect(iv.mean).toBe(3);
    expect(iv.sd).toBeCloseTo(1.5811388301, 9);
    expect(iv.low).toBeCloseTo(1.0367568385, 9);
    expect(iv.high).toBeCloseTo(4.9632431615, 9);
  });

  it('pairs by seed: differences 2, 5, 1 give mean 8/3 and t with 2 degrees of freedom', () => {
    // d = (12-10, 15-10, 11-10) = (2, 5, 1); mean 2.6666667; deviations -2/3, 7/3, -5/3,
    // squares sum 26/3, sd = sqrt(13/3) = 2.0816660; se = sd/sqrt(3) = 1.2018504;
    // half-width = 4.3026527 * 1.2018504 = 5.1711449.
    const s = pairedSummary([12, 15, 11], [10, 10, 10], 'higher');
    expect(s.mean).toBeCloseTo(8 / 3, 12);
    expect(s.sd).toBeCloseTo(2.0816659995, 9);
    expect(s.low).toBeCloseTo(-2.5044782, 6);
    expect(s.high).toBeCloseTo(7.8378115, 6);
    expect(s.wins).toBe(3);
  });

  it('counts a win as a fall where lower is better, and a tie as no win', () => {
    expect(pairedSummary([9, 11, 10], [10, 10, 10], 'lower').wins).toBe(1);
    expect(pairedSummary([9, 11, 10], [10, 10, 10], 'higher').wins).toBe(1);
  });

  it('gives zero difference and a zero-width interval when the scenario equals its baseline', () => {
    const s = pairedSummary([1868004.5, 1790000, 1912345], [1868004.5, 1790000, 1912345], 'higher');
    expect([s.mean, s.sd, s.low, s.high, s.wins]).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives no interval for a single seed', () => {
    const s = pairedSummary([5], [3], 'higher');
    expect(s.mean).toBe(2);
    expect(s.sd).toBeNaN();
    expect(s.low).toBeNaN();
    expect(s.high).toBeNaN();
    expect(s.wins).toBe(1);
  });

  it('refuses unpaired inputs of different lengths', () => {
    expect(() => pairedSummary([1, 2], [1], 'higher')).toThrow(/equal numbers/);
  });
});
