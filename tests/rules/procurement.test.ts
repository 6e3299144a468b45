import { describe, expect, it } from 'vitest';
import { step } from '../../src/engine/step.js';
import { procurement } from '../../src/rules/procurement.js';
import { findTie } from '../../src/world/network.js';
import { setCash, setStock, tieWithTrust, tinyWorld } from '../helpers/world.js';

function stalledDays(reliability: number): { stockout: number; late: number; produced: number } {
  const w = tinyWorld({ suppliers: { materials_each: 1, reliability_min: reliability, reliability_max: reliability, delay_mean_days: 6 } });
  const p = 0;
  setStock(w.materials, w.producerMaterial0 + p, 0);
  setCash(w, w.producers.household[p], 2_000_000);
  for (let d = 0; d < 25; d++) step(w);
  return { stockout: w.producers.stockoutDays[p], late: w.producers.lateDeliveries[p], produced: w.producers.produced[p] };
}

describe('procurement', () => {
  it('a late supplier stalls production', () => {
    const onTime = stalledDays(1);
    const late = stalledDays(0);
    // On time: the order placed on day 1 arrives on day 2, so only day 1 is lost.
    expect(onTime.stockout).toBe(1);
    expect(onTime.late).toBe(0);
    // Late: nothing can be made until the delivery comes, and it is counted late when it does.
    expect(late.late).toBe(1);
    expect(late.stockout).toBeGreaterThan(5);
    expect(late.produced).toBeLessThanOrEqual(onTime.produced);
  });

  it('sells on credit only to a buyer the supplier trusts', () => {
    for (const [trust, expectCredit] of [
      [0.9, true],
      [0.1, false],
    ] as const) {
      const w = tinyWorld();
      const i = w.producers.household[0];
      setStock(w.materials, w.producerMaterial0, 0);
      setStock(w.money, w.accounts.business0, 0);
      tieWithTrust(w, i, w.suppliers.node[0], trust);
      w.t = 1;
      procurement(w);
      expect(w.producers.orderSupplier[0] >= 0).toBe(expectCredit);
      expect(w.producers.orderCredit[0] > 0).toBe(expectCredit);
    }
  });

  it('a late delivery lowers trust in the supplier and an on-time one raises it', () => {
    for (const [reliability, direction] of [
      [0, -1],
      [1, 1],
    ] as const) {
      const w = tinyWorld({ suppliers: { materials_each: 1, reliability_min: reliability, reliability_max: reliability } });
      const i = w.producers.household[0];
      setStock(w.materials, w.producerMaterial0, 0);
      setCash(w, i, 2_000_000);
      const e = tieWithTrust(w, i, w.suppliers.node[0], 0.5);
      for (let d = 0; d < 20 && w.producers.lateDeliveries[0] + (w.net.trust[e] > 0.5 ? 1 : 0) === 0; d++) step(w);
      expect(Math.sign(w.net.trust[e] - 0.5)).toBe(direction);
    }
  });
});

describe('peer lending (reciprocity)', () => {
  function lendingWorld() {
    const w = tinyWorld({
      population: { households: 4, poor_households: 2, home_industries: 2 },
      network: { peer_ties: 0 },
      suppliers: { materials_each: 1, reliability_min: 0, reliability_max: 0 },
    });
    const [a, b] = [w.producers.household[0], w.producers.household[1]];
    setStock(w.materials, w.producerMaterial0 + 0, 0);
    setStock(w.materials, w.producerMaterial0 + 1, 200);
    setCash(w, a, 2_000_000);
    const e = tieWithTrust(w, a, b, 1);
    w.t = 1;
    procurement(w);
    return { w, e, a };
  }

  it('a producer out of materials while its delivery is late borrows from a trusted peer, creating an obligation', () => {
    const { w, e, a } = lendingWorld();
    w.producers.orderDue[0] = 100;
    w.t = 3;
    procurement(w);
    expect(w.producers.lender[0]).toBe(1);
    const units = w.producers.loanUnits[0];
    expect(units).toBeGreaterThan(0);
    expect(w.producers.materials[0]).toBe(units);
    const owed = units * 2500;
    expect(w.net.balance[e]).toBe(w.net.ends1[e] === a ? owed : -owed);
  });

  it('a broken obligation lowers trust by the penalty and the loan is written off', () => {
    const { w, e } = lendingWorld();
    w.producers.orderDue[0] = 100;
    w.t = 3;
    procurement(w);
    w.t = 3 + 15;
    procurement(w);
    expect(w.net.trust[e]).toBeCloseTo(1 - 0.3, 6);
    expect(w.producers.lender[0]).toBe(-1);
    expect(w.net.balance[e]).toBe(0);
  });

  it('a kept obligation (materials returned when the delivery comes) keeps trust and clears the balance', () => {
    const { w, e } = lendingWorld();
    w.producers.orderDue[0] = 5;
    w.t = 3;
    procurement(w);
    const lenderBefore = w.producers.materials[1];
    const units = w.producers.loanUnits[0];
    w.t = 5;
    procurement(w);
    expect(w.producers.lender[0]).toBe(-1);
    expect(w.producers.materials[1]).toBe(lenderBefore + units);
    expect(w.net.trust[e]).toBe(1);
    expect(w.net.balance[e]).toBe(0);
    expect(findTie(w.net, w.producers.household[0], w.producers.household[1])).toBe(e);
  });
});
