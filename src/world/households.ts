/**
 * Household columns (struct of arrays), indexed by household id. Households of a village are
 * contiguous and sorted by hamlet, so a hamlet is a range of ids.
 */

/** Sources of household income, in the order agents.csv lists them. */
export const INCOME_SOURCES = ['informal', 'home_industry', 'trade', 'remittance', 'wage'] as const;

/** The household table. */
export interface Households {
  readonly count: number;
  /** Persons in the household. */
  readonly size: Uint8Array;
  /** Village index. */
  readonly village: Int32Array;
  /** Hamlet, as a global id (village * hamlets + local hamlet). */
  readonly hamlet: Int32Array;
  /** 1 if income per capita was below the poverty line at the start. */
  readonly poorAtStart: Uint8Array;
  /** Informal earnings on a day of work, rupiah. */
  readonly wage: Float64Array;
  /** Basic consumption need per day, integer rupiah. */
  readonly need: Float64Array;
  /** Cash kept before spending on other goods, integer rupiah. */
  readonly buffer: Float64Array;
  /** Economy 2: cash held back for the household's business on top of the buffer (working capital, microcredit owed), rupiah. */
  readonly held: Float64Array;
  /** Cash on hand, integer rupiah (a view of the money ledger). */
  readonly cash: Float64Array;
  /** Consumption debt owed to moneylenders and shops, integer rupiah. */
  readonly debt: Float64Array;
  /** Income this period by source, rupiah. */
  readonly incomeInformal: Float64Array;
  readonly incomeHomeIndustry: Float64Array;
  /** Profit drawn from a warung or supplier the household owns. */
  readonly incomeTrade: Float64Array;
  readonly incomeRemittance: Float64Array;
  /** Economy 2: wages from neighbours' home industries this period, rupiah. */
  readonly incomeWage: Float64Array;
  /** Economy 2: share of its informal earnings a household still earns on a working day while a member runs its business (that member earns none there). */
  readonly informalShare: Float64Array;
  /** Economy 2: snack budget left, rupiah, and what it grows by each day (a share of income above basic needs). */
  readonly snackBudget: Float64Array;
  readonly snackRate: Float64Array;
  /** Economy 2: home industry that employs a member of the household, -1 if none. */
  readonly employer: Int32Array;
  /** Economy 2: last day (world clock) a member worked, paid, in a neighbour's home industry; -1 if never. */
  readonly wageDay: Int32Array;
  /** Spending this period, rupiah. */
  readonly consumption: Float64Array;
  /** Basic need left unmet this period, rupiah. */
  readonly unmetNeed: Float64Array;
  /** Income since the start by source, rupiah (INCOME_SOURCES order, household-major). */
  readonly incomeTotal: Float64Array;
  /** Spending since the start, rupiah. */
  readonly consumptionTotal: Float64Array;
  /** Periods so far with income per capita below the poverty line. */
  readonly poorPeriods: Uint16Array;
  /** Warung where the household shops. */
  readonly warung: Int32Array;
  /** Home industry the household runs, -1 if none. */
  readonly producer: Int32Array;
  /** 1 if a member returned from work abroad. */
  readonly exMigrant: Uint8Array;
  /** 1 if the household's business owner is (or would be) a woman; group members take it from here. */
  readonly ownerFemale: Uint8Array;
  /** 1 if a member works abroad and sends remittances. */
  readonly migrantAbroad: Uint8Array;
  /** Day of the month (0-29) remittances arrive. */
  readonly remittanceDay: Uint8Array;
  /** Community group, -1 if none. */
  readonly group: Int32Array;
  /** Years of schooling band: 0 none or primary, 1 junior, 2 senior, 3 beyond. */
  readonly education: Uint8Array;
  /** 1 if the household has a smartphone. */
  readonly device: Uint8Array;
  /** Digital skill of its most skilled member, 0 to 1. */
  readonly skill: Float32Array;
  /** Day a migrant member returned during the run, -1 if none. */
  readonly returnedDay: Int32Array;
  /** Social 2: capacity to bridge and link (schooling, work abroad, group leadership, a device used with skill), 0 to about 3.5. */
  readonly capacity: Float32Array;
  /** Social 2: 1 for the households in the top fifth by capacity at the start. */
  readonly capacityTop: Uint8Array;
}

/** An empty household table; `cash` is the money ledger's household block. */
export function createHouseholds(count: number, cash: Float64Array): Households {
  return {
    count,
    size: new Uint8Array(count),
    village: new Int32Array(count),
    hamlet: new Int32Array(count),
    poorAtStart: new Uint8Array(count),
    wage: new Float64Array(count),
    need: new Float64Array(count),
    buffer: new Float64Array(count),
    held: new Float64Array(count),
    cash,
    debt: new Float64Array(count),
    incomeInformal: new Float64Array(count),
    incomeHomeIndustry: new Float64Array(count),
    incomeTrade: new Float64Array(count),
    incomeRemittance: new Float64Array(count),
    incomeWage: new Float64Array(count),
    informalShare: new Float64Array(count).fill(1),
    employer: new Int32Array(count).fill(-1),
    wageDay: new Int32Array(count).fill(-1),
    snackBudget: new Float64Array(count),
    snackRate: new Float64Array(count),
    consumption: new Float64Array(count),
    unmetNeed: new Float64Array(count),
    incomeTotal: new Float64Array(count * INCOME_SOURCES.length),
    consumptionTotal: new Float64Array(count),
    poorPeriods: new Uint16Array(count),
    warung: new Int32Array(count),
    producer: new Int32Array(count).fill(-1),
    exMigrant: new Uint8Array(count),
    ownerFemale: new Uint8Array(count),
    migrantAbroad: new Uint8Array(count),
    remittanceDay: new Uint8Array(count),
    group: new Int32Array(count).fill(-1),
    education: new Uint8Array(count),
    device: new Uint8Array(count),
    skill: new Float32Array(count),
    returnedDay: new Int32Array(count).fill(-1),
    capacity: new Float32Array(count),
    capacityTop: new Uint8Array(count),
  };
}

/** Income of household i this period, all sources, rupiah. */
export function periodIncome(h: Households, i: number): number {
  return h.incomeInformal[i] + h.incomeHomeIndustry[i] + h.incomeTrade[i] + h.incomeRemittance[i] + h.incomeWage[i];
}

/** Adds this period's income and spending to the run totals and clears the period accumulators. */
export function closeHouseholdPeriod(h: Households): void {
  const n = INCOME_SOURCES.length;
  for (let i = 0; i < h.count; i++) {
    h.incomeTotal[i * n] += h.incomeInformal[i];
    h.incomeTotal[i * n + 1] += h.incomeHomeIndustry[i];
    h.incomeTotal[i * n + 2] += h.incomeTrade[i];
    h.incomeTotal[i * n + 3] += h.incomeRemittance[i];
    h.incomeTotal[i * n + 4] += h.incomeWage[i];
    h.consumptionTotal[i] += h.consumption[i];
  }
  h.incomeWage.fill(0);
  h.incomeInformal.fill(0);
  h.incomeHomeIndustry.fill(0);
  h.incomeTrade.fill(0);
  h.incomeRemittance.fill(0);
  h.consumption.fill(0);
  h.unmetNeed.fill(0);
}
