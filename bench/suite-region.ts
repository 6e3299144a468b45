/**
 * The daily tick of generated regions (scenarios/region.yaml with 10, 100 and 1,000 villages:
 * 16,000, 160,000 and 1,600,000 households), in agent-days per second, and the memory of a region's
 * world in bytes per agent, the tie network included. Agents are counted as in the tick suite
 * (every table of the world: households, home industries, suppliers, warungs). The short version
 * measures the 16,000-household region only.
 */
import { createWorld } from '../src/engine/setup.js';
import { step } from '../src/engine/step.js';
import type { Scenario } from '../src/scenario/schema.js';
import {
  createCalibration,
  measureInRounds,
  type Figure,
  type Latency,
  type RoundOptions,
  type Suite,
  type SuiteOptions,
  type TaskSpec,
} from './harness.js';
import { freshDir, removeDir } from './processes.js';
import { REGION_SIZES, regionScenario, type RegionSize } from './region.js';
import { agentDaysFigure, bytesPerAgentFigure, countAgents, countFigure, measureWorldMemory } from './suite-tick.js';

/** How each size is measured: days per timed sample, samples, and memory rounds and worlds. */
interface Plan {
  readonly days: number;
  readonly rounds: RoundOptions;
  readonly memoryRounds: number;
  readonly worldsPerRound: number;
}

/**
 * Samples are whole weeks, so that each holds the same share of district-market and settlement
 * days; larger regions take fewer samples, since each costs more and varies less. The 16,000- and
 * 160,000-household samples cover most of the year; the 1,600,000-household ones its first 140
 * days, since its later days cost more (see docs/performance.md).
 */
function plan(size: RegionSize, short: boolean): Plan {
  if (size.villages <= 10) {
    return short
      ? { days: 28, rounds: { rounds: 1, iterations: 25, warmupIterations: 5 }, memoryRounds: 3, worldsPerRound: 3 }
      : { days: 84, rounds: { rounds: 1, iterations: 30, warmupIterations: 3 }, memoryRounds: 5, worldsPerRound: 3 };
  }
  if (size.villages <= 100)
    return { days: 28, rounds: { rounds: 1, iterations: 8, warmupIterations: 1 }, memoryRounds: 1, worldsPerRound: 1 };
  return { days: 28, rounds: { rounds: 1, iterations: 4, warmupIterations: 1 }, memoryRounds: 1, worldsPerRound: 1 };
}

async function measureSize(scenario: Scenario, size: RegionSize, p: Plan): Promise<Figure[]> {
  // Memory first, so that the worlds it holds and the one the tick steps are never alive together.
  const memory = measureWorldMemory(scenario, p.memoryRounds, p.worldsPerRound);
  const cal = createCalibration();
  let w = createWorld(scenario, scenario.seed);
  const agents = countAgents(w);
  const households = w.households.count;
  const spec: TaskSpec = {
    name: `tick region ${size.label}`,
    fn: () => {
      for (let d = 0; d < p.days; d++) step(w);
    },
    opts: {
      async: false,
      beforeEach: () => {
        if (w.t + p.days > scenario.horizon_days) w = createWorld(scenario, scenario.seed);
      },
    },
  };
  const t = (await measureInRounds([spec], p.rounds, cal)).get(spec.name) as Latency;
  const calibrationMs = cal.ms();
  const gated = size.villages === REGION_SIZES[0].villages;
  const memoryFigure = (name: string, value: number, gate: boolean): Figure => ({
    ...bytesPerAgentFigure(name, value, calibrationMs, memory.rounds, gate),
    ...(size.villages === 1000 && name.endsWith('bytes-per-agent')
      ? { target: 'under 1 KB per agent, ties included', met: value < 1024 }
      : {}),
  });
  const count = (name: string, value: number) =>
    countFigure(name, value, name.endsWith('households') ? 'households' : 'agents', calibrationMs);
  const base = `region.${size.label}`;
  return [
    agentDaysFigure(`${base}.agent-days`, agents, p.days, t, calibrationMs, gated),
    {
      name: `${base}.day`,
      value: t.ms / p.days / 1000,
      unit: 's',
      better: 'lower',
      scaling: 'time',
      samples: t.samples,
      spread: t.spread,
      calibrationMs,
      gated: false,
    },
    // As in the tick suite, the total is gated and its parts reported.
    memoryFigure(`${base}.bytes-per-agent`, memory.heap + memory.typed, gated),
    memoryFigure(`${base}.bytes-per-agent.typed-arrays`, memory.typed, false),
    memoryFigure(`${base}.bytes-per-agent.heap`, memory.heap, false),
    count(`${base}.agents`, agents),
    count(`${base}.households`, households),
  ];
}

async function runRegion(opts: SuiteOptions): Promise<Figure[]> {
  const dir = freshDir('region');
  try {
    const figures: Figure[] = [];
    for (const size of opts.short ? REGION_SIZES.slice(0, 1) : REGION_SIZES) {
      figures.push(...(await measureSize(regionScenario(dir, size.villages), size, plan(size, opts.short))));
    }
    return figures;
  } finally {
    removeDir(dir);
  }
}

/** The region tick suite. */
export const regionSuite: Suite = {
  name: 'region',
  describe: 'daily tick of regions of 16,000, 160,000 and 1,600,000 households: agent-days per second, bytes per agent with ties',
  run: runRegion,
};
