import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStream, createStreams, draw, drawMany, randomOrder, shuffleInPlace, type Rng } from '../src/rng.js';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => draw(rng));

describe('named streams', () => {
  it("give exactly seedrandom's alea sequence for the label", () => {
    for (const label of ['setup', 'rule:sales', 'intervention:crisis:0']) {
      const reference = seedrandom.alea(`42/${label}`);
      const expected = Array.from({ length: 1000 }, () => reference());
      expect(draws(createStream(42, label), 1000)).toEqual(expected);
    }
  });

  it('give the same sequence whether drawn one by one or many at a time', () => {
    const mixed = createStream(42, 'rule:sales');
    const first = draw(mixed);
    const many = new Float64Array(300);
    drawMany(mixed, many, 300);
    const last = draw(mixed);
    expect([first, ...many, last]).toEqual(draws(createStream(42, 'rule:sales'), 302));
  });

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

  it("shuffle with alea's draws, one per swap, and leave the stream where those draws end", () => {
    const rng = createStream(5, 'schedule');
    const order = new Int32Array(200);
    randomOrder(rng, order);
    const after = draw(rng);
    // Fisher-Yates written with `draw` on a fresh stream of the same label.
    const reference = createStream(5, 'schedule');
    const expected = Array.from({ length: 200 }, (_, k) => k);
    for (let k = 199; k > 0; k--) {
      const j = Math.floor(draw(reference) * (k + 1));
      [expected[k], expected[j]] = [expected[j], expected[k]];
    }
    expect([...order]).toEqual(expected);
    expect(after).toBe(draw(reference));
  });
});
