/**
 * The world of one run: agent tables, the tie network, the ledgers, the clock and the run's named
 * random streams. Rules read and write it; nothing else holds simulation state.
 */
import type { Rng, Streams } from '../rng.js';
import type { Scenario } from '../scenario/schema.js';
import type { Households } from './households.js';
import type { Ledger } from './ledger.js';
import type { Network } from './network.js';

/** Indices of the money ledger's outside accounts. */
export interface OutsideAccounts {
  /** Pays informal wages. */
  readonly employers: number;
  /** Sells basic and other goods to households. */
  readonly sellers: number;
  /** Lends to households for basic needs. */
  readonly lenders: number;
}

/** The streams rules draw from, fetched once so the daily loop does no lookups. */
export interface RuleStreams {
  readonly schedule: Rng;
  readonly households: Rng;
}

/** Numbers derived once from the scenario, in the units the daily rules use. */
export interface Params {
  /** Chance of a day of informal work. */
  readonly workProbability: number;
  /** Spread of a day's earnings around the wage (uniform, +- this share). */
  readonly incomeVolatility: number;
  /** Share of cash above the buffer spent on other goods per day. */
  readonly dailyPropensity: number;
  /** Most consumption debt, as days of basic need. */
  readonly borrowingLimitDays: number;
  readonly repaymentShare: number;
}

/** The state of a run. */
export interface World {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly params: Params;
  /** Days simulated so far; day t is the t-th call of `step`. */
  t: number;
  /** Day the current period started after (0 for the first). */
  periodStart: number;
  /** Periods completed. */
  period: number;
  readonly households: Households;
  readonly net: Network;
  readonly money: Ledger;
  readonly outside: OutsideAccounts;
  readonly streams: Streams;
  readonly rng: RuleStreams;
}
