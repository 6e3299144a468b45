/**
 * How many runs go at once: what --jobs asks for, but never more threads than runs, nor more than
 * the free memory holds. Threads beyond the cores only share them, so the default is the cores.
 */
import { availableParallelism, freemem } from 'node:os';
import type { Scenario } from '../scenario/schema.js';

/** Memory of a thread besides its world, bytes: its V8 isolate and the model's modules (15-20 MB measured). */
export const THREAD_BYTES = 24 << 20;

/** Memory of a running world per household, bytes: about 600 measured for the agents, the rest for ties and tables. */
export const HOUSEHOLD_BYTES = 2048;

/** Share of the free memory the runs of a call may take. */
const MEMORY_SHARE = 0.75;

/** Memory one thread needs for the largest of these scenarios, bytes. */
export function threadBytes(scenarios: readonly Scenario[]): number {
  const households = Math.max(0, ...scenarios.map((s) => s.population.villages * s.population.households));
  return THREAD_BYTES + households * HOUSEHOLD_BYTES;
}

/** Threads to run `runs` runs on, and a note when memory cut down what was asked for. */
export function planThreads(
  jobs: number | undefined,
  runs: number,
  scenarios: readonly Scenario[],
  free: number = freemem(),
): { threads: number; note?: string } {
  const asked = Math.max(1, Math.min(jobs ?? availableParallelism(), runs));
  const per = threadBytes(scenarios);
  const fit = Math.max(1, Math.floor((free * MEMORY_SHARE) / per));
  if (fit >= asked) return { threads: asked };
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const note = `simulate: running ${fit} runs at a time, not ${asked}: each needs about ${mb(per)} MB and ${mb(free)} MB is free`;
  return { threads: fit, note };
}
