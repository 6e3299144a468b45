// Finding: at 100,000 agents the core's Boltzmann step costs ~1.3-1.4x the hand-written loop (20.8 M against 27.3 M agent-steps/s in the last run here), all of it the ledger (checkLedger every step ~13%, transfer's flow columns ~15%); without the ledger the core is as fast as the hand-written loop or faster (29.9 M), since the shuffle keeps alea's state in locals. Streams computed ahead in 256-number blocks had cost another ~25% (16.5 M, 1.73x): the buffer's position and bounds checks in every draw; alea's state stepped in place per draw removed it. The hand-written loop itself reaches only ~27-33 M here, so 30 M on the core needs a machine where it passes ~41 M (the machine: 47 M).
/**
 * Where the time of a Boltzmann step at 100,000 agents goes. Each variant runs 100 steps from a
 * fresh world; the table gives agent-steps per second and each variant's time as a share of the
 * full core step. The check and the flows are what make a stray write to a stock column an error
 * on the day it happens, so they stay: the core meets the 1.6x target with them.
 * Run: `npm run bench -- --finding boltzmann-core` (about 30 s; see docs/performance.md).
 */
import seedrandom from 'seedrandom';
import { createStream, draw, randomOrder } from '../src/rng.js';
import { checkLedger, type Ledger } from '../src/world/ledger.js';
import {
  createHandWritten,
  createWealthWorld,
  giveMoney,
  randomActivation,
  stepHandWritten,
  stepWealth,
  type WealthWorld,
} from './boltzmann.js';
import { measureInRounds, type Latency, type TaskSpec } from './harness.js';

const N = 100_000;
const STEPS = 100;

/** The exchange with the stock column written directly: no flow columns, no check possible. */
function giveMoneyDirect(w: WealthWorld, order: Int32Array): void {
  const { count, money } = w.agents;
  const rng = w.rng.give;
  for (let k = 0; k < count; k++) {
    const i = order[k];
    if (money[i] > 0) {
      let j = Math.floor(draw(rng) * (count - 1));
      if (j >= i) j++;
      money[i]--;
      money[j]++;
    }
  }
}

/** The ledger check as one pass: the same checks, with the next tick opened in the same loop. */
function checkLedgerOnePass(ledger: Ledger, t: number): void {
  const { balance, opening, inflow, outflow } = ledger;
  let sum = 0;
  for (let k = 0; k < balance.length; k++) {
    const b = balance[k];
    const i = inflow[k];
    if (b !== opening[k] + i - outflow[k] || b !== Math.floor(b) || i !== Math.floor(i)) {
      throw new Error(`ledger check failed on day ${t} at account ${k}`);
    }
    sum += b;
    opening[k] = b;
    inflow[k] = 0;
    outflow[k] = 0;
  }
  if (sum !== ledger.total) throw new Error(`ledger total changed on day ${t}`);
}

type Variant = readonly [name: string, run: (w: WealthWorld) => void];

const variants: readonly Variant[] = [
  ['core step (schedule, transfer, checkLedger)', (w) => stepWealth(w)],
  [
    'core step with a one-pass check',
    (w) => {
      giveMoney(w, randomActivation(w));
      checkLedgerOnePass(w.ledger, ++w.t);
    },
  ],
  ['core step without checkLedger', (w) => giveMoney(w, randomActivation(w))],
  ['core step without flows or check', (w) => giveMoneyDirect(w, randomActivation(w))],
  ['checkLedger alone', (w) => checkLedger(w.ledger, ++w.t)],
  ['one-pass check alone', (w) => checkLedgerOnePass(w.ledger, ++w.t)],
  ['scheduler alone (randomOrder)', (w) => randomActivation(w)],
];

async function main(): Promise<void> {
  let w = createWealthWorld(N, 1);
  const specs: TaskSpec[] = variants.map(([name, run]) => ({
    name,
    fn: () => {
      for (let s = 0; s < STEPS; s++) run(w);
    },
    opts: {
      async: false,
      beforeEach: () => {
        w = createWealthWorld(N, 1);
      },
    },
  }));
  let hand = createHandWritten(N, 1);
  specs.push({
    name: 'hand-written loop',
    fn: () => {
      for (let s = 0; s < STEPS; s++) stepHandWritten(hand);
    },
    opts: {
      async: false,
      beforeEach: () => {
        hand = createHandWritten(N, 1);
      },
    },
  });
  // The draws alone: one per agent for the shuffle and one per agent holding money (about half).
  const next = seedrandom.alea('1/draws') as () => number;
  const stream = createStream(1, 'draws');
  const order = new Int32Array(N);
  specs.push({
    name: 'alea draws alone (1.5 per agent-step)',
    fn: () => {
      let s = 0;
      for (let k = 0; k < 1.5 * N * STEPS; k++) s += next();
      if (s < 0) throw new Error('unreachable');
    },
    opts: { async: false },
  });
  specs.push({
    name: 'randomOrder on a bare array',
    fn: () => {
      for (let s = 0; s < STEPS; s++) randomOrder(stream, order);
    },
    opts: { async: false },
  });
  const measured = await measureInRounds(specs, { rounds: 3, iterations: 3, warmupIterations: 2 });
  const full = (measured.get(variants[0][0]) as Latency).ms;
  for (const [name, t] of measured) {
    const rate = (N * STEPS) / (t.ms / 1000) / 1e6;
    process.stdout.write(
      `${name.padEnd(44)} ${rate.toFixed(1).padStart(6)} M agent-steps/s  ${((100 * t.ms) / full).toFixed(0).padStart(4)}% of the core step\n`,
    );
  }
}

await main();
