/**
 * One day of the world: the rules in their fixed order, then the ledger check. The order follows
 * MODEL.md "One day"; each rule is a plain function of the world.
 */
import { householdsDay } from '../rules/households.js';
import { checkLedger } from '../world/ledger.js';
import type { World } from '../world/world.js';

/** A daily rule. */
export type Rule = (w: World) => void;

/** The rules of a day, in order. */
export const DAILY_RULES: readonly Rule[] = [householdsDay];

/** Advances the world by one day and checks that nothing was created or lost. */
export function step(w: World): void {
  w.t++;
  for (let k = 0; k < DAILY_RULES.length; k++) DAILY_RULES[k](w);
  checkLedger(w.money, w.t);
}
