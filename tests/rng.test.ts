import { describe, expect, it } from 'vitest';
import { createStream, createStreams, randomOrder, shuffleInPlace } from '../src/rng.js';

const draws = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe('named streams', () => {
  it('give the same sequence for the same seed and label', () => {
    expect(draws(createStream(7, 'rule:sales'), 5)).toEqual(draws(createStream(7, 'rule:sales'), 5));
  });

  it('give unrelated sequences for other labels or seeds', () => {
    const a = draws(createStream(7, 'rule:sales'), 5);
    expect(draws(createStream(7, 'rule:salet'), 5)).not.toEqual(a);
    expect(draws(createStream(8, 'rule:sales'), 5)).not.toEqual(a);
  });

  it('are independent: drawing from one does not move another', () => {
    const streams = createStreams(3);
    const expected = draws(createStream(3, 'setup'), 3);
    draws(streams.get('network'), 100);
    expect(draws(streams.get('setup'), 3)).toEqual(expected);
  });

  it('shuffle into a permutation', () => {
    const order = new Int32Array(50);
    randomOrder(createStream(1, 'schedule'), order);
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    const again = new Int32Array(50);
    randomOrder(createStream(1, 'schedule'), again);
    expect(again).toEqual(order);
    shuffleInPlace(createStream(2, 'schedule'), again);
    expect(again).not.toEqual(order);
  });
});
