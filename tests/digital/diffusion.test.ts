import { describe, expect, it } from 'vitest';
import { digitalDiffusion, onlineNeighbourShare } from '../../src/rules/digital.js';
import { onlineReadiness } from '../../src/world/digital.js';
import { LAYER } from '../../src/world/network.js';
import { tieWithTrust } from '../helpers/world.js';
import { onlineCount, readyWorld, runDays } from './helpers.js';

// A high innovation rate so that a ready household almost surely goes online within the days run.
const FAST = { digital: { bass_p_per_year: 0.9, bass_q_per_year: 0 } };

describe('digital diffusion under social 2: the gates', () => {
  it('ready households go online by innovation alone', () => {
    const w = readyWorld(FAST);
    runDays(w, 1500, digitalDiffusion);
    expect(onlineCount(w)).toBe(w.households.count);
  });

  it('without a smartphone nobody goes online', () => {
    const w = readyWorld(FAST);
    w.households.device.fill(0);
    runDays(w, 1500, digitalDiffusion);
    expect(onlineCount(w)).toBe(0);
  });

  it('without signal in the hamlet nobody goes online', () => {
    const w = readyWorld(FAST);
    w.signal.fill(0);
    runDays(w, 1500, digitalDiffusion);
    expect(onlineCount(w)).toBe(0);
  });

  it('without digital skill nobody goes online; skill below the need slows going online', () => {
    const none = readyWorld(FAST);
    none.households.skill.fill(0);
    runDays(none, 1500, digitalDiffusion);
    expect(onlineCount(none)).toBe(0);
    const w = readyWorld();
    w.households.skill[0] = w.scenario.digital.skill_threshold / 2;
    expect(onlineReadiness(w, 0)).toBeCloseTo(0.5, 6);
    expect(onlineReadiness(w, 1)).toBe(1);
  });

  it('nothing happens during the warm-up: the start shares are those of day 0', () => {
    const w = readyWorld({ ...FAST, warmup_days: 2000 });
    runDays(w, 1500, digitalDiffusion);
    expect(onlineCount(w)).toBe(0);
  });
});

describe('digital diffusion under social 2: imitation over ties', () => {
  const IMITATION = { digital: { bass_p_per_year: 0, bass_q_per_year: 0.9 } };

  it('with p = 0 and no neighbour online nobody goes online', () => {
    const w = readyWorld(IMITATION);
    runDays(w, 1500, digitalDiffusion);
    expect(onlineCount(w)).toBe(0);
  });

  it('with p = 0 a household tied to one online goes online', () => {
    const w = readyWorld(IMITATION);
    tieWithTrust(w, 0, 1, 0.5, LAYER.kin);
    w.digital.online[1] = 1;
    expect(onlineNeighbourShare(w, 0)).toBeGreaterThan(0);
    runDays(w, 1500, digitalDiffusion);
    expect(w.digital.online[0]).toBe(1);
  });
});

describe('going online opens the business shop', () => {
  it('a household running a business sells online once online, with its contacts', () => {
    const w = readyWorld(FAST);
    const i = w.producers.household[0];
    runDays(w, 1500, digitalDiffusion);
    expect(w.digital.online[i]).toBe(1);
    expect(w.producers.adopted[0]).toBe(1);
    expect(w.producers.digitalContacts[0]).toBeGreaterThan(0);
  });

  it('an offline household keeps its business offline', () => {
    const w = readyWorld(FAST);
    w.households.device[w.producers.household[0]] = 0;
    runDays(w, 1500, digitalDiffusion);
    expect(w.producers.adopted[0]).toBe(0);
  });
});
