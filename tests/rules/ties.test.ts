import { describe, expect, it } from 'vitest';
import { adoption } from '../../src/rules/adoption.js';
import { chooseSupplier } from '../../src/rules/partners.js';
import { periodEnd } from '../../src/rules/periodEnd.js';
import { referrals } from '../../src/rules/ties.js';
import { addTie, degree, findTie, LAYER } from '../../src/world/network.js';
import { tieWithTrust, tinyWorld } from '../helpers/world.js';

const bare = {
  network: { household_degree: 0, linking_share: 0, referral_rate: 1 },
  households: { group_share: 0 },
  principles: { similarity: { enabled: false } },
};

function referralWorld(referralsOn: boolean) {
  const w = tinyWorld({ ...bare, network: { ...bare.network, referrals: referralsOn } });
  const i = w.producers.household[0];
  const [c, f] = [0, 1, 2].filter((k) => k !== i);
  tieWithTrust(w, i, c, 1, LAYER.neighbour);
  tieWithTrust(w, c, f, 1, LAYER.kin);
  return { w, i, f };
}

describe('referral (friends of friends)', () => {
  it('a trusting customer passes the producer on to one of its own ties', () => {
    const { w, i, f } = referralWorld(true);
    expect(findTie(w.net, i, f)).toBe(-1);
    for (w.t = 1; w.t <= 30 && findTie(w.net, i, f) < 0; w.t++) referrals(w);
    const e = findTie(w.net, i, f);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(w.net.layers[e] & LAYER.business).toBe(LAYER.business);
  });

  it('makes no tie when referrals are switched off', () => {
    const { w, i } = referralWorld(false);
    const before = degree(w.net, i);
    for (w.t = 1; w.t <= 30; w.t++) referrals(w);
    expect(degree(w.net, i)).toBe(before);
  });
});

describe('tie decay', () => {
  it('dissolves an unused business tie at the period end but keeps kin', () => {
    const w = tinyWorld(bare);
    const business = addTie(w.net, 0, 1, LAYER.business, 0.08, 0.5, 0);
    const kin = addTie(w.net, 1, 2, LAYER.kin, 0.08, 0.5, 0);
    w.t = 30;
    periodEnd(w);
    expect(findTie(w.net, 0, 1)).toBe(-1);
    expect(findTie(w.net, 1, 2)).toBeGreaterThanOrEqual(0);
    expect(business).not.toBe(kin);
  });

  it('keeps a business tie used during the period', () => {
    const w = tinyWorld(bare);
    const e = addTie(w.net, 0, 1, LAYER.business, 0.08, 0.5, 25);
    w.t = 30;
    periodEnd(w);
    const kept = findTie(w.net, 0, 1);
    expect(kept).toBeGreaterThanOrEqual(0);
    expect(w.net.strength[kept]).toBeCloseTo(0.08 - (0.1 / 30) * 5, 5);
    expect(e).toBeGreaterThanOrEqual(0);
  });
});

describe('digital adoption', () => {
  const eager = { digital: { bass_p_per_year: 1, initial_contacts: 4 } };

  it('needs a device: without one, a producer never adopts', () => {
    const w = tinyWorld(eager);
    const i = w.producers.household[0];
    w.households.device[i] = 0;
    w.households.skill[i] = 1;
    w.signal.fill(1);
    for (w.t = 1; w.t <= 10; w.t++) adoption(w);
    expect(w.producers.adopted[0]).toBe(0);
  });

  it('with device, skill and signal, a producer adopts and gains online contacts outside the village', () => {
    const w = tinyWorld(eager);
    const i = w.producers.household[0];
    w.households.device[i] = 1;
    w.households.skill[i] = 1;
    w.signal.fill(1);
    w.t = 1;
    adoption(w);
    expect(w.producers.adopted[0]).toBe(1);
    expect(w.producers.digitalContacts[0]).toBe(4);
  });
});

describe('partner choice (exchange)', () => {
  function twoSuppliers(exchange: number) {
    const w = tinyWorld({
      population: { suppliers: 2 },
      principles: { exchange: { strength: exchange } },
      suppliers: { materials_each: 1, price_spread: 0 },
    });
    const i = w.producers.household[0];
    tieWithTrust(w, i, w.suppliers.node[0], 0.9);
    tieWithTrust(w, i, w.suppliers.node[1], 0.2);
    return w;
  }

  it('at full strength always takes the best-scored supplier', () => {
    const w = twoSuppliers(1);
    const picks = new Set(Array.from({ length: 30 }, () => chooseSupplier(w, 0, 0)));
    expect([...picks]).toEqual([0]);
  });

  it('at zero strength takes either', () => {
    const w = twoSuppliers(0);
    const picks = new Set(Array.from({ length: 30 }, () => chooseSupplier(w, 0, 0)));
    expect([...picks].sort()).toEqual([0, 1]);
  });
});
