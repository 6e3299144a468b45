/** A scheduled intervention and the hooks of its type. */
import type { Rng } from '../rng.js';
import type { Intervention } from '../scenario/interventionSchema.js';
import type { World } from './world.js';

/** What an intervention type does: on its first day, on each day it runs, and on the day after its end. */
export interface InterventionHandler {
  begin(w: World, iv: ScheduledIntervention): void;
  daily?(w: World, iv: ScheduledIntervention): void;
  finish?(w: World, iv: ScheduledIntervention): void;
}

/** An intervention of the scenario's timeline, ready to run. */
export interface ScheduledIntervention {
  readonly spec: Intervention;
  /** Position in the scenario's list. */
  readonly index: number;
  readonly label: string;
  /** First day on the world's clock (`w.t`): the scenario's day, at least 1, plus `warmup_days`. */
  readonly start: number;
  /** Last day, inclusive, on the world's clock. */
  readonly end: number;
  /** Its own stream: `intervention:<type>:<n>`, n counting interventions of the same type. */
  readonly rng: Rng;
  readonly handler: InterventionHandler;
  /** Agents that took part (set on the first day). */
  participants: number;
  /** Members of what it formed, when it forms something (producer ids). */
  members: Int32Array;
  /** Loan principal it lent that was written off at default, rupiah (credit only). */
  defaultLosses: number;
}
