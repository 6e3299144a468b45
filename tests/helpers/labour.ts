/** The tiny economy-2 village the labour tests share: one business, four households, two of them poor. */
import { businessAccount } from '../../src/rules/business.js';
import { releaseAll } from '../../src/rules/labour.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, setStock, tieWithTrust, tinyWorld } from './world.js';

export interface LabourWorldOptions {
  /** Scenario sections merged over the village's own (`labour`, `households`, ...). */
  readonly scenario?: Record<string, unknown>;
  /** Cash of the owner's household beyond its reserve of basic need, rupiah. */
  readonly spare: number;
  /** Units of materials the business holds. */
  readonly materials?: number;
  /** Packs a day the business expects to sell (its sales and demand averages); unset leaves the village's. */
  readonly sales?: number;
  /** Tie the owner to a poor neighbour by kin (trust 0.5), whom the business can hire. */
  readonly kin?: boolean;
}

/** The business (0), its owner's household, and its poor neighbour (the first other poor household). */
export interface LabourWorld {
  readonly w: World;
  readonly p: number;
  readonly i: number;
  readonly poor: number;
}

/**
 * A tiny economy-2 village of 4 households (2 poor) without supplier credit, whose business has
 * no hired worker, an empty business account and no packs at home.
 */
export function labourWorld(opts: LabourWorldOptions): LabourWorld {
  const s = opts.scenario ?? {};
  const w = tinyWorld({
    economy: 2,
    ...s,
    population: { households: 4, poor_households: 2 },
    network: { supplier_credit: false },
    home_industries: { workers_max: 4 },
  });
  const p = 0;
  const pr = w.producers;
  releaseAll(w, p);
  const i = pr.household[p];
  setCash(w, i, w.households.need[i] * w.params.reserveDays + opts.spare);
  setStock(w.money, businessAccount(w, p), 0);
  if (opts.materials !== undefined) setStock(w.materials, w.producerMaterial0 + p, opts.materials);
  setStock(w.products, w.producerStock0 + p, 0);
  pr.batches.fill(0);
  pr.consigned[p] = 0;
  if (opts.sales !== undefined) {
    pr.salesEma[p] = opts.sales;
    pr.demandEma[p] = opts.sales;
  }
  const poor = [0, 1, 2, 3].find((j) => j !== i && w.households.poorAtStart[j] === 1) as number;
  if (opts.kin) tieWithTrust(w, i, poor, 0.5, LAYER.kin);
  return { w, p, i, poor };
}
