import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateFrom } from '../helpers/capture.js';
import { tempDir } from '../helpers/cli.js';

const small = 'horizon_days: 100\npopulation: {households: 60, poor_households: 20, home_industries: 5}\n';

const cases: Array<[string, string, string]> = [
  [
    'an unknown intervention type',
    'interventions:\n  - {type: culinary-markt, start: 10}\n',
    's.yaml:4:12: interventions[0].type: expected one of "culinary-market", "digital-promotion", "group-formation", "hearing", "credit-access", "formal-contracts", "supplier-disruption", "crisis", "returning-migrants", "district-kiosk", "training", "principle-withdrawal" (did you mean "culinary-market"?), got "culinary-markt"',
  ],
  [
    'a start after the horizon',
    'interventions:\n  - {type: crisis, start: 150}\n',
    's.yaml:4:27: interventions[0].start: expected a day within the horizon (0 to 100), got 150',
  ],
  [
    'a participation above 1',
    'interventions:\n  - {type: hearing, start: 5, participation: 1.4}\n',
    's.yaml:4:46: interventions[0].participation: expected a number <= 1, got 1.4',
  ],
  [
    'a negative participation',
    'interventions:\n  - {type: hearing, start: 5, participation: -0.2}\n',
    's.yaml:4:46: interventions[0].participation: expected a number >= 0, got -0.2',
  ],
  [
    'a target hamlet that does not exist',
    'interventions:\n  - {type: hearing, start: 5, target: {hamlets: [8, 9]}}\n',
    's.yaml:4:49: interventions[0].target.hamlets: expected hamlet numbers from 0 to 7, so that the target selects someone; got [8, 9]',
  ],
  [
    'a target group that no programme has formed yet',
    'interventions:\n  - {type: culinary-market, start: 20, target: {business_group: true}}\n',
    's.yaml:4:65: interventions[0].target.business_group: expected a group-formation starting before day 20, since no home industry is in a business group until one does',
  ],
  [
    'a programme cost in fractions of a rupiah',
    'interventions:\n  - {type: hearing, start: 5, cost: {fixed: 2500.5}}\n',
    's.yaml:4:45: interventions[0].cost.fixed: expected a whole number, got 2500.5',
  ],
  [
    'an unknown field of an intervention',
    'interventions:\n  - {type: crisis, start: 5, price_factr: 2}\n',
    's.yaml:4:30: interventions[0].price_factr: unknown field; expected one of type, start, end, target, participation, label, cost, price_factor, demand_factor, informal_factor, migration',
  ],
];

describe('bad interventions', () => {
  it.each(cases)('%s: one line with file, line, column and field; exit 2; nothing written', async (_name, timeline, line) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 's.yaml'), small + timeline);
    const r = await simulateFrom(dir, ['--out', 'o', '--quiet', 's.yaml']);
    expect(r.stderr).toBe(line + '\n');
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'o'))).toBe(false);
  });

  it('a target selecting nobody once the run is under way does nothing, and says so', async () => {
    const dir = tempDir();
    const timeline =
      'digital: {initial_adopter_share: 0}\ninterventions:\n  - {type: culinary-market, start: 5, target: {adopter: true}}\n';
    writeFileSync(path.join(dir, 's.yaml'), small + timeline);
    const r = await simulateFrom(dir, ['--out', 'o', '--quiet', 's.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('simulate: s seed 1: interventions[0] (culinary-market) reached nobody on day 5\n');
  });
});
