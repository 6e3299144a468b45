/**
 * Step 5 of the day: settlement. On its settlement day a warung pays each consigning producer for
 * the packs sold, less its commission, and draws its profit above a working float; producers pay
 * supplier credit when due, and a payment they cannot make lowers the supplier's trust and pushes
 * the due date a week on. Suppliers draw profit above their float weekly.
 */
import { findTie, TIE_CLASS } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import { CHANNEL } from '../world/producers.js';
import type { World } from '../world/world.js';
import { businessAccount, businessCash, payForBusiness, recordCost, recordRevenue, spendableCash } from './business.js';
import { workingCapitalTarget } from '../world/business.js';
import { poolBusinessCash } from './finance.js';
import { addObligation } from './obligations.js';
import { recordBroken, recordOutcome, recordUnreturned } from './trust.js';

function settleWarung(w: World, k: number): void {
  const wr = w.warungs;
  const pr = w.producers;
  for (let q = k * wr.slots; q < (k + 1) * wr.slots; q++) {
    const owed = wr.slotOwed[q];
    if (owed <= 0) continue;
    const p = wr.slotProducer[q];
    const i = pr.household[p];
    transfer(w.money, w.accounts.warung0 + k, businessAccount(w, p), owed);
    const e = findTie(w.net, i, wr.node[k]);
    recordRevenue(w, p, CHANNEL.warung, owed, e >= 0 ? w.net.tieClass[e] : TIE_CLASS.bonding);
    wr.slotOwed[q] = 0;
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
  const pay = Math.min(pr.debt[p], businessCash(w, p));
  const e = findTie(w.net, i, w.suppliers.node[s]);
  if (pay > 0) {
    // The purchase was counted as a cost when the materials came; paying for it now is not a new cost.
    payForBusiness(w, p, w.accounts.supplier0 + s, pay);
    pr.debt[p] -= pay;
    if (e >= 0) addObligation(w, e, i, -pay);
  }
  if (pr.debt[p] === 0) {
    pr.creditor[p] = -1;
    if (e >= 0) recordOutcome(w, e, 1);
    return;
  }
  pr.debtDue[p] = w.t + w.params.graceDays;
  if (e < 0) return;
  // Reciprocity: on a strong, long tie the supplier reschedules a buyer who pays what it can.
  if (pay > 0 && w.net.strength[e] >= w.params.forbearanceStrength) {
    pr.debtSince[p] = pr.debtDue[p];
    return;
  }
  // Otherwise paying late costs some trust, paying nothing more; a long arrear is a broken obligation.
  if (w.t - pr.debtSince[p] > w.params.defaultDays) recordBroken(w, e);
  else recordOutcome(w, e, pay > 0 ? 0.5 : 0);
}

/**
 * Microcredit: an instalment falls due every 30 days and joins the arrears; the family pays what it
 * can of them that day and on every later day until they are cleared, as a lender's collector or a
 * borrowers' group keeps asking. Arrears of `max_missed` whole instalments on a due day are a
 * default. Paid only whole and only on its due day, a loan handed to every home industry was
 * defaulted on by 70% of those cash limited at the start and 17% of the others, where KUR's
 * arrears ran at 3.2% nationally and 13% at West Java's regional bank (Komite KUR, December 2013).
 */
function payMicrocredit(w: World, p: number): void {
  const pr = w.producers;
  if (pr.microDebt[p] <= 0) return;
  const due = w.t >= pr.microDue[p];
  if (due) {
    pr.microDue[p] += 30;
    pr.microArrears[p] = Math.min(pr.microDebt[p], pr.microArrears[p] + pr.microInstalment[p]);
  }
  const pay = pr.microArrears[p] > 0 ? Math.min(pr.microArrears[p], businessCash(w, p)) : 0;
  if (pay > 0) {
    payForBusiness(w, p, w.outside.microcredit, pay);
    // Only the interest is a cost of the business, its share of each payment; the rest returns what was lent.
    const interest = Math.min(pay, Math.round((pay * pr.microInterest[p]) / pr.microInstalment[p]));
    recordCost(w, p, interest);
    pr.microDebt[p] -= pay;
    pr.microArrears[p] -= pay;
    pr.microPrincipal[p] = Math.max(0, pr.microPrincipal[p] - (pay - interest));
  }
  if (!due || pr.microDebt[p] <= 0 || pr.microArrears[p] < pr.microMaxMissed[p] * pr.microInstalment[p]) return;
  pr.microDebt[p] = 0;
  pr.microArrears[p] = 0;
  pr.microDefaulted[p] = 1;
  // The principal not repaid is what the default costs the programme (interest forgone is not spent).
  if (pr.microSource[p] >= 0) w.interventions[pr.microSource[p]].defaultLosses += pr.microPrincipal[p];
  pr.microPrincipal[p] = 0;
}

/** Weekly repayment of restart capital to the kin or neighbour who lent it; unpaid by the due day, it is a broken obligation. */
function repayHelp(w: World, p: number): void {
  const pr = w.producers;
  if (pr.helpOwed[p] <= 0 || w.t % 7 !== 0) return;
  const i = pr.household[p];
  const e = findTie(w.net, i, pr.helper[p]);
  // Social 2 repays from the family's cash above its reserve (the takings swept there), not from the lent capital itself.
  const from = w.params.social2 ? spendableCash(w, i) : businessCash(w, p);
  const pay = Math.min(pr.helpOwed[p], Math.floor(from / 2));
  if (pay > 0) {
    if (w.params.social2) transfer(w.money, i, pr.helper[p], pay);
    else payForBusiness(w, p, pr.helper[p], pay);
    pr.helpOwed[p] -= pay;
    if (e >= 0) addObligation(w, e, i, -pay);
  }
  if (pr.helpOwed[p] === 0) {
    if (e >= 0) recordOutcome(w, e, 1);
    pr.helper[p] = -1;
  } else if (w.t > pr.helpDue[p]) {
    if (e >= 0) {
      addObligation(w, e, i, -pr.helpOwed[p]);
      recordUnreturned(w, e);
    }
    pr.helpOwed[p] = 0;
    pr.helper[p] = -1;
  }
}

/**
 * The household's side of its business (economy 1; under economy 2 the two are one pool): profit above the working-capital target is drawn into the
 * household's cash; when capital falls below half the target, the household puts in what it can
 * spare (savings, a returnee's remittances).
 */
function balanceCapital(w: World, p: number): void {
  if (w.params.economy2) {
    poolBusinessCash(w, p);
    return;
  }
  const pr = w.producers;
  const i = pr.household[p];
  const target = workingCapitalTarget(w, p);
  // A business keeps what it still owes on microcredit as working capital (the loan is for the
  // business), but the household does not put savings in to match it.
  const keep = target + pr.microDebt[p];
  const capital = pr.capital[p];
  if (capital > keep) {
    transfer(w.money, businessAccount(w, p), i, Math.floor(capital - keep));
  } else if (capital * 2 < target) {
    const put = Math.min(Math.ceil(target - capital), Math.floor(spendableCash(w, i) - w.households.buffer[i]));
    if (put > 0) transfer(w.money, i, businessAccount(w, p), put);
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
    repayHelp(w, p);
    balanceCapital(w, p);
  }
  if (w.t % 7 === 0) {
    const sp = w.suppliers;
    for (let s = 0; s < sp.count; s++) drawProfit(w, w.accounts.supplier0 + s, sp.owner[s], sp.float[s]);
  }
}
