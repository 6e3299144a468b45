/**
 * Home-industry columns, indexed by producer id. A home industry is a role of a household: its
 * money is the household's cash, its network node is the household's node.
 */

/** Most warungs a producer supplies (its partner list's room). */
export const MAX_WARUNG_PARTNERS = 16;

/** Most workers a home industry hires from other households (Law 3/2014: 1 to 4 workers in all). */
export const MAX_HIRED = 3;

/** Sales channels, in the order agents.csv lists them. */
export const CHANNELS = ['warung', 'direct', 'market', 'digital'] as const;
export const CHANNEL = { warung: 0, direct: 1, market: 2, digital: 3 } as const;

/** The home-industry table. Rows past `count` are spare, for businesses started during a run. */
export interface Producers {
  /** Home industries so far (rows 0 to count-1). */
  count: number;
  /** Rows allocated. */
  readonly capacity: number;
  /** Tick on which a household that would have started a business first found no row left, -1 if none has. */
  fullDay: number;
  /** Household that runs it (also its network node and money account). */
  readonly household: Int32Array;
  /** Product it makes. */
  readonly product: Int32Array;
  /** Retail price of its pack, rupiah (economy 1: the product's price throughout). */
  readonly price: Float64Array;
  /** Economy 2: unit cost of its pack when its price was set at the start, rupiah; periods in a row with a loss. */
  readonly baseUnitCost: Float64Array;
  readonly lossPeriods: Int32Array;
  /** Economy 2: multiplier of its cost-based price from unsold or scarce stock; day it closed for losses. */
  readonly stockPriceFactor: Float64Array;
  /** Social 2: share of its last period's revenue that came from buyers outside the village (market and online channels), 0 to 1. */
  readonly outsideShare: Float32Array;
  /** Social 2: 1 once its product is registered (P-IRT), which modern outlets require. */
  readonly certified: Uint8Array;
  readonly closedDay: Int32Array;
  /** Economy 2: 1 once a period since it last (re)started paid the family at least the informal earnings its owner gave up. */
  readonly paidFamily: Uint8Array;
  /** Workers, 1 to 4. */
  readonly workers: Uint8Array;
  /** Working capital: the business's own cash, integer rupiah (a view of the money ledger). */
  readonly capital: Float64Array;
  /** Material units on hand (a view of the materials ledger). */
  readonly materials: Float64Array;
  /** Packs at home (a view of the products ledger). */
  readonly stock: Float64Array;
  /** Packs at home by production day: row p holds `batchDays` slots indexed by day mod batchDays. */
  readonly batches: Float64Array;
  readonly batchDays: number;
  /** No home batch older than this production day holds packs (where taking starts looking). */
  readonly oldestBatch: Int32Array;
  /** Expected packs sold per day (moving average). */
  readonly salesEma: Float64Array;
  /** Packs sold today (feeds salesEma). */
  readonly soldToday: Float64Array;
  /**
   * Economy 2: expected packs asked for per day (moving average of sales plus buyers who found the
   * producer's shelf place or home stock empty). Production and orders aim at it, so a business
   * that cash keeps from stocking keeps seeing the demand it misses rather than settling on what it sold.
   */
  readonly demandEma: Float64Array;
  /** Economy 2: packs asked for today that found no stock (feeds demandEma). */
  readonly lostToday: Float64Array;
  /** Packs on consignment in warungs, still the producer's. */
  readonly consigned: Float64Array;
  /** 1 while the business runs; 0 after it failed. */
  readonly active: Uint8Array;
  /** Consecutive days without production. */
  readonly idleDays: Int32Array;
  /** Supplier of the order under way, -1 if none. */
  readonly orderSupplier: Int32Array;
  /** Material units ordered. */
  readonly orderQty: Float64Array;
  /** Day the order arrives. */
  readonly orderDue: Int32Array;
  /** Day the order was promised for (on time). */
  readonly orderPromised: Int32Array;
  /** 1 while the order waits for the supplier's stock (counted in its backlog). */
  readonly orderWaiting: Uint8Array;
  /** Part of the order's price paid in cash at delivery, and on credit. */
  readonly orderCash: Float64Array;
  readonly orderCredit: Float64Array;
  /** Supplier owed on credit (bon), -1 if none; the amount; the day it is due; the day it first fell due. */
  readonly creditor: Int32Array;
  readonly debt: Float64Array;
  readonly debtDue: Int32Array;
  readonly debtSince: Int32Array;
  /** Peer who lent materials, -1 if none; units owed; the day they are due back. */
  readonly lender: Int32Array;
  readonly loanUnits: Float64Array;
  readonly loanDue: Int32Array;
  /** Household that lent restart capital, -1 if none; rupiah still owed; the day it is due back. */
  readonly helper: Int32Array;
  readonly helpOwed: Float64Array;
  readonly helpDue: Int32Array;
  /** 1 if selling online. */
  readonly adopted: Uint8Array;
  /** Online contacts (living digital ties). */
  readonly digitalContacts: Int32Array;
  /** Revenue received this period by channel, rupiah (CHANNELS order, producer-major). */
  readonly revenue: Float64Array;
  /** Retail value sold this period by channel, rupiah (CHANNELS order, producer-major). */
  readonly salesValue: Float64Array;
  /** Revenue received this period by the class of the tie it came through (TIE_CLASS order, producer-major). */
  readonly revenueByClass: Float64Array;
  readonly revenueByClassTotal: Float64Array;
  /** Business costs paid this period, rupiah. */
  readonly costs: Float64Array;
  /** Packs made, packs spoiled, days stalled for lack of materials, late deliveries: this period. */
  readonly produced: Float64Array;
  readonly spoiled: Float64Array;
  readonly stockoutDays: Int32Array;
  readonly lateDeliveries: Int32Array;
  /** Failures this period. */
  readonly periodFailures: Int32Array;
  /** Warungs the producer has a business tie with (row p: `warungPartnerCount[p]` entries), so restocking need not scan all its ties. */
  readonly warungPartners: Int32Array;
  readonly warungPartnerCount: Uint8Array;
  /** Living ties with buyers and resellers outside the village (met at markets, for example). */
  readonly outsideContacts: Int32Array;
  /** Extra packs to have ready for tomorrow's market day or collection. */
  readonly venueExtra: Float64Array;
  /** Business group (kelompok usaha) from a programme, -1 if none. */
  readonly businessGroup: Int32Array;
  /** Discount on material prices (group buying). */
  readonly materialDiscount: Float64Array;
  /** Under a formal supply contract: 1; its gain in on-time chance, late penalty share, and whether credit stays allowed. */
  readonly contracted: Uint8Array;
  readonly contractGain: Float64Array;
  readonly contractPenalty: Float64Array;
  readonly contractCredit: Uint8Array;
  /** Microcredit: rupiah still owed, instalment, its interest part, next due day, arrears allowed (instalments), default flag. */
  readonly microDebt: Float64Array;
  readonly microInstalment: Float64Array;
  readonly microInterest: Float64Array;
  readonly microDue: Int32Array;
  readonly microMaxMissed: Int32Array;
  readonly microDefaulted: Uint8Array;
  /** Microcredit: instalments fallen due and not yet paid, rupiah. */
  readonly microArrears: Float64Array;
  /** Microcredit: principal still owed, rupiah, and the intervention (index) that lent it, -1 none. */
  readonly microPrincipal: Float64Array;
  readonly microSource: Int32Array;
  /** Economy 2: 1 when the last materials order was cut, or not placed, for lack of cash and credit. */
  readonly cashShort: Uint8Array;
  /** Economy 2: the last 30 days as bits (bit 0 today): active, production limited by cash, by labour. */
  readonly activeBits: Int32Array;
  readonly cashBits: Int32Array;
  readonly labourBits: Int32Array;
  /** Economy 2: active producer-days and those limited by cash plus credit, this period and since the start. */
  readonly activeDays: Int32Array;
  readonly cashLimitedDays: Int32Array;
  readonly activeDaysTotal: Int32Array;
  readonly cashLimitedDaysTotal: Int32Array;
  /** Economy 2: 1 once the business owns equipment (more output per worker-day). */
  readonly equipped: Uint8Array;
  /** Social 2: rise in output per worker-day from know-how (training, a group's shared knowledge), a share. */
  readonly knowHow: Float32Array;
  /** Economy 2: savings the owner committed to the business (a returnees' group), held back from discretionary spending until used, rupiah. */
  readonly committed: Float64Array;
  /** Economy 2: workers hired from other households (part of `workers`). */
  readonly hired: Uint8Array;
  /** Economy 2: households of the hired workers, row p holds `MAX_HIRED` slots, the first `hired[p]` used. */
  readonly hires: Int32Array;
  /** 1 if cash limited production on at least a third of the active days of the 30 before day 0, 0 if not, -1 if not a business then. */
  readonly constrainedAtStart: Int8Array;
  /** Since the start: revenue by channel, costs, packs made, failures. */
  readonly revenueTotal: Float64Array;
  readonly costsTotal: Float64Array;
  readonly producedTotal: Float64Array;
  readonly failures: Int32Array;
}

