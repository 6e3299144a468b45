/**
 * The return of migrant workers, who invest their savings in a home industry or spend them,
 * depending on training and on joining a group of returnees (seeds 000, 001, 002). A returnees'
 * group is a business group for the businesses its members start (seed 002: the community's
 * WhatsApp group moves materials among members, shares how they work, plans joint bazaars, and
 * through its ties to migrant communities in other towns sells for members who cannot sell
 * outside): pooled buying, shared partners and know-how, joint bazaars, and under social 2 ties to
 * returnee communities elsewhere, which bring resellers' orders (rules/bridging.ts).
 */
import { draw } from '../rng.js';
import { addTie, connect, findTie, LAYER } from '../world/network.js';
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { nextGroupId, shareInGroups } from './groups.js';
import { productToImitate } from '../rules/entry.js';
import { dailyProductionCost } from '../rules/finance.js';
import { startHomeIndustry } from './newBusiness.js';
import { sampleIds, selectHouseholds } from './target.js';
import type { InterventionHandler, ScheduledIntervention } from './types.js';
import { openMarket } from './venues.js';

/**
 * The households `arrivals` migrant workers return to. A return is an event, not an offer, so it
 * never goes through participation along ties. Which households is drawn uniformly, not by id (ids
 * run by hamlet); `remittance-households` takes those with a member abroad first, then others.
 */
function chooseReturnees(w: World, iv: ScheduledIntervention, from: ReturneeSource, arrivals: number): Int32Array {
  const h = w.households;
  const open = (i: number) => h.returnedDay[i] < 0 && h.producer[i] < 0;
  if (from !== 'remittance-households') {
    const poor = from === 'poor' ? 1 : from === 'non-poor' ? 0 : -1;
    const pool = [...selectHouseholds(w, iv, (i) => open(i) && (poor < 0 || h.poorAtStart[i] === poor), false)];
    return Int32Array.from(sampleIds(iv.rng, pool, arrivals));
  }
  const abroad = [...selectHouseholds(w, iv, (i) => h.migrantAbroad[i] === 1 && h.returnedDay[i] < 0, false)];
  const rest = abroad.length >= arrivals ? [] : [...selectHouseholds(w, iv, (i) => h.migrantAbroad[i] === 0 && open(i), false)];
  const chosen = sampleIds(iv.rng, abroad, arrivals);
  return Int32Array.from([...chosen, ...sampleIds(iv.rng, rest, arrivals - chosen.length)]);
}

type ReturneeSource = 'remittance-households' | 'any' | 'poor' | 'non-poor';

/** The businesses (producer ids) of each returnees' group, by its intervention: a business keeps its id when it closes and restarts. */
const groupBusinesses = new WeakMap<ScheduledIntervention, Int32Array>();

/** Social 2: `ties` bridging ties of node i to peer communities elsewhere (the village's pool of outside contacts). */
function tieToPeerCommunities(w: World, iv: ScheduledIntervention, i: number, ties: number): void {
  const perVillage = w.scenario.population.outsiders;
  if (perVillage === 0) return;
  const base = w.nodes.outsider0 + w.households.village[i] * perVillage;
  for (let made = 0, tries = 0; made < ties && tries < ties * 4; tries++) {
    const o = base + Math.floor(draw(iv.rng) * perVillage);
    if (findTie(w.net, i, o) >= 0) continue;
    addTie(w.net, i, o, LAYER.peer, 0.5, 0.6, w.t);
    made++;
  }
}

/**
 * The businesses members of a returnees' group started (producer ids) become one business group:
 * materials bought together, joint bazaars, and ties to returnee communities elsewhere.
 */
