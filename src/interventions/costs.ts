/**
 * What each programme costs whoever pays for it (government, NGO, bank), in integer rupiah: a fixed
 * part (set-up, facilitators, venue, over the whole programme) and a part per participant. A
 * scenario states `cost:` on an intervention; what it leaves out comes from the defaults here.
 *
 * The seeds and CALIBRATION.md give no programme budgets, so every default is assumed; each says
 * why it is of that size. Money participants pay themselves (stall fees, interest, equipment) is
 * already in their accounts and not counted again. Credit costs the programme its subsidy and the
 * principal written off when a loan defaults, not the principal lent (it is repaid).
 */
import type { InterventionType } from '../scenario/interventionSchema.js';

/** Fixed and per-participant cost of one intervention, rupiah. */
export interface ProgrammeCost {
  readonly fixed: number;
  readonly per_participant: number;
}

/** A default cost and why it is that size. */
export interface CostDefault extends ProgrammeCost {
  readonly source: string;
}

/** The spec fields that change a default (smartphones handed out, BIMTEK training, a returnee group). */
interface CostSpec {
  readonly type: InterventionType;
  readonly device_support?: boolean;
  readonly training?: boolean;
  readonly join_group?: boolean;
  readonly cost?: Partial<ProgrammeCost>;
}

const NO_COST = 'a shock, not a programme: nobody spends on it';

/** Default cost of each intervention type, rupiah, with its reasoning. All are assumed. */
export const DEFAULT_COSTS = {
  'culinary-market': {
    fixed: 25_000_000,
    per_participant: 500_000,
    source:
      'assumed: tents, stage, lighting, cleaning and promotion about Rp 2 M a market day, twelve monthly market days; a stall kit (table, banner, packaging) per participating home industry',
  },
  'digital-promotion': {
    fixed: 15_000_000,
    per_participant: 750_000,
    source:
      'assumed: trainers and venue for a short course (about Rp 15 M); per participant course material, mobile data for three months and follow-up mentoring; plus Rp 1.5 M (an entry-level smartphone) when device_support is on',
  },
  'group-formation': {
    fixed: 10_000_000,
    per_participant: 250_000,
    source: 'assumed: a facilitator part-time for a year; per member meetings, bookkeeping books and a share of the first joint purchase',
  },
  hearing: {
    fixed: 5_000_000,
    per_participant: 50_000,
    source: 'assumed: hall, officials and refreshments of a village or regency hearing; a transport allowance per participant',
  },
  'credit-access': {
    fixed: 0,
    per_participant: 162_500,
    source:
      'KUR Super Mikro: the government pays the lender an interest subsidy of 15% a year (KMK 317/2023) on what is owed; on the default Rp 2 M repaid over twelve months that is about Rp 162,500 a borrower; the bank runs the scheme at no fixed cost to the programme. Principal written off at default is added from the run',
  },
  'formal-contracts': {
    fixed: 5_000_000,
    per_participant: 100_000,
    source: 'assumed: drafting standard supply contracts and legal advice; per participant registration and a contract signing session',
  },
  'supplier-disruption': { fixed: 0, per_participant: 0, source: NO_COST },
  crisis: { fixed: 0, per_participant: 0, source: NO_COST },
  'principle-withdrawal': { fixed: 0, per_participant: 0, source: NO_COST },
  'returning-migrants': {
    fixed: 0,
    per_participant: 0,
    source:
      'assumed: a return costs the programme nothing; Rp 1.5 M per returnee when training is on (seed 000: BIMTEK, a few days of residential technical guidance) and Rp 200 k when join_group is on (meetings of a returnee group)',
  },
  'district-kiosk': {
    fixed: 30_000_000,
    per_participant: 250_000,
    source:
      'assumed: shop space, shelves and a keeper for a year at about the regional minimum wage share; per participant product registration (P-IRT) and labels to the kiosk’s requirements',
  },
  training: {
    fixed: 10_000_000,
    per_participant: 1_500_000,
    source:
      'assumed: no figure in the seeds; regency BIMTEK budgets of a few million rupiah a session (trainers, hall, materials) and about Rp 1.5 M per trainee (meals, transport, kit)',
  },
} as const satisfies Record<InterventionType, CostDefault>;

/** Smartphone handed out with device support, rupiah (assumed: an entry-level Android phone). */
export const DEVICE_COST = 1_500_000;
/** BIMTEK training per returnee, rupiah (assumed). */
export const BIMTEK_COST = 1_500_000;
/** Returnee group meetings per member, rupiah (assumed). */
export const RETURNEE_GROUP_COST = 200_000;

/** The default cost of an intervention as specified (its type and the options that change it), rupiah. */
export function defaultCost(spec: CostSpec): ProgrammeCost {
  const base: CostDefault = DEFAULT_COSTS[spec.type];
  let perParticipant = base.per_participant;
  if (spec.device_support === true) perParticipant += DEVICE_COST;
  if (spec.training === true) perParticipant += BIMTEK_COST;
  if (spec.join_group === true) perParticipant += RETURNEE_GROUP_COST;
  return { fixed: base.fixed, per_participant: perParticipant };
}

/** The cost an intervention runs with: what the scenario states, the default for the rest, rupiah. */
export function resolveCost(spec: CostSpec): ProgrammeCost {
  const fallback = defaultCost(spec);
  return { fixed: spec.cost?.fixed ?? fallback.fixed, per_participant: spec.cost?.per_participant ?? fallback.per_participant };
}

/** One intervention's line of manifest.json's `programme_cost`, rupiah. */
export interface InterventionCost {
  readonly index: number;
  readonly type: string;
  readonly fixed: number;
  readonly per_participant: number;
  readonly participants: number;
  /** Loan principal written off at default (credit only; 0 for other types). */
  readonly default_losses: number;
  readonly total: number;
}

/** What a run's programmes cost, rupiah: manifest.json's `programme_cost`. */
export interface RunCost {
  readonly total: number;
  readonly by_intervention: readonly InterventionCost[];
}

/** How an intervention went, as far as its cost goes. */
export interface CostedIntervention {
  readonly index: number;
  readonly spec: CostSpec;
  /** Whether it started within the run: one that never began spent nothing. */
  readonly began: boolean;
  readonly participants: number;
  /** Loan principal written off at default, rupiah. */
  readonly defaultLosses: number;
}

/**
 * What the interventions of a run cost, rupiah: fixed + per participant × participants + principal
 * written off, for each intervention that began within the run.
 */
export function programmeCost(interventions: readonly CostedIntervention[]): RunCost {
  const lines = interventions.map((iv) => {
    const c = resolveCost(iv.spec);
    const losses = Math.round(iv.defaultLosses);
    const fixed = iv.began ? c.fixed : 0;
    return {
      index: iv.index,
      type: iv.spec.type,
      fixed,
      per_participant: c.per_participant,
      participants: iv.participants,
      default_losses: losses,
      total: fixed + c.per_participant * iv.participants + losses,
    };
  });
  return { total: lines.reduce((s, l) => s + l.total, 0), by_intervention: lines };
}
