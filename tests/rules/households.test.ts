import { describe, expect, it } from 'vitest';
import { householdsDay } from '../../src/rules/households.js';
import { setCash, tinyWorld } from '../helpers/world.js';

const idle = { households: { work_days_per_month: 0, migrant_abroad_share: 0, ex_migrant_share: 0 } };

describe('households', () => {
  it('meet basic needs first, borrowing what they lack', () => {
    const w = tinyWorld(idle);
    const need = w.households.need[0];
    setCash(w, 0, Math.floor(need / 4));
    householdsDay(w);
    expect(w.households.consumption[0]).toBe(need);
    expect(w.households.debt[0]).toBe(need - Math.floor(need / 4));
    expect(w.households.cash[0]).toBe(0);
    expect(w.households.unmetNeed[0]).toBe(0);
  });

  it('go without what they can neither pay nor borrow', () => {
    const w = tinyWorld({ households: { ...idle.households, borrowing_limit_months: 0 } });
    const i = [0, 1, 2].find((k) => w.households.producer[k] < 0)!;
    const need = w.households.need[i];
    setCash(w, i, 100);
    householdsDay(w);
    expect(w.households.consumption[i]).toBe(100);
    expect(w.households.unmetNeed[i]).toBe(need - 100);
    expect(w.households.debt[i]).toBe(0);
  });

  it('past their borrowing limit, families with a home industry eat into its working capital', () => {
    const w = tinyWorld({ households: { ...idle.households, borrowing_limit_months: 0 } });
    const i = w.producers.household[0];
    const need = w.households.need[i];
    setCash(w, i, 0);
    const capital = w.producers.capital[0];
    householdsDay(w);
    expect(w.households.consumption[i]).toBe(need);
    expect(w.producers.capital[0]).toBe(capital - need);
    expect(w.households.unmetNeed[i]).toBe(0);
  });

  it('spend part of what they hold above their buffer and keep the rest', () => {
    const w = tinyWorld(idle);
    const h = w.households;
    const cash = h.buffer[0] + h.need[0] + 3_000_000;
    setCash(w, 0, cash);
    householdsDay(w);
    const excess = cash - h.need[0] - h.buffer[0];
    const extra = Math.floor(excess * w.params.dailyPropensity);
    expect(h.consumption[0]).toBe(h.need[0] + extra);
    expect(h.cash[0]).toBe(cash - h.need[0] - extra);
  });

  it('earn informal income on work days', () => {
    const w = tinyWorld({ households: { work_days_per_month: 30, income_volatility: 0 } });
    const before = w.households.cash[0];
    householdsDay(w);
    expect(w.households.incomeInformal[0]).toBe(Math.round(w.households.wage[0]));
    expect(w.households.cash[0]).toBeGreaterThan(before - w.households.need[0] - 1);
  });
});

describe('consumption debt written off (economy 2)', () => {
  // A family with no work and no cash: it borrows its need, and the day's write-off follows.
  const broke = (economy: number) => {
    const w = tinyWorld({ economy, households: { ...idle.households, debt_write_off_months: 1, borrowing_limit_months: 12 } });
    const i = [0, 1, 2].find((k) => w.households.producer[k] < 0)!;
    setCash(w, i, 0);
    w.households.debt[i] = 3_000_000;
    return { w, i };
  };

  it('lenders stop collecting 1/(30 x months) of a debt a day that the family cannot repay', () => {
    const { w, i } = broke(2);
    const need = w.households.need[i];
    householdsDay(w);
    const owed = 3_000_000 + need;
    expect(w.households.debt[i]).toBe(owed - Math.floor(owed / 30));
    expect(w.households.debt[i]).toBeLessThan(3_000_000 + need);
  });

  it('writes nothing off under economy 1, nor for a family without debt', () => {
    const { w, i } = broke(1);
    householdsDay(w);
    expect(w.households.debt[i]).toBe(3_000_000 + w.households.need[i]);
    const { w: w2, i: j } = broke(2);
    w2.households.debt[j] = 0;
    setCash(w2, j, w2.households.need[j] * 2);
    householdsDay(w2);
    expect(w2.households.debt[j]).toBe(0);
  });
});
