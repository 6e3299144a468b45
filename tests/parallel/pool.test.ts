import { describe, expect, it } from 'vitest';
import { bySize, createEnds, takeTask } from '../../src/parallel/pool.js';
import type { RunTask } from '../../src/parallel/task.js';

/** A task of `villages` villages of `households` households over `days` days (the rest is not read). */
function task(index: number, villages: number, households: number, days: number): RunTask {
  const scenario = { population: { villages, households }, horizon_days: days } as unknown as RunTask['scenario'];
  return { index, scenario, seed: 1, outDir: 'out' };
}

describe('the pool', () => {
  it('orders tasks largest first by households times days, ties in task order', () => {
    const tasks = [task(0, 1, 1600, 730), task(1, 100, 1600, 365), task(2, 1, 1600, 730), task(3, 1, 3200, 730)];
    expect(bySize(tasks).map((t) => t.index)).toEqual([1, 3, 0, 2]);
  });

  it('hands the largest tasks to the front and the smallest to the back, each task once', () => {
    const ends = new BigInt64Array(createEnds(5));
    expect(takeTask(ends, 'front')).toBe(0);
    expect(takeTask(ends, 'back')).toBe(4);
    expect(takeTask(ends, 'back')).toBe(3);
    expect(takeTask(ends, 'front')).toBe(1);
    expect(takeTask(ends, 'back')).toBe(2);
    expect(takeTask(ends, 'front')).toBe(-1);
    expect(takeTask(ends, 'back')).toBe(-1);
  });

  it('has nothing to hand out for no tasks', () => {
    const ends = new BigInt64Array(createEnds(0));
    expect(takeTask(ends, 'front')).toBe(-1);
    expect(takeTask(ends, 'back')).toBe(-1);
  });
});
