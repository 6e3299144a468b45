/** Each intervention type on a tiny hand-built world: what it changes, and nothing else. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { procurement, unitPrice } from '../../src/rules/procurement.js';
import { venueDays } from '../../src/rules/markets.js';
import { settlement } from '../../src/rules/settlement.js';
import { findTie, NODE_KIND, otherEnd, TIE_CLASS } from '../../src/world/network.js';
import { CHANNEL } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tinyWorld } from '../helpers/world.js';

const twoProducers = { population: { households: 6, poor_households: 3, home_industries: 2, outsiders: 20 } };

function at(w: World, t: number): void {
  w.t = t;
  runTimeline(w);
}

function tiesOfClass(w: World, node: number, cls: number): number {
  let n = 0;
  for (let a = w.net.adjStart[node]; a < w.net.adjStart[node] + w.net.adjLen[node]; a++) {
    const e = w.net.adj[a];
    if (w.net.alive[e] && w.net.tieClass[e] === cls) n++;
  }
  return n;
}

describe('culinary-market', () => {
  const market = {
    type: 'culinary-market',
    start: 5,
    every: 7,
    visitors: 40,
    packs_per_visitor: 1,
    stall_fee: 1000,
    tie_probability: 1,
    contact_attendance: 0,
  };

  it('on market days participants pay a stall fee and sell to visitors, who may become contacts outside the village', () => {
    const w = tinyWorld({ ...twoProducers, interventions: [market] });
    at(w, 5);
    expect(w.venues).toHaveLength(1);
    expect([...w.venues[0].participants]).toEqual([0, 1]);
    const stock = w.producers.stock[0] + w.producers.stock[1];
    venueDays(w);
    const sold = stock - w.producers.stock[0] - w.producers.stock[1];
    expect(sold).toBeGreaterThan(0);
    const revenue = w.producers.revenue[0 * 4 + CHANNEL.market] + w.producers.revenue[1 * 4 + CHANNEL.market];
    expect(revenue).toBe(sold * 6000);
    expect(w.producers.costs[0]).toBe(1000);
    const contacts = w.producers.outsideContacts[0] + w.producers.outsideContacts[1];
    expect(contacts).toBeGreaterThan(0);
    expect(
      tiesOfClass(w, w.producers.household[0], TIE_CLASS.bridging) + tiesOfClass(w, w.producers.household[1], TIE_CLASS.bridging),
    ).toBe(contacts);
  });

  it('sells nothing on other days, and has producers prepare before market days', () => {
    const w = tinyWorld({ ...twoProducers, interventions: [market] });
    at(w, 5);
    w.t = 6;
    const stock = w.producers.stock[0];
    venueDays(w);
    expect(w.producers.stock[0]).toBe(stock);
    expect(w.producers.venueExtra[0]).toBe(0);
    w.t = 9;
    venueDays(w);
    expect(w.producers.venueExtra[0]).toBeCloseTo(40 / 2, 6);
  });
});

describe('digital-promotion', () => {
  it('raises the skill of participants, gives devices, and those who can now sell online start with contacts', () => {
    const w = tinyWorld({
      ...twoProducers,
      digital: { initial_contacts: 3, skill_threshold: 0.5 },
      interventions: [{ type: 'digital-promotion', start: 2, skill_boost: 1, device_support: true, signal: 1, extra_contacts: 2 }],
    });
    const i = w.producers.household[0];
    w.households.device[i] = 0;
    w.households.skill[i] = 0;
    at(w, 2);
    expect(w.households.device[i]).toBe(1);
    expect(w.households.skill[i]).toBe(1);
    expect(w.signal[w.households.hamlet[i]]).toBe(1);
    expect(w.producers.adopted[0]).toBe(1);
    expect(w.producers.digitalContacts[0]).toBe(5);
  });

  it('leaves producers outside its target as they were', () => {
    const w = tinyWorld({
      ...twoProducers,
      interventions: [{ type: 'digital-promotion', start: 2, skill_boost: 1, target: { products: ['keripik'] }, participation: 0 }],
    });
    const skills = [...w.households.skill];
    at(w, 2);
    expect([...w.households.skill]).toEqual(skills);
    expect(w.interventions[0].participants).toBe(0);
  });
});

describe('group-formation', () => {
  it('forms a business group with bonding ties and buys materials at a discount', () => {
    const w = tinyWorld({ ...twoProducers, interventions: [{ type: 'group-formation', start: 3, discount: 0.1 }] });
    at(w, 3);
    expect([...w.producers.businessGroup.slice(0, 2)]).toEqual([0, 0]);
    const e = findTie(w.net, w.producers.household[0], w.producers.household[1]);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(w.net.tieClass[e]).toBe(TIE_CLASS.bonding);
    const base = w.suppliers.price[0];
    expect(unitPrice(w, 0, 0, 0)).toBe(Math.round(base * 0.9));
  });
});

describe('hearing', () => {
  it('links participants to the village and regency governments', () => {
    const w = tinyWorld({ network: { linking_share: 0 }, interventions: [{ type: 'hearing', start: 1 }] });
    const i = w.producers.household[0];
    expect(tiesOfClass(w, i, TIE_CLASS.linking)).toBe(0);
    at(w, 1);
    expect(tiesOfClass(w, i, TIE_CLASS.linking)).toBe(2);
    expect(findTie(w.net, i, w.nodes.villageGov0)).toBeGreaterThanOrEqual(0);
    expect(findTie(w.net, i, w.nodes.regencyGov)).toBeGreaterThanOrEqual(0);
  });

  it('can link to the village government only', () => {
    const w = tinyWorld({ network: { linking_share: 0 }, interventions: [{ type: 'hearing', start: 1, government: 'village' }] });
    at(w, 1);
    expect(findTie(w.net, w.producers.household[0], w.nodes.regencyGov)).toBe(-1);
    expect(tiesOfClass(w, w.producers.household[0], TIE_CLASS.linking)).toBe(1);
  });
});

describe('credit-access', () => {
  const loan = { type: 'credit-access', start: 1, amount: 1200000, monthly_interest: 0.02, months: 12, max_missed: 2 };

  it('lends to the business, which repays monthly; only the interest is a cost', () => {
    const w = tinyWorld({ interventions: [loan] });
    const capital = w.producers.capital[0];
    at(w, 1);
    expect(w.producers.capital[0]).toBe(capital + 1200000);
    expect(w.producers.microDebt[0]).toBe(1200000 + 24000 * 12);
    w.t = 31;
    const costs = w.producers.costs[0];
    settlement(w);
    expect(w.producers.microDebt[0]).toBe(1200000 + 24000 * 12 - 124000);
    expect(w.producers.costs[0] - costs).toBe(24000);
  });

  it('collects arrears as cash comes in: a borrower short on the due day pays later and keeps the loan', () => {
    const w = tinyWorld({ horizon_days: 300, interventions: [loan] });
    at(w, 1);
    const costs = w.producers.costs[0];
    setStock(w.money, w.accounts.business0, 50000);
    w.t = 31;
    settlement(w);
    // Part of the instalment now, the rest owed.
    expect(w.producers.microArrears[0]).toBe(124000 - 50000);
    expect(w.producers.microDebt[0]).toBe(1200000 + 24000 * 12 - 50000);
    setStock(w.money, w.accounts.business0, 500000);
    w.t = 40;
    settlement(w);
    expect(w.producers.microArrears[0]).toBe(0);
    expect(w.producers.microDebt[0]).toBe(1200000 + 24000 * 12 - 124000);
    // Only the interest share of what was paid is a cost: 24,000 of the 124,000, over both payments.
    expect(w.producers.costs[0] - costs).toBe(24000);
    w.t = 61;
    settlement(w);
    expect(w.producers.microDefaulted[0]).toBe(0);
    expect(w.producers.microDebt[0]).toBe(1200000 + 24000 * 12 - 2 * 124000);
  });

  it('writes off a loan after too many missed instalments and lends no more', () => {
    const w = tinyWorld({ horizon_days: 300, interventions: [loan, { ...loan, start: 200 }] });
    at(w, 1);
    setStock(w.money, w.accounts.business0, 0);
    for (const t of [31, 61]) {
      w.t = t;
      settlement(w);
      setStock(w.money, w.accounts.business0, 0);
    }
    expect(w.producers.microDefaulted[0]).toBe(1);
    expect(w.producers.microDebt[0]).toBe(0);
    at(w, 200);
    expect(w.interventions[1].participants).toBe(0);
  });
});

describe('formal-contracts', () => {
  it('make deliveries more punctual, pay a penalty when late, and end credit (bon)', () => {
    const w = tinyWorld({
      suppliers: { materials_each: 1, reliability_min: 0, reliability_max: 0 },
      interventions: [{ type: 'formal-contracts', start: 1, reliability_gain: 1, penalty_share: 0.1 }],
    });
    at(w, 1);
    expect(w.producers.contracted[0]).toBe(1);
    setStock(w.materials, w.producerMaterial0, 0);
    setCash(w, w.producers.household[0], 0);
    setStock(w.money, w.accounts.business0, 10_000_000);
    procurement(w);
    // Reliability 0 plus a gain of 1: the order is promised and due on the same day.
    expect(w.producers.orderDue[0]).toBe(w.producers.orderPromised[0]);
    expect(w.producers.orderCredit[0]).toBe(0);
  });

  it('make a late supplier pay the agreed penalty', () => {
    const w = tinyWorld({
      suppliers: { materials_each: 1, reliability_min: 0, reliability_max: 0 },
      interventions: [{ type: 'formal-contracts', start: 1, reliability_gain: 0, penalty_share: 0.1 }],
    });
    at(w, 1);
    setStock(w.materials, w.producerMaterial0, 0);
    setStock(w.money, w.accounts.business0, 10_000_000);
    procurement(w);
    const value = w.producers.orderCash[0] + w.producers.orderCredit[0];
    const due = w.producers.orderDue[0];
    expect(due).toBeGreaterThan(w.producers.orderPromised[0]);
    const capital = w.producers.capital[0];
    w.t = due;
    procurement(w);
    expect(w.producers.lateDeliveries[0]).toBe(1);
    expect(w.producers.capital[0]).toBe(capital - value + Math.round(value * 0.1));
  });
});

describe('supplier-disruption', () => {
  it('stops deliveries from the targeted supplier until the end, then restores it', () => {
    const w = tinyWorld({ interventions: [{ type: 'supplier-disruption', start: 2, end: 10, mode: 'stop', target: { suppliers: [0] } }] });
    at(w, 2);
    expect(w.suppliers.stoppedUntil[0]).toBe(10);
    setStock(w.materials, w.producerMaterial0, 0);
    setStock(w.money, w.accounts.business0, 10_000_000);
    procurement(w);
    const due = w.producers.orderDue[0];
    w.t = due;
    procurement(w);
    expect(w.producers.materials[0]).toBe(0);
    expect(w.producers.orderDue[0]).toBe(11);
    at(w, 11);
    expect(w.suppliers.stoppedUntil[0]).toBe(0);
  });
});

describe('crisis', () => {
  it('raises material prices and lowers demand while it lasts', () => {
    const w = tinyWorld({ interventions: [{ type: 'crisis', start: 3, end: 5, price_factor: 2, demand_factor: 0.5 }] });
    const price = unitPrice(w, 0, 0, 0);
    at(w, 3);
    expect(unitPrice(w, 0, 0, 0)).toBe(price * 2);
    expect(w.conditions.demandFactor).toBe(0.5);
    at(w, 6);
    expect(w.conditions).toEqual({ materialPriceFactor: 1, demandFactor: 1, informalFactor: 1 });
  });
});

describe('returning-migrants', () => {
  const back = {
    type: 'returning-migrants',
    start: 2,
    arrivals: 2,
    savings: 10000000,
    training: true,
    join_group: true,
    invest_trained: 1,
    invest_group: 0,
    startup_cost: 1000000,
  };

  it('brings savings home, ends remittances, joins returnees in a group, and they invest in home industries', () => {
    const w = tinyWorld({
      population: { households: 6, poor_households: 3 },
      households: { migrant_abroad_share: 0 },
      interventions: [back],
    });
    const capacity = w.producers.capacity;
    expect(capacity).toBe(3);
    at(w, 2);
    const returned = [...w.interventions[0].members];
    expect(returned).toHaveLength(2);
    for (const i of returned) {
      expect(w.households.exMigrant[i]).toBe(1);
      expect(w.households.returnedDay[i]).toBe(2);
      expect(w.households.producer[i]).toBeGreaterThanOrEqual(1);
    }
    expect(w.producers.count).toBe(3);
    expect(w.households.group[returned[0]]).toBe(w.households.group[returned[1]]);
    expect(findTie(w.net, returned[0], returned[1])).toBeGreaterThanOrEqual(0);
  });

  it('without training or a group, returnees who do not invest keep their savings as cash', () => {
    const w = tinyWorld({
      population: { households: 6, poor_households: 3 },
      households: { migrant_abroad_share: 0 },
      interventions: [{ ...back, training: false, join_group: false, invest_untrained: 0 }],
    });
    const cash = [...w.households.cash];
    at(w, 2);
    for (const i of w.interventions[0].members) {
      expect(w.households.cash[i]).toBe(cash[i] + 10000000);
      expect(w.households.producer[i]).toBe(-1);
    }
    expect(w.producers.count).toBe(1);
  });
});

describe('district-kiosk', () => {
  it('collects packs at its discount on collection days and links suppliers of the kiosk', () => {
    const w = tinyWorld({ interventions: [{ type: 'district-kiosk', start: 1, every: 7, capacity: 5, margin: 0.25 }] });
    at(w, 1);
    const i = w.producers.household[0];
    const e = findTie(w.net, i, w.nodes.kiosk);
    expect(w.net.tieClass[e]).toBe(TIE_CLASS.linking);
    expect(w.net.nodeKind[otherEnd(w.net, e, i)]).toBe(NODE_KIND.institution);
    const stock = w.producers.stock[0];
    venueDays(w);
    expect(stock - w.producers.stock[0]).toBe(5);
    expect(w.producers.revenue[CHANNEL.market]).toBe(5 * 4500);
    // Revenue through the kiosk comes over a linking tie.
    expect(w.producers.revenueByClass[TIE_CLASS.linking]).toBe(5 * 4500);
  });
});

describe('participation', () => {
  it("takes part with the given chance, from the intervention's own stream", () => {
    const many = { population: { households: 400, poor_households: 100, home_industries: 200 } };
    const w = tinyWorld({ ...many, interventions: [{ type: 'hearing', start: 1, participation: 0.25 }] });
    at(w, 1);
    expect(w.interventions[0].participants).toBeGreaterThan(30);
    expect(w.interventions[0].participants).toBeLessThan(70);
    const none = tinyWorld({ ...many, interventions: [{ type: 'hearing', start: 1, participation: 0 }] });
    at(none, 1);
    expect(none.interventions[0].participants).toBe(0);
  });
});
