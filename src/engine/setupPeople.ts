/**
 * Households of each village from the `setup` stream: incomes calibrated to the village's count of
 * poor households, sizes, hamlets, migration, community groups, devices and skills.
 */
import { draw, normal, poisson, type Rng } from '../rng.js';
import type { World } from '../world/world.js';

/**
 * Expected income per capita for one village: lognormal with the scenario's spread, scaled so
 * that exactly `poor` households fall below the poverty line (the village's measured count).
 */
function perCapitaIncomes(rng: Rng, n: number, poor: number, line: number, sigma: number): Float64Array {
  const z = new Float64Array(n);
  for (let k = 0; k < n; k++) z[k] = normal(rng);
  const sorted = Float64Array.from(z).sort();
  const p = Math.min(poor, n);
  const cut = p === 0 ? sorted[0] - 1 : p === n ? sorted[n - 1] + 1 : (sorted[p - 1] + sorted[p]) / 2;
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) y[k] = line * Math.exp(sigma * (z[k] - cut));
  return y;
}

function educationBand(rng: Rng, poor: boolean): number {
  const u = draw(rng);
  if (poor) return u < 0.55 ? 0 : u < 0.9 ? 1 : 2;
  return u < 0.25 ? 0 : u < 0.5 ? 1 : u < 0.9 ? 2 : 3;
}

/** Fills the household table. */
export function setupHouseholds(w: World, rng: Rng): void {
  const s = w.scenario;
  const h = w.households;
  const pop = s.population;
  const hh = s.households;
  const dig = s.digital;
  const perVillage = pop.households;
  let groupCount = 0;
  for (let v = 0; v < pop.villages; v++) {
    const y = perCapitaIncomes(rng, perVillage, pop.poor_households, hh.poverty_line, hh.income_sigma);
    let hamletMembers = 0;
    let hamletOfCount = -1;
    for (let k = 0; k < perVillage; k++) {
      const i = v * perVillage + k;
      const poor = y[k] < hh.poverty_line;
      const size = Math.min(12, 1 + poisson(rng, Math.max(0, (poor ? hh.size_poor : hh.size_nonpoor) - 1)));
      h.size[i] = size;
      h.village[i] = v;
      h.hamlet[i] = v * pop.hamlets + Math.floor((k * pop.hamlets) / perVillage);
      h.poorAtStart[i] = poor ? 1 : 0;
      h.wage[i] = (y[k] * size) / Math.max(1, hh.work_days_per_month);
      h.need[i] = Math.floor((size * hh.poverty_line * hh.basic_need) / 30);
      h.buffer[i] = Math.floor(h.need[i] * 30 * hh.buffer_months);
      h.education[i] = educationBand(rng, poor);
      h.exMigrant[i] = draw(rng) < hh.ex_migrant_share ? 1 : 0;
      h.migrantAbroad[i] = draw(rng) < hh.migrant_abroad_share ? 1 : 0;
      h.remittanceDay[i] = Math.floor(draw(rng) * 30);
      const savingsMonths = hh.initial_savings_months + (h.exMigrant[i] ? hh.ex_migrant_savings_months : 0);
      h.cash[i] = Math.floor(h.need[i] * 30 * savingsMonths);
      h.device[i] = draw(rng) < dig.device_share ? 1 : 0;
      // Schooling and work abroad (social remittances, seed 002) both raise digital skill.
      const skill = dig.skill_mean + 0.12 * (h.education[i] - 1.2) + 0.1 * h.exMigrant[i] + 0.2 * normal(rng);
      h.skill[i] = Math.min(1, Math.max(0, skill));
      // Groups fill up hamlet by hamlet, `group_size` members each.
      if (h.hamlet[i] !== hamletOfCount) {
        if (hamletMembers > 0) groupCount++;
        hamletOfCount = h.hamlet[i];
        hamletMembers = 0;
      }
      if (draw(rng) < hh.group_share) {
        if (hamletMembers > 0 && hamletMembers % hh.group_size === 0) groupCount++;
        h.group[i] = groupCount;
        hamletMembers++;
      }
    }
    if (hamletMembers > 0) groupCount++;
  }
}

/**
 * Gender of each household's business owner (or would-be owner, for a business started later), from
 * its own stream so that no other draw moves: one draw per household, in id order. It changes no
 * behaviour; outputs group by it.
 */
export function setupOwnerGender(w: World, rng: Rng): void {
  const h = w.households;
  const share = w.scenario.households.female_owner_share;
  for (let i = 0; i < h.count; i++) h.ownerFemale[i] = draw(rng) < share ? 1 : 0;
}

/** Mobile signal of each hamlet around the scenario's coverage. */
export function setupSignal(w: World, rng: Rng): void {
  const c = w.scenario.digital.signal_coverage;
  for (let k = 0; k < w.signal.length; k++) w.signal[k] = Math.min(1, Math.max(0, c + 0.15 * normal(rng)));
}
