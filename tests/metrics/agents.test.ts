import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readCsv, simulate, tempDir } from '../helpers/cli.js';

describe('per-agent outputs', () => {
  const out = tempDir();
  const run = simulate([path.join(FIXTURES, 'small-periods.yaml'), '--out', out, '--quiet', '--seed', '3']);
  const dir = path.join(out, 'small-periods/seed-3');
  const metrics = readCsv(path.join(dir, 'metrics.csv'));
  const periods = readCsv(path.join(dir, 'agents_periods.csv'));
  const agents = readCsv(path.join(dir, 'agents.csv'));
  const col = (t: { header: string[] }, name: string) => t.header.indexOf(name);
  const num = (s: string) => (s === '' ? 0 : Number(s));

  it('are written by a run that asks for income paths', () => {
    expect(run.code).toBe(0);
    expect(periods.rows).toHaveLength(200 * 4);
  });

  it("agents_periods.csv: each household's income path averages to metrics.csv's income_mean in every period", () => {
    const incomeCols = ['income_informal', 'income_home_industry', 'income_trade', 'income_remittance', 'income_wage'].map((c) =>
      col(periods, c),
    );
    for (const row of metrics.rows.slice(1)) {
      const period = row[col(metrics, 'period')];
      const lines = periods.rows.filter((r) => r[col(periods, 'period')] === period);
      expect(lines).toHaveLength(200);
      const mean = lines.reduce((s, r) => s + incomeCols.reduce((a, c) => a + num(r[c]), 0), 0) / lines.length;
      // Each cell is rounded to the rupiah: five cells per household.
      expect(Math.abs(mean - Number(row[col(metrics, 'income_mean')]))).toBeLessThanOrEqual(3);
      const poor = lines.filter((r) => r[col(periods, 'poor')] === '1').length;
      expect(poor).toBe(Number(row[col(metrics, 'poverty_headcount')]));
    }
  });

  it('agents.csv: revenue by tie class adds up to revenue by channel for every home industry', () => {
    const channels = ['revenue_warung', 'revenue_direct', 'revenue_market', 'revenue_digital'].map((c) => col(agents, c));
    const classes = ['revenue_bonding', 'revenue_bridging', 'revenue_linking'].map((c) => col(agents, c));
    const producers = agents.rows.filter((r) => r[col(agents, 'home_industry')] === '1');
    expect(producers.length).toBeGreaterThan(0);
    for (const r of producers) {
      const byChannel = channels.reduce((s, c) => s + num(r[c]), 0);
      const byClass = classes.reduce((s, c) => s + num(r[c]), 0);
      expect(Math.abs(byChannel - byClass)).toBeLessThanOrEqual(4);
    }
  });
});
