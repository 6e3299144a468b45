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
