/**
 * Version 1's patterns 4, 7 and 8 (docs/model.md 1.2), on economy 1 with balewangi-v1.yaml's values,
 * as directions over ten seeds, each scenario against its
 * baseline with common random numbers.
 */
import { describe, expect, it } from 'vitest';
import { average, runBundled, SEEDS } from '../helpers/runs.js';

// Each pattern needs whole two-year runs of several scenarios over ten seeds.

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = average(xs);
  const my = average(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
    syy += (ys[k] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('pattern 4: supplier delays lower output; reliable suppliers earn trust', { timeout: 180_000 }, () => {
  it('formal contracts lower late deliveries in every seed', () => {
    for (const s of SEEDS) {
      expect(runBundled('formal-contracts', s, 'v1').mean('late_deliveries', 1)).toBeLessThan(
        runBundled('balewangi', s, 'v1').mean('late_deliveries', 1),
      );
    }
  });

  it('a supplier that stops delivering lowers output while it is stopped', () => {
    // The stop lasts from day 180 to 240: periods 7 and 8.
    const lower = SEEDS.filter(
      (s) =>
        sum(runBundled('supplier-disruption', s, 'v1').col('production_units').slice(6, 8)) <
        sum(runBundled('balewangi', s, 'v1').col('production_units').slice(6, 8)),
    );
    expect(lower.length).toBeGreaterThanOrEqual(9);
  });

  it('more reliable suppliers end with more trust from their buyers', () => {
    const reliability: number[] = [];
    const trust: number[] = [];
    for (const s of SEEDS) {
      const w = runBundled('balewangi', s, 'v1').w;
      for (let k = 0; k < w.suppliers.count; k++) {
        const node = w.suppliers.node[k];
        let t = 0;
        let n = 0;
        for (let a = w.net.adjStart[node]; a < w.net.adjStart[node] + w.net.adjLen[node]; a++) {
          const e = w.net.adj[a];
          if (w.net.alive[e]) {
            t += w.net.trust[e];
            n++;
          }
        }
        if (n === 0) continue;
        reliability.push(w.suppliers.reliability[k]);
        trust.push(t / n);
      }
    }
    expect(correlation(reliability, trust)).toBeGreaterThan(0.25);
  });
});

describe('pattern 7: a crisis bankrupts the weakest; reciprocity helps a village through it', { timeout: 180_000 }, () => {
  // The crisis runs from day 180 to 360: periods 7 to 12.
  it('a crisis raises business failures', () => {
    const more = SEEDS.filter(
      (s) =>
        sum(runBundled('crisis', s, 'v1').col('business_failures').slice(6, 18)) >
        sum(runBundled('balewangi', s, 'v1').col('business_failures').slice(6, 18)),
    );
    expect(more.length).toBeGreaterThanOrEqual(8);
  });

  it('with reciprocity, fewer businesses fail in the crisis and fewer are lost six months after it', () => {
    const failures = (name: string) => SEEDS.map((s) => sum(runBundled(name, s, 'v1').col('business_failures').slice(6, 12)));
    expect(average(failures('crisis'))).toBeLessThan(average(failures('crisis-no-reciprocity')));
    // Running businesses six months after the crisis, against the same village without it.
    const lost = (crisis: string, calm: string) =>
      SEEDS.map(
        (s) => runBundled(calm, s, 'v1').col('active_home_industries')[17] - runBundled(crisis, s, 'v1').col('active_home_industries')[17],
      );
    expect(average(lost('crisis', 'balewangi'))).toBeLessThan(average(lost('crisis-no-reciprocity', 'no-reciprocity')));
  });

  it('with reciprocity, home-industry income falls less during the crisis', () => {
    const kept = (crisis: string, calm: string) =>
      SEEDS.map(
        (s) =>
          runBundled(crisis, s, 'v1').mean('home_industry_income_mean', 6, 12) /
          runBundled(calm, s, 'v1').mean('home_industry_income_mean', 6, 12),
      );
    const withReciprocity = kept('crisis', 'balewangi');
    const without = kept('crisis-no-reciprocity', 'no-reciprocity');
    expect(SEEDS.filter((_, k) => withReciprocity[k] > without[k]).length).toBeGreaterThanOrEqual(9);
  });
});

describe('pattern 8: returning migrants who invest with a group stay out of poverty more often', { timeout: 180_000 }, () => {
  it('returnees trained and in a group are below the poverty line less often than returnees on their own', () => {
    const poor = (name: string) => SEEDS.map((s) => runBundled(name, s, 'v1').mean('returnee_poverty_headcount', 3));
    const alone = poor('returning-migrants');
    const grouped = poor('returning-migrants-group');
    expect(average(grouped)).toBeLessThan(average(alone));
    expect(SEEDS.filter((_, k) => grouped[k] < alone[k]).length).toBeGreaterThanOrEqual(8);
  });

  it('and more of them run a home industry', () => {
    const producers = (name: string) =>
      SEEDS.map((s) => {
        const w = runBundled(name, s, 'v1').w;
        let n = 0;
        for (let i = 0; i < w.households.count; i++) if (w.households.returnedDay[i] >= 0 && w.households.producer[i] >= 0) n++;
        return n;
      });
    expect(average(producers('returning-migrants-group'))).toBeGreaterThan(2 * average(producers('returning-migrants')));
  });
});