function formReturneeBusinessGroup(w: World, iv: ScheduledIntervention, businesses: Int32Array): void {
  const spec = iv.spec;
  if (spec.type !== 'returning-migrants' || businesses.length === 0) return;
  groupBusinesses.set(iv, businesses);
  const pr = w.producers;
  const group = nextGroupId(w);
  const h = w.households;
  for (const p of businesses) {
    pr.businessGroup[p] = group;
    // The group steers the savings into the business (seed 002): what is left after the equipment
    // stays the business's capital, not the family's spending money.
    const spare = Math.max(0, Math.floor(h.cash[pr.household[p]] - h.buffer[pr.household[p]]));
    pr.committed[p] = Math.min(spare, Math.floor(dailyProductionCost(w, p) * spec.commit_days));
    pr.materialDiscount[p] = spec.discount;
    if (w.net.byFunction) tieToPeerCommunities(w, iv, pr.household[p], spec.peer_ties);
  }
  if (spec.bazaar_every === undefined) return;
  const visitors = spec.bazaar_visitors;
  const market = { visitors, packsPerVisitor: 1.5, stallFee: 0, tieProbability: 0.02, contactAttendance: 0.3 };
  openMarket(w, `${iv.label} bazaar`, iv.start + spec.bazaar_every, iv.end, spec.bazaar_every, businesses, market, iv.rng);
}

/**
 * What a returnees' group knows of which products pay (seed 002: the group's chat shares what
 * members' products and the village's sell): for each member, the product of its most trusted
 * bonding tie running a business that pays more than the informal work it would give up
 * (rules/entry.ts), or, when it knows none, the product most members know; -1 when no member knows
 * one (the product is then drawn by the products' shares).
 */
function productsKnownToGroup(w: World, members: Int32Array): Int32Array {
  const known = Int32Array.from(members, (i) => productToImitate(w, i));
  const votes = new Int32Array(w.catalog.price.length);
  for (const k of known) if (k >= 0) votes[k]++;
  let common = -1;
  for (let k = 0; k < votes.length; k++) if (votes[k] > 0 && (common < 0 || votes[k] > votes[common])) common = k;
  for (let m = 0; m < known.length; m++) if (known[m] < 0) known[m] = common;
  return known;
}

export const returningMigrants: InterventionHandler = {
  begin(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'returning-migrants') return;
    const h = w.households;
    const returnees = chooseReturnees(w, iv, spec.from ?? (w.scenario.social === 2 ? 'any' : 'remittance-households'), spec.arrivals);
    iv.participants = returnees.length;
    iv.members = returnees;
    for (const i of returnees) {
      h.migrantAbroad[i] = 0;
      h.exMigrant[i] = 1;
      h.returnedDay[i] = w.t;
      h.skill[i] = Math.min(1, h.skill[i] + spec.skill_boost);
      transfer(w.money, w.outside.remitters, i, spec.savings);
      // Social 2: training (seed 000's BIMTEK by the migrant agency) leaves a linking tie to the government.
      if (spec.training && w.scenario.social === 2) connect(w.net, i, w.nodes.regencyGov, LAYER.institutional, 0.3, 0.6, w.t);
    }
    if (spec.join_group) {
      const group = 1 + h.group.reduce((a, b) => Math.max(a, b), -1);
      for (const i of returnees) h.group[i] = group;
      for (let a = 0; a < returnees.length; a++) {
        // A group of returnees keeps in touch mostly through its chat group: each member ties to a few others.
        for (let n = 0; n < 3 && returnees.length > 1; n++) {
          const b = returnees[Math.floor(draw(iv.rng) * returnees.length)];
          if (b !== returnees[a]) connect(w.net, returnees[a], b, LAYER.group, 0.5, 0.75, w.t);
        }
      }
    }
    const chance = (spec.training ? spec.invest_trained : spec.invest_untrained) + (spec.join_group ? spec.invest_group : 0);
    const started: number[] = [];
    const known = spec.join_group ? productsKnownToGroup(w, returnees) : undefined;
    for (let k = 0; k < returnees.length; k++) {
      const i = returnees[k];
      if (draw(iv.rng) >= chance) continue;
      const p = startHomeIndustry(w, i, iv.rng, spec.startup_cost, known === undefined ? -1 : known[k]);
      if (p >= 0) started.push(p);
    }
    if (spec.join_group) formReturneeBusinessGroup(w, iv, Int32Array.from(started));
  },
  daily(w: World, iv: ScheduledIntervention) {
    const spec = iv.spec;
    if (spec.type !== 'returning-migrants' || !spec.join_group) return;
    const businesses = groupBusinesses.get(iv);
    if (businesses !== undefined && businesses.length > 1) shareInGroups(w, iv.rng, businesses, spec.info_sharing, spec.knowledge_gain);
  },
};
