import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHouseholds, sameHouseholds } from '../../src/compare/cohorts.js';
import { runScenario, type RunResult } from '../../src/engine/run.js';
import { AGENT_COLUMNS } from '../../src/metrics/agents.js';
import { loadScenario, mergeScenario } from '../../src/scenario/load.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { FIXTURES } from '../helpers/cli.js';

const small = loadScenario(path.join(FIXTURES, 'small.yaml')).scenario;

/** The small village with these interventions (and a warm-up, so day 0 differs from setup). */
function variant(interventions: unknown[]): Scenario {
  const plain = JSON.parse(JSON.stringify(small)) as Record<string, unknown>;
  return { ...scenarioSchema.parse(mergeScenario(plain, { warmup_days: 30, horizon_days: 60, interventions })), name: 'v' } as Scenario;
}

function agentsText(r: RunResult): string {
  return [r.agents!.header.join(','), ...[...r.agents!.rows()].map((row) => row.join(','))].join('\n') + '\n';
}

describe('households across paired runs', () => {
  const seed = 4;
  const baseline = runScenario(variant([]), seed);
  const market = { type: 'culinary-market', start: 5, every: 15, participation: 0.5 };
  const migrants = { type: 'returning-migrants', start: 10, arrivals: 5 };
  const programme = runScenario(variant([market, migrants]), seed);
  const a = parseHouseholds(agentsText(baseline), 'baseline');
  const b = parseHouseholds(agentsText(programme), 'programme');
  const col = (r: RunResult, name: string) =>
    [...r.agents!.rows()].filter((x) => x[0] === 'household').map((x) => x[AGENT_COLUMNS.indexOf(name as never)]);

  it('keep their ids: same size and hamlet for every id in a scenario and its baseline on one seed', () => {
    expect(a.size.length).toBe(200);
    expect(b.size).toEqual(a.size);
    expect(b.hamlet).toEqual(a.hamlet);
    expect(sameHouseholds(a, b)).toBe(true);
    // The programme did change incomes, so the check above is not that of two equal runs.
    expect(b.incomePerCapita).not.toEqual(a.incomePerCapita);
  });

  it('keep the cohorts fixed at day 0 whatever the programme did after', () => {
    for (const name of ['poor_at_start', 'owner_at_start', 'adopter_at_start', 'bonding_only_at_start']) {
      expect(col(programme, name)).toEqual(col(baseline, name));
    }
    // Returnees may start a business: owners at the end are not owners at the start.
    expect(col(programme, 'home_industry')).not.toEqual(col(programme, 'owner_at_start'));
  });

  it('record participants as assigned: the market stall holders and the returnees, none in the baseline', () => {
    const market = programme.interventions.find((iv) => iv.type === 'culinary-market')!;
    const migrants = programme.interventions.find((iv) => iv.type === 'returning-migrants')!;
    const participants = col(programme, 'participant').filter((x) => x === '1').length;
    expect(market.participants).toBeGreaterThan(0);
    expect(participants).toBe(market.participants + migrants.participants);
    expect(col(programme, 'returnee').filter((x) => x === '1').length).toBe(migrants.participants);
    expect(col(baseline, 'participant').every((x) => x === '0')).toBe(true);
  });

  it('write poverty over the run consistent with income and spending per person', () => {
    const line = small.households.poverty_line;
    // Cells are rounded to the rupiah: households within 2 rupiah of the line may go either way.
    const wrong = (values: readonly number[], poor: readonly number[]) =>
      values.filter((v, i) => Math.abs(v - line) > 2 && poor[i] !== (v < line ? 1 : 0)).length;
    expect(wrong(a.incomePerCapita, a.poorOnIncome)).toBe(0);
    expect(wrong(a.consumptionPerCapita, a.poorOnConsumption)).toBe(0);
    expect(a.poorOnIncome.some((x) => x === 1) && a.poorOnIncome.some((x) => x === 0)).toBe(true);
    expect(a.consumptionPerCapita.every((v) => v > 0)).toBe(true);
  });
});
