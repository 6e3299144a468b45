import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { businessAccount } from '../../src/rules/business.js';
import { modernOutletOrders, seekCertification } from '../../src/rules/certification.js';
import { connect, LAYER, TIE_CLASS } from '../../src/world/network.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { packsSoldOver, setCash, setStock } from '../helpers/world.js';
import { dropBridgingAndLinking, socialWorld } from './helpers.js';

const COST = 250_000;

/** A tiny social-2 world where registration succeeds whenever offered and costs COST; producer 0's household holds `cash`. */
function registrationWorld(cash = 5_000_000, social: 1 | 2 = 2): World {
  const w = socialWorld(
    {
      social_capital: {
        linking_share: 0,
        bridging_share: 0,
        certification_per_month: 1,
        certification_cost: COST,
        modern_outlet_orders_per_month: 4,
      },
    },
    social,
  );
  dropBridgingAndLinking(w);
  setCash(w, w.producers.household[0], cash);
  return w;
}

/** Packs producer 0 sells to modern outlets over 120 days with ample stock. */
function outletPacks(w: World): number {
  return packsSoldOver(w, modernOutletOrders, 120);
}

describe('linking ties channel product registration, which opens modern outlets (social 2)', () => {
  it('a producer linked to its village government registers, pays the cost to the government, and sells to modern outlets', () => {
    const w = registrationWorld();
    const i = w.producers.household[0];
    connect(w.net, i, w.nodes.villageGov0, LAYER.institutional, 0.4, 0.6, 0);
    const cash = w.households.cash[i];
    seekCertification(w);
    expect(w.producers.certified[0]).toBe(1);
    expect(w.households.cash[i]).toBe(cash - COST);
    expect(w.money.balance[w.outside.government]).toBe(COST);
    expect(w.producers.costs[0]).toBe(COST);
    const packs = outletPacks(w);
    expect(packs).toBeGreaterThan(0);
    const revenue = w.producers.revenueByClass[0 * 3 + TIE_CLASS.linking];
    expect(revenue).toBe(w.producers.revenue[0 * CHANNELS.length + CHANNEL.market]);
    expect(revenue).toBeGreaterThan(0);
    expect(w.money.balance[w.outside.visitors]).toBe(-revenue);
  });

  it('without a linking tie to a government (none, or only to the bank) nothing is registered and no outlet orders', () => {
    const none = registrationWorld();
    for (let k = 0; k < 12; k++) seekCertification(none);
    expect(none.producers.certified[0]).toBe(0);
    expect(outletPacks(none)).toBe(0);

    const bankOnly = registrationWorld();
    connect(bankOnly.net, bankOnly.producers.household[0], bankOnly.nodes.creditProvider, LAYER.institutional, 0.4, 0.6, 0);
    seekCertification(bankOnly);
    expect(bankOnly.producers.certified[0]).toBe(0);
  });

  it('a linked producer whose cash does not cover the cost, or under social 1, is not registered', () => {
    const poor = registrationWorld(0);
    setStock(poor.money, businessAccount(poor, 0), 0);
    connect(poor.net, poor.producers.household[0], poor.nodes.villageGov0, LAYER.institutional, 0.4, 0.6, 0);
    seekCertification(poor);
    expect(poor.producers.certified[0]).toBe(0);

    const social1 = registrationWorld(5_000_000, 1);
    connect(social1.net, social1.producers.household[0], social1.nodes.villageGov0, LAYER.institutional, 0.4, 0.6, 0);
    seekCertification(social1);
    expect(social1.producers.certified[0]).toBe(0);
  });

  it("the district kiosk registers its suppliers' products under social 2, not under social 1", () => {
    const kiosk = { type: 'district-kiosk', start: 1, top_down: true, channel: 'open' };
    for (const [social, certified] of [
      [2, 1],
      [1, 0],
    ] as const) {
      const w = socialWorld({ interventions: [kiosk] }, social);
      dropBridgingAndLinking(w);
      w.t = 1;
      runTimeline(w);
      expect(w.interventions[0].participants).toBe(1);
      expect(w.producers.certified[0]).toBe(certified);
    }
  });
});
