/** Products and materials as columns indexed by product or material id (scenario order). */
import type { Scenario } from '../scenario/schema.js';

/** The catalogue of products and raw materials. */
export interface Catalog {
  readonly productNames: readonly string[];
  readonly materialNames: readonly string[];
  /** Retail price per pack, rupiah. */
  readonly price: Float64Array;
  /** Mean retail price of a pack, weighted by the products' shares, rupiah. */
  readonly meanPrice: number;
  /** Material each product needs. */
  readonly material: Int32Array;
  /** Material units per pack. */
  readonly materialsPerUnit: Int32Array;
  /** Cash cost per pack besides the material, rupiah. */
  readonly otherCost: Float64Array;
  /** Packs per worker per day. */
  readonly unitsPerWorkerDay: Float64Array;
  /** Days a pack keeps. */
  readonly shelfLife: Int32Array;
  /** Longest shelf life of any product, days. */
  readonly maxShelfLife: number;
  /** Suppliers' price per material unit, rupiah. */
  readonly materialPrice: Float64Array;
  /** Wholesale price per material unit, rupiah. */
  readonly wholesalePrice: Float64Array;
}

/** The catalogue of a scenario. */
export function createCatalog(s: Scenario): Catalog {
  const materialNames = s.materials.map((m) => m.name);
  const shelf = Int32Array.from(s.products.map((p) => p.shelf_life_days));
  return {
    productNames: s.products.map((p) => p.name),
    materialNames,
    price: Float64Array.from(s.products.map((p) => p.price)),
    meanPrice:
      s.products.reduce((sum, p) => sum + p.price * p.share, 0) /
      Math.max(
        1e-9,
        s.products.reduce((sum, p) => sum + p.share, 0),
      ),
    material: Int32Array.from(s.products.map((p) => materialNames.indexOf(p.material))),
    materialsPerUnit: Int32Array.from(s.products.map((p) => p.materials_per_unit)),
    otherCost: Float64Array.from(s.products.map((p) => p.other_cost_per_unit)),
    unitsPerWorkerDay: Float64Array.from(s.products.map((p) => p.units_per_worker_day)),
    shelfLife: shelf,
    maxShelfLife: Math.max(...shelf),
    materialPrice: Float64Array.from(s.materials.map((m) => m.price)),
    wholesalePrice: Float64Array.from(s.materials.map((m) => m.wholesale_price)),
  };
}
