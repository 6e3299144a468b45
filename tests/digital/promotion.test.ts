import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { digitalDiffusion } from '../../src/rules/digital.js';
import { createWorld } from '../../src/engine/setup.js';
import type { World } from '../../src/world/world.js';
import { tinyScenario, tinyWorld } from '../helpers/world.js';
import { readyWorld, runDays } from './helpers.js';

const promotion = {
  interventions: [{ type: 'digital-promotion', start: 3, skill_boost: 0.9, device_support: true, extra_contacts: 7, top_down: true }],
};

/** Runs the promotion on day 3 for a producer without a smartphone or skill; `signal` is its hamlet's signal then. */
function promoted(w: World, signal = 1): World {
  const h = w.households;
  const i = w.producers.household[0];
  h.device[i] = 0;
  h.skill[i] = 0;
  w.signal[h.hamlet[i]] = signal;
  w.t = 3;
  runTimeline(w);
  return w;
}

describe('digital promotion under social 2: skills, devices, reach and one push to go online', () => {
  it('a participant the training makes ready opens its shop on the day with the promised reach, and no money moves', () => {
    const w = readyWorld({
      ...promotion,
      population: { households: 3, poor_households: 1, hamlets: 1, home_industries: 1, suppliers: 1, warungs: 1, outsiders: 40 },
      digital: { bass_p_per_year: 0, bass_q_per_year: 0, initial_contacts: 2 },
    });
    const i = w.producers.household[0];
    const cash = w.households.cash[i];
    promoted(w);
    expect(w.producers.adopted[0]).toBe(1);
    expect(w.digital.online[i]).toBe(1);
    expect(w.producers.digitalContacts[0]).toBe(2 + 7);
    expect(w.digital.pendingContacts[0]).toBe(0);
    expect(w.households.cash[i]).toBe(cash);
    expect(w.households.incomeHomeIndustry[i]).toBe(0);
  });

  it('raises skill and gives a smartphone but opens no shop where the hamlet has no signal', () => {
    const w = promoted(readyWorld({ ...promotion, digital: { bass_p_per_year: 0, bass_q_per_year: 0 } }), 0);
    const i = w.producers.household[0];
    expect(w.households.device[i]).toBe(1);
    expect(w.households.skill[i]).toBeGreaterThan(0.5);
    expect(w.producers.adopted[0]).toBe(0);
    expect(w.digital.online[i]).toBe(0);
    expect(w.households.incomeHomeIndustry[i]).toBe(0);
    expect(w.digital.pendingContacts[0]).toBe(7);
  });

  it('a participant not ready on the day goes online later through diffusion and then gets the promised reach', () => {
    const w = promoted(
      readyWorld({
        ...promotion,
        population: { households: 3, poor_households: 1, hamlets: 1, home_industries: 1, suppliers: 1, warungs: 1, outsiders: 40 },
        digital: { bass_p_per_year: 0.9, bass_q_per_year: 0, initial_contacts: 2 },
      }),
      0,
    );
    expect(w.producers.adopted[0]).toBe(0);
    w.signal.fill(1);
    runDays(w, 1500, digitalDiffusion);
    expect(w.producers.adopted[0]).toBe(1);
    expect(w.producers.digitalContacts[0]).toBe(2 + 7);
    expect(w.digital.pendingContacts[0]).toBe(0);
  });

  it('under social 1 the promotion still opens the shop on the day (as before)', () => {
    const w = promoted(tinyWorld({ ...promotion, digital: { initial_adopter_share: 0, min_signal: 0 } }));
    expect(w.producers.adopted[0]).toBe(1);
  });
});

describe('setup under social 2', () => {
  it('takes the signal away from the hill hamlets the scenario names, and only under social 2', () => {
    const over = { population: { households: 40, poor_households: 10, hamlets: 8, home_industries: 4, outsiders: 5 } };
    const s2 = createWorld(tinyScenario({ ...over, social: 2, digital: { no_signal_hamlets: 3 } }), 4);
    expect(Array.from(s2.signal).filter((x) => x === 0)).toHaveLength(3);
    const s1 = createWorld(tinyScenario({ ...over, digital: { no_signal_hamlets: 3 } }), 4);
    expect(Array.from(s1.signal).filter((x) => x === 0)).toHaveLength(0);
  });

  it('starts online the households of the home industries selling online, and no one else when the share is 0', () => {
    const over = { population: { households: 40, poor_households: 10, hamlets: 2, home_industries: 20, outsiders: 5 } };
    const w = createWorld(
      tinyScenario({ ...over, social: 2, digital: { initial_adopter_share: 0.5, household_online_share: 0, no_signal_hamlets: 0 } }),
      2,
    );
    for (let i = 0; i < w.households.count; i++) {
      const p = w.households.producer[i];
      expect(w.digital.online[i]).toBe(p >= 0 ? w.producers.adopted[p] : 0);
    }
    expect(Array.from(w.producers.adopted.subarray(0, w.producers.count)).some((x) => x === 1)).toBe(true);
  });
});
