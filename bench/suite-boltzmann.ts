/**
 * Boltzmann wealth model, 100 steps from one unit each, at 10,000 and 100,000 agents: on the core
 * and hand-written, in agent-steps per second, and the ratio of their times (the two take turns,
 * round by round, so that the ratio compares them under the same load). The full run also measures
 * peers at 100,000 agents (bench/peers.ts: class-per-agent JavaScript and flocc), so that figures
 * quoted from other machines can be set beside the core through one measured here; they are not
 * gated, being other code.
 */
import {
  createHandWritten,
  createWealthWorld,
  stepHandWritten,
  stepWealth,
  type HandWrittenWealth,
  type WealthWorld,
} from './boltzmann.js';
import {
  createCalibration,
  measureInRounds,
  pairedRatio,
  type Figure,
  type Latency,
  type Suite,
  type SuiteOptions,
  type TaskSpec,
} from './harness.js';
import { classPerAgent, flocc, type PeerModel } from './peers.js';
import { collectGarbage } from './suite-tick.js';

const STEPS = 100;
const SEED = 1;
/** Issue 6's targets: 30 M agent-steps/s at 100,000 agents, within 1.6x of the hand-written loop. */
const TARGET_RATE = 30e6;
const TARGET_RATIO = 1.6;

const SIZES = [
  { label: '10k', n: 10_000, full: { rounds: 5, iterations: 8 }, short: { rounds: 4, iterations: 5 } },
  { label: '100k', n: 100_000, full: { rounds: 5, iterations: 3 }, short: { rounds: 3, iterations: 2 } },
] as const;

async function runSize(size: (typeof SIZES)[number], opts: SuiteOptions): Promise<Figure[]> {
  const { n, label } = size;
  const cal = createCalibration();
  // Each sample starts from a fresh world, built outside the timed window.
  let core: WealthWorld = createWealthWorld(n, SEED);
  let hand: HandWrittenWealth = createHandWritten(n, SEED);
  const coreName = `core ${label}`;
  const handName = `hand-written ${label}`;
  const specs: TaskSpec[] = [
    {
      name: coreName,
      fn: () => {
        for (let s = 0; s < STEPS; s++) stepWealth(core);
      },
      opts: {
        async: false,
        beforeEach: () => {
          core = createWealthWorld(n, SEED);
        },
      },
    },
    {
      name: handName,
      fn: () => {
        for (let s = 0; s < STEPS; s++) stepHandWritten(hand);
      },
      opts: {
        async: false,
        beforeEach: () => {
          hand = createHandWritten(n, SEED);
        },
      },
    },
  ];
  const rounds = opts.short ? size.short : size.full;
  const measured = await measureInRounds(specs, { ...rounds, warmupIterations: 2 }, cal);
  const c = measured.get(coreName) as Latency;
  const h = measured.get(handName) as Latency;
  const rate = (ms: number) => (n * STEPS) / (ms / 1000);
  const big = n === 100_000;
  const ratio = pairedRatio(c, h);
  return [
    {
      name: `boltzmann.core.${label}`,
      value: rate(c.ms),
      unit: 'agent-steps/s',
      better: 'higher',
      scaling: 'rate',
      calibrationMs: cal.ms(),
      samples: c.samples,
      spread: c.spread,
      gated: true,
      ...(big ? { target: '>= 30 M agent-steps/s', met: rate(c.ms) >= TARGET_RATE } : {}),
    },
    {
      name: `boltzmann.hand-written.${label}`,
      value: rate(h.ms),
      unit: 'agent-steps/s',
      better: 'higher',
      scaling: 'rate',
      calibrationMs: cal.ms(),
      samples: h.samples,
      spread: h.spread,
      gated: false,
    },
    {
      name: `boltzmann.ratio.${label}`,
      value: ratio,
      unit: 'x',
      better: 'lower',
      scaling: 'none',
      calibrationMs: cal.ms(),
      samples: 0,
      spread: 0,
      gated: false,
      ...(big ? { target: 'within 1.6x', met: ratio <= TARGET_RATIO } : {}),
    },
  ];
}

/** Peers at 100,000 agents, with as many steps per sample as keep a sample near a second. */
const PEERS = [
  { model: classPerAgent as PeerModel<unknown>, steps: 20 },
  { model: flocc as PeerModel<unknown>, steps: 2 },
] as const;
const PEER_AGENTS = 100_000;

async function runPeers(): Promise<Figure[]> {
  const cal = createCalibration();
  const figures: Figure[] = [];
  for (const { model, steps } of PEERS) {
    let world = model.create(PEER_AGENTS, SEED);
    const spec: TaskSpec = {
      name: model.name,
      fn: () => {
        for (let s = 0; s < steps; s++) model.step(world);
      },
      opts: {
        async: false,
        // Objects of the worlds thrown away are collected here, outside the timed steps.
        beforeEach: () => {
          world = model.create(PEER_AGENTS, SEED);
          collectGarbage();
        },
      },
    };
    const got = (await measureInRounds([spec], { rounds: 3, iterations: 2, warmupIterations: 1 }, cal)).get(model.name) as Latency;
    // A peer that loses or makes money is not the same model, whatever its speed.
    const total = model.totalMoney(world);
    if (total !== PEER_AGENTS) throw new Error(`peer ${model.name}: ${total} units of money after its steps, not ${PEER_AGENTS}`);
    figures.push({
      name: `boltzmann.${model.name}.100k`,
      value: (PEER_AGENTS * steps) / (got.ms / 1000),
      unit: 'agent-steps/s',
      better: 'higher',
      scaling: 'rate',
      calibrationMs: cal.ms(),
      samples: got.samples,
      spread: got.spread,
      gated: false,
    });
  }
  return figures;
}

/** The Boltzmann suite. */
export const boltzmannSuite: Suite = {
  name: 'boltzmann',
  describe: 'Boltzmann wealth model on the core and hand-written, 100 steps at 10,000 and 100,000 agents (full run: peers at 100,000 too)',
  async run(opts) {
    const figures: Figure[] = [];
    for (const size of SIZES) figures.push(...(await runSize(size, opts)));
    if (!opts.short) figures.push(...(await runPeers()));
    return figures;
  },
};
