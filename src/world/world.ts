/**
 * The world of one run: agent tables, the tie network, the ledgers, the clock and the run's named
 * random streams. Rules read and write it; nothing else holds simulation state.
 */
import type { Rng, Streams } from '../rng.js';
import type { Scenario } from '../scenario/schema.js';
import type { Catalog } from './catalog.js';
import type { Households } from './households.js';
import type { Ledger } from './ledger.js';
import type { Network } from './network.js';
import type { Producers } from './producers.js';
import type { Suppliers } from './suppliers.js';
import type { Warungs } from './warungs.js';

/** Outside accounts of the money ledger: where money enters and leaves the villages. */
export interface MoneyOutside {
  /** Pays informal wages. */
  readonly employers: number;
  /** Sells basic and other goods, and a producer's non-material inputs. */
  readonly sellers: number;
  /** Lends to households for basic needs. */
  readonly lenders: number;
  /** Sells materials to suppliers. */
  readonly wholesalers: number;
  /** Buyers from outside at warungs, markets and kiosks. */
  readonly visitors: number;
  /** Online buyers. */
  readonly online: number;
  /** Platforms and couriers. */
  readonly platform: number;
  /** Migrants abroad sending remittances. */
  readonly remitters: number;
  /** Government and programme budgets. */
  readonly government: number;
  /** Microcredit providers. */
  readonly microcredit: number;
}

/** Outside accounts of the goods ledgers. */
export interface GoodsOutside {
  /** Materials: bought in by suppliers. */
  readonly wholesale: number;
  /** Materials: used up in production. */
  readonly materialUse: number;
  /** Products: made in production. */
  readonly production: number;
  /** Products: eaten by village households. */
  readonly consumers: number;
  /** Products: sold to buyers outside the village. */
  readonly outsideBuyers: number;
  /** Products: spoiled. */
  readonly spoilage: number;
}

/** First node id of each kind (households start at 0). */
export interface NodeLayout {
  readonly supplier0: number;
  readonly warung0: number;
  /** One village government node per village. */
  readonly villageGov0: number;
  readonly regencyGov: number;
  /** The district kiosk, an outside wholesale channel. */
  readonly kiosk: number;
  /** The microcredit provider. */
  readonly creditProvider: number;
  readonly outsider0: number;
  readonly outsiderCount: number;
}

/** Money account of the first supplier, warung and business (households' accounts are their ids). */
export interface MoneyLayout {
  readonly supplier0: number;
  readonly warung0: number;
  /** Working capital of producer p is account business0 + p. */
  readonly business0: number;
}

/** The streams rules draw from, fetched once so the daily loop does no lookups. */
export interface RuleStreams {
  readonly schedule: Rng;
  readonly procurement: Rng;
  readonly production: Rng;
  readonly sales: Rng;
  /**
   * Social 2: orders of online buyers (marketplaces, social-media contacts, WhatsApp groups), apart
   * from `sales` so that a run without them draws every other sale as the run with them does.
   */
  readonly online: Rng;
  readonly households: Rng;
  readonly ties: Rng;
  readonly adoption: Rng;
}

/** Buffers the daily rules reuse so that a tick allocates nothing. */
export interface Scratch {
  /** Activation order of producers. */
  readonly producerOrder: Int32Array;
  /** Activation order of warungs. */
  readonly warungOrder: Int32Array;
  /** Material units ordered today from each supplier, supplier-major (s * M + m). */
  readonly supplierOrdered: Float64Array;
  /** One draw per household, for the loops over every household. */
  readonly householdDraws: Float64Array;
  /** Today's online sellers grouped by village, each village's in producer order (rules/marketplace.ts). */
  readonly onlineSellers: Int32Array;
  /** Where each village's online sellers start in `onlineSellers` (one entry more than villages). */
  readonly onlineSellerStart: Int32Array;
  /** Next free place of each village in `onlineSellers` while they are grouped. */
  readonly onlineSellerNext: Int32Array;
}

/** Conditions that shocks change for a while: multipliers read by the daily rules. */
export interface Conditions {
  /** Multiplier of material prices (suppliers' and wholesale). */
  materialPriceFactor: number;
  /** Multiplier of demand for home-industry products (households, outside buyers, online, visitors). */
  demandFactor: number;
  /** Multiplier of households' informal earnings. */
  informalFactor: number;
}

/** A place where producers meet buyers on scheduled days: a market or bazaar, or a kiosk collection. */
export interface Venue {
  readonly kind: 'market' | 'kiosk';
  readonly label: string;
  readonly start: number;
  /** Last day (inclusive). */
  readonly end: number;
  readonly every: number;
  /** Producers who take part. */
  readonly participants: Int32Array;
  /** Market: visitors per day; packs per visitor; stall fee; chance a purchase leaves a lasting contact; chance a contact attends. */
  readonly visitors: number;
  readonly packsPerVisitor: number;
  readonly stallFee: number;
  readonly tieProbability: number;
  readonly contactAttendance: number;
  /** Kiosk: packs taken per participant; its margin. */
  readonly capacity: number;
  readonly margin: number;
  readonly rng: Rng;
}

/** The state of a run. */
export interface World {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Derived from the scenario; replaced whole while a principle is withdrawn (interventions/principles.ts). */
  params: import('./params.js').Params;
  /** Days simulated so far; day t is the t-th call of `step`. */
  t: number;
  /** Day the current period started after (0 for the first). */
  periodStart: number;
  /** Periods completed. */
  period: number;
  readonly catalog: Catalog;
  readonly households: Households;
  readonly producers: Producers;
  readonly suppliers: Suppliers;
  readonly warungs: Warungs;
  readonly net: Network;
  readonly nodes: NodeLayout;
  /** Mobile signal quality of each hamlet (global id), 0 to 1. */
  readonly signal: Float32Array;
  /** Social 2: households online, and community groups as WhatsApp groups. */
  readonly digital: import('./digital.js').DigitalState;
  readonly money: Ledger;
  readonly materials: Ledger;
  readonly products: Ledger;
  readonly accounts: MoneyLayout;
  readonly outside: MoneyOutside;
  readonly goods: GoodsOutside;
  /** First materials-ledger account of producers, first products-ledger account of warung slots. */
  readonly producerMaterial0: number;
  readonly producerStock0: number;
  readonly supplierStock0: number;
  readonly slot0: number;
  readonly streams: Streams;
  readonly rng: RuleStreams;
  readonly scratch: Scratch;
  readonly conditions: Conditions;
  /** Scheduled venues, added by interventions. */
  readonly venues: Venue[];
  /** The scenario's timeline, compiled. */
  readonly interventions: import('./interventions.js').ScheduledIntervention[];
}
