/**
 * Spoilage, at the start of the sales step: packs past their shelf life leave for the spoilage
 * account, at producers' homes (by production day) and on warung shelves (by cohort). Consigned
 * packs are the producer's loss; packs a warung bought outright are the warung's.
 */
import { transfer } from '../world/ledger.js';
import type { World } from '../world/world.js';
import { shiftCohorts } from '../world/stock.js';

function spoilAtHome(w: World): void {
  const pr = w.producers;
  for (let p = 0; p < pr.count; p++) {
    const day = w.t - w.catalog.shelfLife[pr.product[p]];
    if (day < 0) continue;
    const slot = p * pr.batchDays + (day % pr.batchDays);
    const packs = pr.batches[slot];
    if (packs <= 0) continue;
    transfer(w.products, w.producerStock0 + p, w.goods.spoilage, packs);
    pr.batches[slot] = 0;
    pr.spoiled[p] += packs;
  }
}

function spoilOnShelves(w: World): void {
  const wr = w.warungs;
  const pr = w.producers;
  for (let q = 0; q < wr.slotProducer.length; q++) {
    const p = wr.slotProducer[q];
    if (p < 0 || wr.slotStock[q] === 0) continue;
    const shelf = w.catalog.shelfLife[pr.product[p]];
    while (wr.slotOldQty[q] > 0 && w.t - wr.slotOldDay[q] >= shelf) {
      const packs = wr.slotOldQty[q];
      transfer(w.products, w.slot0 + q, w.goods.spoilage, packs);
      pr.spoiled[p] += packs;
      if (wr.slotOwned[q] === 0) pr.consigned[p] -= packs;
      wr.slotOldQty[q] = 0;
      shiftCohorts(wr, q);
    }
  }
}

/** Spoils every pack past its shelf life. */
export function spoilage(w: World): void {
  spoilAtHome(w);
  spoilOnShelves(w);
}
