/** Verdicts from figures over seeds: ranges, intervals around and above 0, and missing data. */
import { describe, expect, it } from 'vitest';
import { describeTarget, judgePattern } from '../../src/validate/judge.js';
import type { Pattern, Target } from '../../src/validate/patternSchema.js';
import type { Figure } from '../../src/validate/statistics.js';

function pattern(target: Target): Pattern {
  return {
    name: 'p',
    description: 'd',
    source: 's',
    statistic: { kind: 'mean', scenario: 'base', column: 'x', periods: 'all' },
    target,
    assumed: false,
  };
}

const figures = (...v: number[]): Figure[] => v.map((value) => ({ value }));
const seeds = (n: number) => Array.from({ length: n }, (_, k) => k + 1);

describe('range targets', () => {
  it('pass when the mean over seeds lies in the range, ends included', () => {
    expect(judgePattern(pattern({ range: [1, 3] }), seeds(3), figures(1, 2, 3)).pass).toBe(true);
    expect(judgePattern(pattern({ range: [2, 2] }), seeds(3), figures(1, 2, 3)).pass).toBe(true);
    expect(judgePattern(pattern({ range: [2.1, 3] }), seeds(3), figures(1, 2, 3)).pass).toBe(false);
  });

  it('may leave one end open', () => {
    expect(judgePattern(pattern({ range: [0.05, null] }), seeds(2), figures(10, 20)).pass).toBe(true);
    expect(judgePattern(pattern({ range: [null, 0.05] }), seeds(2), figures(10, 20)).pass).toBe(false);
  });

  it('carry the mean and a t interval over seeds', () => {
    const r = judgePattern(pattern({ range: [0, 10] }), seeds(3), figures(1, 2, 3));
    expect(r.interval?.mean).toBe(2);
    // t(0.975, 2) = 4.3027; sd 1; half-width 4.3027 / sqrt(3).
    expect(r.interval?.high).toBeCloseTo(2 + 4.302653 / Math.sqrt(3), 5);
  });
});

describe('interval targets', () => {
  it('above_zero needs the whole interval above 0', () => {
    expect(judgePattern(pattern('above_zero'), seeds(4), figures(5, 6, 5, 6)).pass).toBe(true);
    expect(judgePattern(pattern('above_zero'), seeds(4), figures(5, -6, 5, 6)).pass).toBe(false);
  });

  it('below_zero needs the whole interval below 0', () => {
    expect(judgePattern(pattern('below_zero'), seeds(4), figures(-5, -6, -5, -6)).pass).toBe(true);
    expect(judgePattern(pattern('below_zero'), seeds(4), figures(-5, 6, -5, -6)).pass).toBe(false);
    expect(describeTarget('below_zero', false)).toBe('interval below 0');
  });

  it('contains_zero needs 0 inside the interval', () => {
    expect(judgePattern(pattern('contains_zero'), seeds(4), figures(-1, 1, -2, 2)).pass).toBe(true);
    expect(judgePattern(pattern('contains_zero'), seeds(4), figures(1, 1.1, 0.9, 1)).pass).toBe(false);
  });

  it('not_above_zero fails only a rise that is there, and passes a fall that contains_zero fails', () => {
    expect(judgePattern(pattern('not_above_zero'), seeds(4), figures(-1, 1, -2, 2)).pass).toBe(true);
    expect(judgePattern(pattern('not_above_zero'), seeds(4), figures(-5, -6, -5, -6)).pass).toBe(true);
    expect(judgePattern(pattern('contains_zero'), seeds(4), figures(-5, -6, -5, -6)).pass).toBe(false);
    expect(judgePattern(pattern('not_above_zero'), seeds(4), figures(5, 6, 5, 6)).pass).toBe(false);
    expect(describeTarget('not_above_zero', false)).toBe('interval not above 0');
  });

  it('not_below_zero fails only a fall that is there', () => {
    expect(judgePattern(pattern('not_below_zero'), seeds(4), figures(5, 6, 5, 6)).pass).toBe(true);
    expect(judgePattern(pattern('not_below_zero'), seeds(4), figures(-1, 1, -2, 2)).pass).toBe(true);
    expect(judgePattern(pattern('not_below_zero'), seeds(4), figures(-5, -6, -5, -6)).pass).toBe(false);
  });

  it('cannot be judged from one seed', () => {
    const r = judgePattern(pattern('contains_zero'), seeds(1), figures(0));
    expect(r.pass).toBe(false);
    expect(r.reason).toMatch(/at least 2 replicates/);
  });
});

describe('missing data', () => {
  it('fails the pattern with the reason and the seeds, whatever the other figures', () => {
    const r = judgePattern(pattern({ range: [null, null] }), seeds(3), [{ value: 0 }, { none: 'empty cohort' }, { none: 'empty cohort' }]);
    expect(r.pass).toBe(false);
    expect(r.interval).toBeUndefined();
    expect(r.reason).toBe('no data: empty cohort (seeds 2, 3)');
  });
});

describe('targets in words', () => {
  it('marks assumed targets', () => {
    expect(describeTarget({ range: [0.15, 0.5] }, true)).toBe('0.15 to 0.5 (assumed)');
    expect(describeTarget({ range: [0.05, null] }, false)).toBe('at least 0.05');
    expect(describeTarget('above_zero', false)).toBe('interval above 0');
  });
});
