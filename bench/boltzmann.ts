/**
 * The Boltzmann wealth model (every agent with money > 0 gives 1 unit to a uniformly random other
 * agent, agents activated in a fresh random order each step), twice: on jejaring's core (a table
 * of columns whose money is a ledger block, `transfer`, `checkLedger` after each step, named
 * streams, a scheduler function) and as a hand-written typed-array loop, the reference the core is
 * measured against. Both draw from seedrandom's alea, so the ratio is the cost of the core alone.
 */
import seedrandom from 'seedrandom';
import { createStream, randomInt, randomOrder, type Rng } from '../src/rng.js';
import { accountBlocks, blockView, checkLedger, createLedger, sealLedger, transfer, type Ledger } from '../src/world/ledger.js';

/** The agent table: one column. */
export interface WealthAgents {
  readonly count: number;
  /** Money held, integer units (a view of the ledger's `agent` block). */
  readonly money: Float64Array;
}

/** A Boltzmann world built the way jejaring builds its own. */
export interface WealthWorld {
  /** Steps done. */
  t: number;
  readonly agents: WealthAgents;
  readonly ledger: Ledger;
  /** Activation order of the current step. */
  readonly order: Int32Array;
  readonly rng: { readonly schedule: Rng; readonly give: Rng };
}

/** n agents holding 1 unit each, streams derived from the seed. */
export function createWealthWorld(n: number, seed: number): WealthWorld {
  const ledger = createLedger('money', 'units', accountBlocks([['agent', n]]));
  const money = blockView(ledger, 'agent');
  money.fill(1);
  sealLedger(ledger);
  return {
    t: 0,
    agents: { count: n, money },
    ledger,
    order: new Int32Array(n),
    rng: { schedule: createStream(seed, 'schedule'), give: createStream(seed, 'rule:give') },
  };
}

/** A scheduler: a fresh uniformly random activation order of all agents. */
export function randomActivation(w: WealthWorld): Int32Array {
  randomOrder(w.rng.schedule, w.order, w.agents.count);
  return w.order;
}

/** The rule: each agent in turn with money gives 1 unit to a uniformly random other agent. */
export function giveMoney(w: WealthWorld, order: Int32Array): void {
  const { count, money } = w.agents;
  const rng = w.rng.give;
  for (let k = 0; k < count; k++) {
    const i = order[k];
    if (money[i] > 0) {
      // Draw among the n-1 others and skip over i, so one draw suffices.
      let j = randomInt(rng, count - 1);
      if (j >= i) j++;
      transfer(w.ledger, i, j, 1);
    }
  }
}

/** One step: schedule, act, check that no money was created or lost. */
export function stepWealth(w: WealthWorld): void {
  w.t++;
  giveMoney(w, randomActivation(w));
  checkLedger(w.ledger, w.t);
}

/** The hand-written reference: one Int32Array, the shuffle and the transfer inlined, alea called directly. */
export interface HandWrittenWealth {
  readonly money: Int32Array;
  readonly order: Int32Array;
  readonly rng: () => number;
}

/** n agents holding 1 unit each. */
export function createHandWritten(n: number, seed: number): HandWrittenWealth {
  return { money: new Int32Array(n).fill(1), order: new Int32Array(n), rng: seedrandom.alea(`${seed}/hand-written`) as () => number };
}

/** One step of the hand-written loop. */
export function stepHandWritten(m: HandWrittenWealth): void {
  const { money, order, rng } = m;
  const n = money.length;
  for (let k = 0; k < n; k++) order[k] = k;
  for (let k = n - 1; k > 0; k--) {
    const r = Math.floor(rng() * (k + 1));
    const tmp = order[k];
    order[k] = order[r];
    order[r] = tmp;
  }
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (money[i] > 0) {
      let j = Math.floor(rng() * (n - 1));
      if (j >= i) j++;
      money[i]--;
      money[j]++;
    }
  }
}