/** Records that the table had no row for a business that would have started today (the first such day is kept). */
export function noteFull(pr: Producers, t: number): void {
  if (pr.fullDay < 0) pr.fullDay = t;
}

/** An empty table with room for `capacity` home industries; `materials` and `stock` are ledger views. */
export function createProducers(
  capacity: number,
  batchDays: number,
  capital: Float64Array,
  materials: Float64Array,
  stock: Float64Array,
): Producers {
  const channels = CHANNELS.length;
  const count = capacity;
  return {
    count: 0,
    capacity,
    fullDay: -1,
    household: new Int32Array(count),
    product: new Int32Array(count),
    price: new Float64Array(count),
    baseUnitCost: new Float64Array(count),
    lossPeriods: new Int32Array(count),
    stockPriceFactor: new Float64Array(count).fill(1),
    outsideShare: new Float32Array(count),
    certified: new Uint8Array(count),
    closedDay: new Int32Array(count).fill(-1_000_000),
    paidFamily: new Uint8Array(count),
    workers: new Uint8Array(count),
    capital,
    materials,
    stock,
    batches: new Float64Array(count * batchDays),
    batchDays,
    oldestBatch: new Int32Array(count),
    salesEma: new Float64Array(count),
    soldToday: new Float64Array(count),
    demandEma: new Float64Array(count),
    lostToday: new Float64Array(count),
    consigned: new Float64Array(count),
    active: new Uint8Array(count),
    idleDays: new Int32Array(count),
    orderSupplier: new Int32Array(count).fill(-1),
    orderQty: new Float64Array(count),
    orderDue: new Int32Array(count),
    orderPromised: new Int32Array(count),
    orderWaiting: new Uint8Array(count),
    orderCash: new Float64Array(count),
    orderCredit: new Float64Array(count),
    creditor: new Int32Array(count).fill(-1),
    debt: new Float64Array(count),
    debtDue: new Int32Array(count),
    debtSince: new Int32Array(count),
    lender: new Int32Array(count).fill(-1),
    loanUnits: new Float64Array(count),
    loanDue: new Int32Array(count),
    helper: new Int32Array(count).fill(-1),
    helpOwed: new Float64Array(count),
    helpDue: new Int32Array(count),
    adopted: new Uint8Array(count),
    digitalContacts: new Int32Array(count),
    revenue: new Float64Array(count * channels),
    salesValue: new Float64Array(count * channels),
    revenueByClass: new Float64Array(count * 3),
    revenueByClassTotal: new Float64Array(count * 3),
    costs: new Float64Array(count),
    produced: new Float64Array(count),
    spoiled: new Float64Array(count),
    stockoutDays: new Int32Array(count),
    lateDeliveries: new Int32Array(count),
    periodFailures: new Int32Array(count),
    warungPartners: new Int32Array(count * MAX_WARUNG_PARTNERS),
    warungPartnerCount: new Uint8Array(count),
    outsideContacts: new Int32Array(count),
    venueExtra: new Float64Array(count),
    businessGroup: new Int32Array(count).fill(-1),
    materialDiscount: new Float64Array(count),
    contracted: new Uint8Array(count),
    contractGain: new Float64Array(count),
    contractPenalty: new Float64Array(count),
    contractCredit: new Uint8Array(count),
    microDebt: new Float64Array(count),
    microInstalment: new Float64Array(count),
    microInterest: new Float64Array(count),
    microDue: new Int32Array(count),
    microArrears: new Float64Array(count),
    microMaxMissed: new Int32Array(count),
    microDefaulted: new Uint8Array(count),
    microPrincipal: new Float64Array(count),
    microSource: new Int32Array(count).fill(-1),
    cashShort: new Uint8Array(count),
    activeBits: new Int32Array(count),
    cashBits: new Int32Array(count),
    labourBits: new Int32Array(count),
    activeDays: new Int32Array(count),
    cashLimitedDays: new Int32Array(count),
    activeDaysTotal: new Int32Array(count),
    cashLimitedDaysTotal: new Int32Array(count),
    equipped: new Uint8Array(count),
    knowHow: new Float32Array(count),
    committed: new Float64Array(count),
    hired: new Uint8Array(count),
    hires: new Int32Array(count * MAX_HIRED).fill(-1),
    constrainedAtStart: new Int8Array(count).fill(-1),
    revenueTotal: new Float64Array(count * channels),
    costsTotal: new Float64Array(count),
    producedTotal: new Float64Array(count),
    failures: new Int32Array(count),
  };
}

/** Adds this period's flows to the run totals and clears them. */
export function closeProducerPeriod(p: Producers): void {
  for (let k = 0; k < p.revenue.length; k++) p.revenueTotal[k] += p.revenue[k];
  for (let k = 0; k < p.revenueByClass.length; k++) p.revenueByClassTotal[k] += p.revenueByClass[k];
  p.revenueByClass.fill(0);
  for (let k = 0; k < p.capacity; k++) {
    p.costsTotal[k] += p.costs[k];
    p.producedTotal[k] += p.produced[k];
    p.activeDaysTotal[k] += p.activeDays[k];
    p.cashLimitedDaysTotal[k] += p.cashLimitedDays[k];
  }
  p.activeDays.fill(0);
  p.cashLimitedDays.fill(0);
  p.revenue.fill(0);
  p.salesValue.fill(0);
  p.costs.fill(0);
  p.produced.fill(0);
  p.spoiled.fill(0);
  p.stockoutDays.fill(0);
  p.lateDeliveries.fill(0);
  p.periodFailures.fill(0);
}
