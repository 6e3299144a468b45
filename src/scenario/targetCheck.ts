/**
 * Targets that can select nobody, found from the scenario alone (before a run): hamlets, villages or
 * suppliers that do not exist, groups no earlier programme forms, attributes nobody can have.
 * Targets that depend on how a run unfolds (who adopts, who bridges) are not checked here.
 */
import type { Intervention, InterventionType } from './interventionSchema.js';

interface ScenarioFacts {
  readonly villages: number;
  readonly households: number;
  readonly poorHouseholds: number;
  readonly hamlets: number;
  readonly suppliers: number;
  readonly homeIndustries: number;
  readonly exMigrantShare: number;
  readonly migrantAbroadShare: number;
  readonly groupShare: number;
  readonly linkingShare: number;
  readonly interventions: readonly Intervention[];
}

/** A problem with one target field: its path under the intervention, and what was expected. */
export interface TargetProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Types that act on home industries (their targets select among them). */
const PRODUCER_TYPES: readonly InterventionType[] = [
  'culinary-market',
  'digital-promotion',
  'group-formation',
  'hearing',
  'credit-access',
  'formal-contracts',
  'district-kiosk',
];

/** Types that act on the whole village, so take no target or participation: why, as the message says it. */
const WHOLE_VILLAGE: Partial<Record<InterventionType, string>> = {
  crisis: 'a crisis hits every household and business alike',
  'principle-withdrawal': 'a principle stops working for every household and business alike',
};

function formedBefore(
  f: ScenarioFacts,
  start: number,
  types: readonly InterventionType[],
  also: (iv: Intervention) => boolean = () => true,
): boolean {
  return f.interventions.some((iv) => types.includes(iv.type) && iv.start <= start && also(iv));
}

function outOfRange(values: readonly number[] | undefined, count: number, what: string): string | undefined {
  if (values === undefined || values.some((v) => v < count)) return undefined;
  return `expected ${what} numbers from 0 to ${count - 1}, so that the target selects someone; got [${values.join(', ')}]`;
}

/** Why the target of intervention `iv` selects nobody, if it can be told from the scenario. */
export function targetProblems(f: ScenarioFacts, iv: Intervention): TargetProblem[] {
  const t = iv.target;
  const out: TargetProblem[] = [];
  const add = (field: string, message: string | undefined) => {
    if (message !== undefined) out.push({ path: ['target', field], message });
  };
  add('hamlets', outOfRange(t.hamlets, f.hamlets, 'hamlet'));
  add('villages', outOfRange(t.villages, f.villages, 'village'));
  if (iv.type === 'supplier-disruption') add('suppliers', outOfRange(t.suppliers, f.suppliers * f.villages, 'supplier'));
  if (t.poor === true && f.poorHouseholds === 0)
    add('poor', 'expected some poor households (population.poor_households is 0), so that the target selects someone');
  if (t.poor === false && f.poorHouseholds === f.households)
    add('poor', 'expected some households that are not poor (all are), so that the target selects someone');
  if (t.ex_migrant === true && f.exMigrantShare === 0 && !formedBefore(f, iv.start, ['returning-migrants'])) {
    add(
      'ex_migrant',
      'expected returned migrants (households.ex_migrant_share is 0 and no returning-migrants starts before), so that the target selects someone',
    );
  }
  if (t.migrant_abroad === true && f.migrantAbroadShare === 0) {
    add(
      'migrant_abroad',
      'expected households with a member abroad (households.migrant_abroad_share is 0), so that the target selects someone',
    );
  }
  if (
    t.group_member === true &&
    f.groupShare === 0 &&
    !formedBefore(f, iv.start, ['returning-migrants'], (r) => r.type === 'returning-migrants' && r.join_group)
  ) {
    add('group_member', 'expected community-group members (households.group_share is 0), so that the target selects someone');
  }
  if (t.business_group === true && !formedBefore(f, iv.start - 1, ['group-formation'])) {
    add(
      'business_group',
      `expected a group-formation starting before day ${iv.start}, since no home industry is in a business group until one does`,
    );
  }
  if (t.linked === true && f.linkingShare === 0 && !formedBefore(f, iv.start - 1, ['hearing', 'credit-access', 'district-kiosk'])) {
    add('linked', `expected a hearing (or another programme that links) before day ${iv.start}, since network.linking_share is 0`);
  }
  const whole = WHOLE_VILLAGE[iv.type];
  if (whole !== undefined && Object.keys(t).length > 0) out.push({ path: ['target'], message: `expected no target: ${whole}` });
  if (whole !== undefined && iv.participation !== 1) {
    out.push({ path: ['participation'], message: `expected 1 (or nothing): ${whole}` });
  }
  if (PRODUCER_TYPES.includes(iv.type) && f.homeIndustries === 0 && !formedBefore(f, iv.start - 1, ['returning-migrants'])) {
    out.push({ path: ['type'], message: `expected home industries for a ${iv.type} to reach (population.home_industries is 0)` });
  }
  return out;
}
