/**
 * The daily tick of the default scenario, in agent-days per second, and the memory of its world in
 * bytes per agent. It uses only `loadScenario`, `createWorld` and `step`, and counts as agents
 * every table of the world (an object with a `count` and typed-array columns), so it keeps
 * measuring the whole model as tables are added.
 */
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createWorld } from '../src/engine/setup.js';
import { step } from '../src/engine/step.js';
import { loadScenario } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/schema.js';
import type { World } from '../src/world/world.js';
import {
  createCalibration,
  measureInRounds,
  median,
  repoRoot,
  type Figure,
  type Latency,
  type Suite,
  type SuiteOptions,
  type TaskSpec,
} from './harness.js';

/** Days per timed sample: a quarter, long enough that the calibration between samples is amortised. */
const DAYS = 90;

/** Agents of a world: the sum of `count` over its tables (households, and any added later). */
export function countAgents(w: World): number {
  let agents = 0;
  for (const value of Object.values(w as unknown as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) continue;
    const table = value as Record<string, unknown>;
    if (typeof table.count === 'number' && Object.values(table).some((c) => ArrayBuffer.isView(c))) agents += table.count;
  }
  return agents;
}

/** Bytes of every typed-array buffer reachable from `root`, each buffer counted once. */
export function typedArrayBytes(root: unknown): number {
  const seenObjects = new Set<object>();
  const buffers = new Set<ArrayBufferLike>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seenObjects.has(v)) continue;
    seenObjects.add(v);
    if (ArrayBuffer.isView(v)) buffers.add(v.buffer);
    else for (const child of Object.values(v)) stack.push(child);
  }
  let bytes = 0;
  for (const b of buffers) bytes += b.byteLength;
  return bytes;
}

/** A full garbage collection, exposing `gc` if node was not started with --expose-gc. */
export function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}

/** The default scenario, loaded the way the command loads it. */
export function defaultScenario(): Scenario {
  return loadScenario(path.join(repoRoot(), 'scenarios', 'balewangi.yaml')).scenario;
}

/** A count reported beside the figures (agents, households), never gated. */
export function countFigure(name: string, value: number, unit: string, calibrationMs: number): Figure {
  return { name, value, unit, better: 'higher', scaling: 'none', samples: 1, spread: 0, calibrationMs, gated: false };
}

/** Agent-days per second of `agents` agents stepped `days` days a sample, from the median sample. */
export function agentDaysFigure(name: string, agents: number, days: number, t: Latency, calibrationMs: number, gated: boolean): Figure {
  const value = (agents * days) / (t.ms / 1000);
  return {
    name,
    value,
    unit: 'agent-days/s',
    better: 'higher',
    scaling: 'rate',
    samples: t.samples,
    spread: t.spread,
    calibrationMs,
    gated,
  };
}

/** A bytes-per-agent figure: a count, compared exactly, not excused by measuring again. */
export function bytesPerAgentFigure(name: string, value: number, calibrationMs: number, rounds: number, gated: boolean): Figure {
  return {
    name,
    value,
    unit: 'bytes/agent',
    better: 'lower',
    scaling: 'none',
    calibrationMs,
    samples: rounds,
    spread: 0,
    gated,
    exact: true,
  };
}

/**
 * Worlds held at once while measuring the heap of a village, so that a world's few objects stand
 * out of the noise; a region's world is large enough alone.
 */
const WORLDS_PER_ROUND = 10;

/**
 * Heap and typed-array bytes per agent of a fresh world after one day (so that anything allocated
 * lazily on the first day is counted): medians over `rounds`, each holding `worlds` worlds at once.
 * Heap is V8's `heapUsed` (objects, closures, small typed arrays); typed arrays are the buffers
 * reachable from the world (the tie network's included), which V8 keeps outside its heap.
 */
export function measureWorldMemory(
  scenario: Scenario,
  rounds: number,
  worldsPerRound = WORLDS_PER_ROUND,
): { heap: number; typed: number; agents: number; rounds: number } {
  const heap: number[] = [];
  const typed: number[] = [];
  let agents = 0;
  step(createWorld(scenario, scenario.seed)); // compile the code first, so its heap is not counted
  for (let r = 0; r < rounds; r++) {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const worlds: World[] = [];
    for (let k = 0; k < worldsPerRound; k++) {
      const w = createWorld(scenario, scenario.seed);
      step(w);
      worlds.push(w);
    }
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    agents = countAgents(worlds[0]);
    heap.push((after - before) / (agents * worlds.length));
    typed.push(typedArrayBytes(worlds[0]) / agents);
  }
  return { heap: median(heap), typed: median(typed), agents, rounds };
}

async function runTick(opts: SuiteOptions): Promise<Figure[]> {
  const scenario = defaultScenario();
  const cal = createCalibration();
  let w = createWorld(scenario, scenario.seed);
  const agents = countAgents(w);
  const spec: TaskSpec = {
    name: 'tick balewangi',
    fn: () => {
      for (let d = 0; d < DAYS; d++) step(w);
    },
    opts: {
      async: false,
      // Runs on past the horizon would measure days no scenario simulates; start again instead.
      beforeEach: () => {
        if (w.t + DAYS > scenario.horizon_days) w = createWorld(scenario, scenario.seed);
      },
    },
  };
  const rounds = opts.short ? { rounds: 1, iterations: 50, warmupIterations: 10 } : { rounds: 1, iterations: 150, warmupIterations: 20 };
  const t = (await measureInRounds([spec], rounds, cal)).get(spec.name) as Latency;
  const calibrationMs = cal.ms();
  const memory = measureWorldMemory(scenario, opts.short ? 3 : 5);
  const memoryFigure = (name: string, value: number, gated: boolean) =>
    bytesPerAgentFigure(name, value, calibrationMs, memory.rounds, gated);
  return [
    agentDaysFigure('tick.balewangi.agent-days', agents, DAYS, t, calibrationMs, true),
    // The total is gated; its parts are reported. The heap part is under a byte per agent today,
    // so a few bytes of fixed objects would move it by more than the gate's threshold.
    memoryFigure('tick.balewangi.bytes-per-agent', memory.heap + memory.typed, true),
    memoryFigure('tick.balewangi.bytes-per-agent.typed-arrays', memory.typed, false),
    memoryFigure('tick.balewangi.bytes-per-agent.heap', memory.heap, false),
    countFigure('tick.balewangi.agents', memory.agents, 'agents', calibrationMs),
  ];
}

/** The tick suite. */
export const tickSuite: Suite = {
  name: 'tick',
  describe: 'daily tick of the default scenario: agent-days per second, bytes per agent',
  run: runTick,
};
