/** Supplier columns, indexed by supplier id; per-material columns are supplier-major (s * M + m). */

/** The supplier table. */
export interface Suppliers {
  readonly count: number;
  readonly materialCount: number;
  /** Network node. */
  readonly node: Int32Array;
  /** Household that owns it and draws its profit. */
  readonly owner: Int32Array;
  readonly village: Int32Array;
  readonly hamlet: Int32Array;
  /** 1 where the supplier sells material m. */
  readonly carries: Uint8Array;
  /** Units in stock (a view of the materials ledger). */
  readonly stock: Float64Array;
  /** Selling price per unit, rupiah. */
  readonly price: Float64Array;
  /** Chance of an on-time delivery. */
  readonly reliability: Float32Array;
  /** Units reordered from wholesalers and the day they arrive (0 if none under way). */
  readonly restockQty: Float64Array;
  readonly restockDue: Int32Array;
  /** Expected units sold per day (moving average). */
  readonly demandEma: Float64Array;
  /** Units of accepted orders waiting for stock (backorders). */
  readonly backlog: Float64Array;
  /** Cash, integer rupiah (a view of the money ledger). */
  readonly cash: Float64Array;
  /** Working cash it keeps; the rest goes to the owner's household at settlement. */
  readonly float: Float64Array;
  /** Last day of a stop in deliveries (0 if none). */
  readonly stoppedUntil: Int32Array;
  /** Multiplier of delivery delays (1 normally; more when disrupted). */
  readonly delayFactor: Float64Array;
  /** Units sold and deliveries made late this period. */
  readonly unitsSold: Float64Array;
  readonly lateDeliveries: Int32Array;
}

/** An empty table; `stock` and `cash` are ledger views. */
export function createSuppliers(count: number, materialCount: number, stock: Float64Array, cash: Float64Array): Suppliers {
  const n = count * materialCount;
  return {
    count,
    materialCount,
    node: new Int32Array(count),
    owner: new Int32Array(count),
    village: new Int32Array(count),
    hamlet: new Int32Array(count),
    carries: new Uint8Array(n),
    stock,
    price: new Float64Array(n),
    reliability: new Float32Array(count),
    restockQty: new Float64Array(n),
    restockDue: new Int32Array(n),
    demandEma: new Float64Array(n),
    backlog: new Float64Array(n),
    cash,
    float: new Float64Array(count),
    stoppedUntil: new Int32Array(count),
    delayFactor: new Float64Array(count).fill(1),
    unitsSold: new Float64Array(count),
    lateDeliveries: new Int32Array(count),
  };
}
