/**
 * The reciprocity balance of ties: what one end owes the other, in rupiah. `balance[e]` is what the
 * second end owes the first; negative when the first end owes the second.
 */
import type { World } from '../world/world.js';

/** Records that `debtor` (an end of tie e) owes `amount` more rupiah over the tie (negative: less). */
export function addObligation(w: World, e: number, debtor: number, amount: number): void {
  if (w.net.ends1[e] === debtor) w.net.balance[e] += amount;
  else w.net.balance[e] -= amount;
}

/** What `helper` (an end of tie e) owes the other end over the tie, rupiah (negative: what it is owed). */
export function owedBy(w: World, e: number, helper: number): number {
  return w.net.ends1[e] === helper ? w.net.balance[e] : -w.net.balance[e];
}

/**
 * Chance that `helper` helps the other end of tie e (a loan, materials): economy 1, reciprocity
 * strength x trust; economy 2, reciprocity strength x tie strength, raised by what the helper
 * owes the asker from help received before and lowered by what the asker still owes, each counted
 * in months of the helper's basic need (docs/model.md "Reciprocity is read, not just booked").
 */
export function helpChance(w: World, e: number, helper: number): number {
  const par = w.params;
  if (!par.economy2) return par.reciprocity * w.net.trust[e];
  const month = Math.max(1, w.households.need[helper] * 30);
  const factor = Math.min(2, Math.max(0, 1 + owedBy(w, e, helper) / month));
  return par.reciprocity * w.net.strength[e] * factor;
}
