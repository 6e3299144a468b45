/**
 * Warung columns, indexed by warung id, and their display slots (warung-major: w * slots + k).
 * A slot holds one producer's packs in two cohorts (older, newer) so spoilage follows age.
 */

/** The warung table. */
export interface Warungs {
  readonly count: number;
  readonly slots: number;
  readonly node: Int32Array;
  /** Household that owns it and draws its profit. */
  readonly owner: Int32Array;
  readonly village: Int32Array;
  readonly hamlet: Int32Array;
  /** Commission on consigned sales. */
  readonly margin: Float64Array;
  /** Margin it takes on packs bought outright (economy 1: the scenario's `outright_margin` for all). */
  readonly outrightMargin: Float64Array;
  /** Settlement weekday: settles on days t with t % every === offset. */
  readonly settleOffset: Int32Array;
  /** Cash, integer rupiah (a view of the money ledger). */
  readonly cash: Float64Array;
  /** Producer whose packs the slot holds, -1 if free. */
  readonly slotProducer: Int32Array;
  /** 1 if the warung bought the packs outright; 0 if they are consigned and still the producer's. */
  readonly slotOwned: Uint8Array;
  /** Packs in the slot (a view of the products ledger) = older + newer cohort. */
  readonly slotStock: Float64Array;
  readonly slotOldQty: Float64Array;
  readonly slotOldDay: Int32Array;
  readonly slotNewQty: Float64Array;
  readonly slotNewDay: Int32Array;
  /** Working cash it keeps; the rest goes to the owner's household at settlement. */
  readonly float: Float64Array;
  /** Owed to the producer for consigned packs sold since the last settlement, rupiah. */
  readonly slotOwed: Float64Array;
  /** Occupied slots (kept current as slots fill and empty). */
  readonly occupied: Int32Array;
}

/** An empty table; `cash` and `slotStock` are ledger views. */
export function createWarungs(count: number, slots: number, cash: Float64Array, slotStock: Float64Array): Warungs {
  const n = count * slots;
  return {
    count,
    slots,
    node: new Int32Array(count),
    owner: new Int32Array(count),
    village: new Int32Array(count),
    hamlet: new Int32Array(count),
    margin: new Float64Array(count),
    outrightMargin: new Float64Array(count),
    settleOffset: new Int32Array(count),
    cash,
    float: new Float64Array(count),
    slotProducer: new Int32Array(n).fill(-1),
    slotOwned: new Uint8Array(n),
    slotStock,
    slotOldQty: new Float64Array(n),
    slotOldDay: new Int32Array(n),
    slotNewQty: new Float64Array(n),
    slotNewDay: new Int32Array(n),
    slotOwed: new Float64Array(n),
    occupied: new Int32Array(count),
  };
}

/** The slot of warung w holding producer p's packs, or -1. */
export function findSlot(w: Warungs, warung: number, producer: number): number {
  const base = warung * w.slots;
  for (let k = 0; k < w.slots; k++) if (w.slotProducer[base + k] === producer) return base + k;
  return -1;
}

/** Slots of warung k holding packs it bought outright. */
export function ownedSlots(w: Warungs, warung: number): number {
  let n = 0;
  for (let q = warung * w.slots; q < (warung + 1) * w.slots; q++) if (w.slotProducer[q] >= 0 && w.slotOwned[q] === 1) n++;
  return n;
}

/** A free slot of warung w, or -1. */
export function freeSlot(w: Warungs, warung: number): number {
  const base = warung * w.slots;
  for (let k = 0; k < w.slots; k++) if (w.slotProducer[base + k] < 0) return base + k;
  return -1;
}
