/**
 * One day of the world: the rules in their fixed order (docs/model.md "One day"), then the ledger check
 * of every commodity. Each rule is a plain function of the world.
 */
import { adoption } from '../rules/adoption.js';
import { bridgingOrders } from '../rules/bridging.js';
import { modernOutletOrders } from '../rules/certification.js';
import { directAndOnlineSales } from '../rules/channels.js';
import { runTimeline } from '../interventions/index.js';
import { remittances } from '../rules/events.js';
import { venueDays } from '../rules/markets.js';
import { householdsDay } from '../rules/households.js';
import { procurement } from '../rules/procurement.js';
import { production } from '../rules/production.js';
import { warungSales } from '../rules/sales.js';
import { settlement } from '../rules/settlement.js';
import { spoilage } from '../rules/spoilage.js';
import { referrals } from '../rules/ties.js';
import { checkLedger } from '../world/ledger.js';
import type { World } from '../world/world.js';

/** A daily rule. */
export type Rule = (w: World) => void;

/** The rules of a day, in order: events, procurement, production, sales, settlement, households, network. */
export const DAILY_RULES: readonly Rule[] = [
  runTimeline,
  remittances,
  procurement,
  production,
  spoilage,
  warungSales,
  venueDays,
  bridgingOrders,
  modernOutletOrders,
  directAndOnlineSales,
  settlement,
  householdsDay,
  referrals,
  adoption,
];

/** Advances the world by one day and checks that nothing was created or lost. */
export function step(w: World): void {
  w.t++;
  for (let k = 0; k < DAILY_RULES.length; k++) DAILY_RULES[k](w);
  checkLedger(w.money, w.t);
  checkLedger(w.materials, w.t);
  checkLedger(w.products, w.t);
}
