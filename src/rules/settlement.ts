/**
 * Step 5 of the day: settlement. On its settlement day a warung pays each consigning producer for
 * the packs sold, less its commission, and draws its profit above a working float; producers pay
 * supplier credit when due, and a payment they cannot make lowers the supplier's trust and pushes
 * the due date a week on. Suppliers draw profit above their float weekly.
 */
import { findTie } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import { CHANNEL } from '../world/producers.js';
import type { World } from '../world/world.js';
import { recordCost, recordRevenue, spendableCash } from './business.js';
import { addObligation } from './obligations.js';
import { recordBroken, recordOutcome } from './trust.js';

const GRACE_DAYS = 7;

function settleWarung(w: World, k: number): void {
  const wr = w.warungs;
  const pr = w.producers;
  for (let q = k * wr.slots; q < (k + 1) * wr.slots; q++) {
    const owed = wr.slotOwed[q];
    if (owed <= 0) continue;
    const p = wr.slotProducer[q];
    const i = pr.household[p];
    transfer(w.money, w.accounts.warung0 + k, i, owed);
    recordRevenue(w, p, CHANNEL.warung, owed);
    wr.slotOwed[q] = 0;
    const e = findTie(w.net, i, wr.node[k]);
    if (e >= 0) recordOutcome(w, e, 1);
  }
  drawProfit(w, w.accounts.warung0 + k, wr.owner[k], wr.float[k]);
}

/** Moves a business's cash above its float to its owner's household as trade income. */
function drawProfit(w: World, account: number, owner: number, float: number): void {
  const surplus = Math.floor(w.money.balance[account] - float);
  if (surplus <= 0) return;
  transfer(w.money, account, owner, surplus);
  w.households.incomeTrade[owner] += surplus;
}

function payCredit(w: World, p: number): void {
  const pr = w.producers;
  if (pr.debt[p] <= 0 || w.t < pr.debtDue[p]) return;
  const s = pr.creditor[p];
  const i = pr.household[p];
  const pay = Math.min(pr.debt[p], Math.floor(spendableCash(w, i)));
  const e = findTie(w.net, i, w.suppliers.node[s]);
  if (pay > 0) {
    transfer(w.money, i, w.accounts.supplier0 + s, pay);
    recordCost(w, p, pay);
    pr.debt[p] -= pay;
    if (e >= 0) addObligation(w, e, i, -pay);
  }
  if (pr.debt[p] === 0) {
    pr.creditor[p] = -1;
    if (e >= 0) recordOutcome(w, e, 1);
  } else {
    pr.debtDue[p] = w.t + GRACE_DAYS;
    if (e >= 0) recordBroken(w, e);
  }
}

/** A microcredit instalment due today: paid from spare cash, or missed; too many missed is a default. */
function payMicrocredit(w: World, p: number): void {
  const pr = w.producers;
  if (pr.microDebt[p] <= 0 || w.t < pr.microDue[p]) return;
  const i = pr.household[p];
  const due = Math.min(pr.microInstalment[p], pr.microDebt[p]);
  pr.microDue[p] += 30;
  if (spendableCash(w, i) >= due) {
    transfer(w.money, i, w.outside.microcredit, due);
    pr.microDebt[p] -= due;
    // Only the interest is a cost of the business; the principal returns what was lent.
    recordCost(w, p, Math.min(due, pr.microInterest[p]));
    pr.microMissed[p] = 0;
    return;
  }
  pr.microMissed[p]++;
  if (pr.microMissed[p] >= pr.microMaxMissed[p]) {
    pr.microDebt[p] = 0;
    pr.microDefaulted[p] = 1;
  }
}

/** Settlements of the day. */
export function settlement(w: World): void {
  const wr = w.warungs;
  const every = w.params.settleEvery;
  for (let k = 0; k < wr.count; k++) if (w.t % every === wr.settleOffset[k]) settleWarung(w, k);
  for (let p = 0; p < w.producers.count; p++) {
    payCredit(w, p);
    payMicrocredit(w, p);
  }
  if (w.t % 7 === 0) {
    const sp = w.suppliers;
    for (let s = 0; s < sp.count; s++) drawProfit(w, w.accounts.supplier0 + s, sp.owner[s], sp.float[s]);
  }
}
