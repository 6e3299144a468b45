import { describe, expect, it } from 'vitest';
import { noteOutsideShares, townPriceLean } from '../../src/rules/bridging.js';
import { outsideDemandFactor } from '../../src/rules/demand.js';
import { adjustPrice } from '../../src/rules/prices.js';
import { addTie, LAYER } from '../../src/world/network.js';
import { CHANNEL, CHANNELS } from '../../src/world/producers.js';
import type { World } from '../../src/world/world.js';
import { dropBridgingAndLinking, socialWorld } from './helpers.js';

/** A tiny social-2 world whose producer 0 took `outsideShare` of its revenue from outside buyers, with or without a bridging tie. */
function producerWorld(bridging: boolean, outsideShare: number, premium = 0.2, social: 1 | 2 = 2): World {
  const w = socialWorld({ social_capital: { linking_share: 0, bridging_share: 0, town_price_premium: premium } }, social);
  dropBridgingAndLinking(w);
  if (bridging) addTie(w.net, w.producers.household[0], w.nodes.outsider0, LAYER.peer, 0.5, 0.6, 0);
  w.producers.outsideShare[0] = outsideShare;
  return w;
}

/** Producer 0's price after a weekly price setting. */
function priceAfterReview(w: World): number {
  adjustPrice(w, 0);
  return w.producers.price[0];
}

describe('bridging ties bring price information (social 2)', () => {
  it('a producer selling half outside leans its price towards the town price only when a bridging tie tells it', () => {
    const informed = priceAfterReview(producerWorld(true, 0.5));
    const uninformed = priceAfterReview(producerWorld(false, 0.5));
    expect(informed / uninformed).toBeCloseTo(1 + 0.2 * 0.5, 3);
  });

  it('the lean costs outside orders: buyers weigh the dearer price against the town price', () => {
    const informed = producerWorld(true, 0.5);
    const uninformed = producerWorld(false, 0.5);
    priceAfterReview(informed);
    priceAfterReview(uninformed);
    expect(outsideDemandFactor(uninformed, 0)).toBeGreaterThan(outsideDemandFactor(informed, 0));
    expect(outsideDemandFactor(informed, 0)).toBeGreaterThan(1); // still below the town price
  });

  it('does not bind without outside sales, without a town premium, or under social 1', () => {
    expect(priceAfterReview(producerWorld(true, 0))).toBe(priceAfterReview(producerWorld(false, 0)));
    expect(priceAfterReview(producerWorld(true, 0.5, 0))).toBe(priceAfterReview(producerWorld(false, 0.5, 0)));
    expect(townPriceLean(producerWorld(true, 0.5, 0.2, 1), 0)).toBe(1);
  });

  it('the outside share is the market and online revenue of the period over all of it', () => {
    const w = producerWorld(true, 0);
    const n = CHANNELS.length;
    w.producers.revenue[CHANNEL.warung] = 60_000;
    w.producers.revenue[CHANNEL.market] = 30_000;
    w.producers.revenue[CHANNEL.digital] = 10_000;
    noteOutsideShares(w);
    expect(w.producers.outsideShare[0]).toBeCloseTo(0.4, 6);
    w.producers.revenue.fill(0, 0, n);
    noteOutsideShares(w);
    expect(w.producers.outsideShare[0]).toBe(0);
  });
});
