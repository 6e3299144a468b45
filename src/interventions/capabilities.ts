/**
 * Programmes that change what participants can do: digital promotion (training, devices, signal,
 * reach), hearings (linking ties to government), microcredit, and formal supply contracts.
 */
import { draw } from '../rng.js';
import { goOnline, openOnlineShop } from '../rules/digital.js';
import { onlineReadiness } from '../world/digital.js';
import { addOnlineContacts } from '../world/ties.js';
import { canGoOnline } from '../world/business.js';
import { transfer } from '../world/ledger.js';
import { connect, LAYER } from '../world/network.js';
import type { World } from '../world/world.js';
import { businessAccount } from '../rules/business.js';
import { selectProducers } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';

export const digitalPromotion: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'digital-promotion') return;
    const participants = selectProducers(w, iv);
    iv.participants = participants.length;
    iv.members = participants;
    const h = w.households;
    const pr = w.producers;
    for (const p of participants) {
      const i = pr.household[p];
      h.skill[i] = Math.min(1, h.skill[i] + spec.skill_boost);
      if (spec.device_support) h.device[i] = 1;
      if (spec.signal > w.signal[h.hamlet[i]]) w.signal[h.hamlet[i]] = spec.signal;
    }
    if (w.params.social2) {
      promiseReach(w, iv, participants, spec.extra_contacts);
      return;
    }
    // Trained producers who now can sell online set up their shop; the promotion widens their reach.
    for (const p of participants) {
      if (!canGoOnline(w, p)) continue;
      if (pr.adopted[p] === 0) {
        pr.adopted[p] = 1;
        addOnlineContacts(w, iv.rng, p, w.scenario.digital.initial_contacts, w.t);
      }
      addOnlineContacts(w, iv.rng, p, spec.extra_contacts, w.t);
    }
  },
};

/**
 * Social 2: the promotion acts only through skills, devices and reach. A participant already online
 * gains its extra contacts now. The training is the outside push that the diffusion rule's p stands
 * for, given in one dose: a participant now ready tries selling online on the day with the chance of
 * its readiness (device, signal, skill), and its shop opens with the promised contacts. The others go
 * online by the diffusion rule when they do and get the promised contacts then. No money moves:
 * sales come only from outside buyers' finite demand.
 */
function promiseReach(w: World, iv: ScheduledIntervention, participants: Int32Array, extra: number): void {
  const pr = w.producers;
  for (const p of participants) {
    if (pr.adopted[p] === 1) {
      addOnlineContacts(w, iv.rng, p, extra, w.t);
      continue;
    }
    w.digital.pendingContacts[p] += extra;
    const i = pr.household[p];
    if (pr.active[p] === 0 || draw(iv.rng) >= onlineReadiness(w, i)) continue;
    if (w.digital.online[i] === 1) openOnlineShop(w, i);
    else goOnline(w, i);
  }
}

export const hearing: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'hearing') return;
    const participants = selectProducers(w, iv);
    iv.participants = participants.length;
    iv.members = participants;
    for (const p of participants) {
      const i = w.producers.household[p];
      if (spec.government !== 'regency')
        connect(w.net, i, w.nodes.villageGov0 + w.households.village[i], LAYER.institutional, 0.4, 0.6, w.t);
      if (spec.government !== 'village') connect(w.net, i, w.nodes.regencyGov, LAYER.institutional, 0.3, 0.5, w.t);
    }
  },
};

export const creditAccess: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'credit-access') return;
    const pr = w.producers;
    // A producer still repaying an earlier loan, or in default, is not lent to again.
    const participants = selectProducers(w, iv).filter((p) => pr.microDebt[p] === 0 && pr.microDefaulted[p] === 0);
    iv.participants = participants.length;
    iv.members = participants;
    const interest = Math.round(spec.amount * spec.monthly_interest);
    for (const p of participants) {
      const i = pr.household[p];
      transfer(w.money, w.outside.microcredit, businessAccount(w, p), spec.amount);
      pr.microDebt[p] = spec.amount + interest * spec.months;
      pr.microInstalment[p] = Math.ceil(pr.microDebt[p] / spec.months);
      pr.microInterest[p] = interest;
      pr.microDue[p] = w.t + 30;
      pr.microArrears[p] = 0;
      pr.microMaxMissed[p] = spec.max_missed;
      pr.microPrincipal[p] = spec.amount;
      pr.microSource[p] = iv.index;
      connect(w.net, i, w.nodes.creditProvider, LAYER.institutional, 0.3, 0.5, w.t);
    }
  },
};

export const formalContracts: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'formal-contracts') return;
    const pr = w.producers;
    const participants = selectProducers(w, iv);
    iv.participants = participants.length;
    iv.members = participants;
    for (const p of participants) {
      pr.contracted[p] = 1;
      pr.contractGain[p] = spec.reliability_gain;
      pr.contractPenalty[p] = spec.penalty_share;
      pr.contractCredit[p] = spec.credit ? 1 : 0;
    }
  },
  finish(w: World, iv: ScheduledIntervention) {
    for (const p of iv.members) w.producers.contracted[p] = 0;
  },
};
