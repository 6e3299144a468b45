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
