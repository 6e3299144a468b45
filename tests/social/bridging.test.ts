import { describe, expect, it } from 'vitest';
import { bridgingOrders } from '../../src/rules/bridging.js';
import { addTie, LAYER, TIE_CLASS } from '../../src/world/network.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { packsSoldOver } from '../helpers/world.js';
import { dropBridgingAndLinking, socialWorld } from './helpers.js';

/** Packs producer 0 sells over 120 days through `peers` peer-community ties, at `priceFactor` times its starting price. */
function resellerPacks(peers: number, priceFactor = 1, social: 1 | 2 = 2, layer: number = LAYER.peer): { packs: number; w: World } {
  const w = socialWorld({ social_capital: { linking_share: 0, bridging_share: 0, reseller_orders_per_month: 1 } }, social);
  dropBridgingAndLinking(w);
  const pr = w.producers;
  const i = pr.household[0];
  for (let k = 0; k < peers; k++) addTie(w.net, i, w.nodes.outsider0 + k, layer, 0.5, 0.6, 0);
  pr.price[0] = Math.round(w.catalog.price[0] * priceFactor);
  return { packs: packsSoldOver(w, bridgingOrders, 120), w };
}

describe('bridging ties open resellers and bazaars outside the village (social 2)', () => {
  it('a producer with ties to peer communities sells to outside buyers, paid from outside less the margin, booked as bridging', () => {
    const { packs, w } = resellerPacks(5);
    expect(packs).toBeGreaterThan(0);
    const revenue = w.producers.revenueByClass[0 * 3 + TIE_CLASS.bridging];
    expect(revenue).toBe(w.producers.revenue[0 * CHANNELS.length + CHANNEL.market]);
    expect(revenue).toBeLessThan(packs * w.producers.price[0]);
    expect(revenue).toBeGreaterThanOrEqual(Math.floor(packs * w.producers.price[0] * 0.8));
    expect(w.money.balance[w.outside.visitors]).toBe(-revenue);
  });

  it('more bridging ties, more orders; none without one', () => {
    expect(resellerPacks(10).packs).toBeGreaterThan(resellerPacks(2).packs * 2);
    expect(resellerPacks(0).packs).toBe(0);
  });

  it('a contact outside that is no peer community (a market buyer) brings no reseller orders, nor does social 1', () => {
    expect(resellerPacks(5, 1, 2, LAYER.business).packs).toBe(0);
    expect(resellerPacks(5, 1, 1).packs).toBe(0);
  });

  it('outside demand is finite and responds to price: fewer packs at a higher price', () => {
    expect(resellerPacks(10, 1.5).packs).toBeLessThan(resellerPacks(10, 1).packs * 0.8);
  });
});
