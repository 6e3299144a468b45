/** Returning migrants: whom they come back to is a scenario parameter, not remittance households by default under social 2. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { tinyWorld } from '../helpers/world.js';

const village = { population: { households: 8, poor_households: 4, home_industries: 1, outsiders: 5 } };

/** The household a single returnee comes back to, when household 7 alone has a member abroad. */
function returnee(social: number, from: string | undefined, seed: number): { i: number; poor: number } {
  const spec = { type: 'returning-migrants', start: 1, arrivals: 1, ...(from === undefined ? {} : { from }) };
  const w = tinyWorld({ ...village, social, interventions: [spec] }, seed);
  w.households.migrantAbroad.fill(0);
  w.households.migrantAbroad[7] = 1;
  w.t = 1;
  runTimeline(w);
  const i = w.interventions[0].members[0];
  return { i, poor: w.households.poorAtStart[i] };
}

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe('whom returnees come back to', () => {
  it('remittance-households (social 1 default): the household with a member abroad, whatever the seed', () => {
    expect(seeds.map((s) => returnee(1, undefined, s).i)).toEqual(seeds.map(() => 7));
    expect(seeds.map((s) => returnee(2, 'remittance-households', s).i)).toEqual(seeds.map(() => 7));
  });

  it('any (social 2 default): households without a member abroad return too', () => {
    expect(seeds.some((s) => returnee(2, undefined, s).i !== 7)).toBe(true);
  });

  it('poor: only households poor at the start', () => {
    expect(seeds.map((s) => returnee(2, 'poor', s).poor)).toEqual(seeds.map(() => 1));
    expect(seeds.map((s) => returnee(2, 'non-poor', s).poor)).toEqual(seeds.map(() => 0));
  });
});

describe('what a returnee who invests buys', () => {
  /** Whether the one returnee, who always invests, runs an equipped business; `savings` and `economy` as given. */
  function equipped(economy: 1 | 2, savings: number): boolean {
    const spec = { type: 'returning-migrants', start: 1, arrivals: 1, from: 'any', savings, invest_untrained: 1, startup_cost: 3_000_000 };
    const w = tinyWorld({ ...village, economy, interventions: [spec] }, 1);
    w.t = 1;
    runTimeline(w);
    const p = w.households.producer[w.interventions[0].members[0]];
    expect(p).toBeGreaterThanOrEqual(0);
    return w.producers.equipped[p] === 1;
  }

  it('binds: under economy 2 the start-up cost paid in full buys equipment', () => {
    expect(equipped(2, 15_000_000)).toBe(true);
  });

  it('does not bind: savings short of the start-up cost buy none, and economy 1 has no equipment', () => {
    expect(equipped(2, 1_000_000)).toBe(false);
    expect(equipped(1, 15_000_000)).toBe(false);
  });
});
