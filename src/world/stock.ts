/**
 * Moving packs: out of a producer's home stock (oldest batch first), onto and off a warung's shelf
 * slot (older cohort first). Every move goes through the products ledger.
 */
import { transfer } from './ledger.js';
import type { World } from './world.js';

/** Production day of the oldest pack moved by the last `takeFromHome` (set there; read right after). */
export let lastTakenDay = 0;

/** Moves up to `packs` of producer p's home stock, oldest first, to products account `to`; returns packs moved. */
export function takeFromHome(w: World, p: number, packs: number, to: number): number {
  const pr = w.producers;
  const days = pr.batchDays;
  const shelf = w.catalog.shelfLife[pr.product[p]];
  const row = p * days;
  let taken = 0;
  lastTakenDay = w.t;
  // Batches fill only on the current day, so once the oldest ones are empty they stay empty.
  for (let d = Math.max(0, w.t - shelf + 1, pr.oldestBatch[p]); d <= w.t && taken < packs; d++) {
    const slot = row + (d % days);
    const here = pr.batches[slot];
    if (here <= 0) {
      if (taken === 0) pr.oldestBatch[p] = d + 1;
      continue;
    }
    const n = Math.min(here, packs - taken);
    if (taken === 0) lastTakenDay = d;
    pr.batches[slot] = here - n;
    taken += n;
  }
  if (taken > 0) transfer(w.products, w.producerStock0 + p, to, taken);
  return taken;
}

/** Records packs made on `day` arriving in slot q (the ledger transfer is the caller's): they join the newer cohort. */
export function placeInSlot(w: World, q: number, packs: number, day: number): void {
  const wr = w.warungs;
  if (wr.slotOldQty[q] === 0) {
    wr.slotOldQty[q] = packs;
    wr.slotOldDay[q] = day;
  } else if (wr.slotNewQty[q] === 0) {
    wr.slotNewQty[q] = packs;
    wr.slotNewDay[q] = day;
  } else {
    wr.slotNewQty[q] += packs;
    if (day < wr.slotNewDay[q]) wr.slotNewDay[q] = day;
  }
}

/** Takes one pack off slot q (older cohort first) to products account `to`. */
export function takeOneFromSlot(w: World, q: number, to: number): void {
  const wr = w.warungs;
  transfer(w.products, w.slot0 + q, to, 1);
  if (wr.slotOldQty[q] > 0) wr.slotOldQty[q]--;
  else wr.slotNewQty[q]--;
  if (wr.slotOldQty[q] === 0 && wr.slotNewQty[q] > 0) shiftCohorts(wr, q);
}

/** Moves the newer cohort into the older one's place. */
export function shiftCohorts(wr: World['warungs'], q: number): void {
  wr.slotOldQty[q] = wr.slotNewQty[q];
  wr.slotOldDay[q] = wr.slotNewDay[q];
  wr.slotNewQty[q] = 0;
  wr.slotNewDay[q] = 0;
}

/** Opens slot q of a warung for producer p; `owned` when the warung buys outright. */
export function openSlot(w: World, warung: number, q: number, p: number, owned: boolean): void {
  const wr = w.warungs;
  wr.slotProducer[q] = p;
  wr.slotOwned[q] = owned ? 1 : 0;
  wr.slotOwed[q] = 0;
  wr.occupied[warung]++;
}

/** Frees an empty slot so another producer can use the shelf. */
export function closeSlot(w: World, q: number): void {
  const wr = w.warungs;
  wr.slotProducer[q] = -1;
  wr.slotOwned[q] = 0;
  wr.slotOldQty[q] = 0;
  wr.slotNewQty[q] = 0;
  wr.occupied[Math.floor(q / wr.slots)]--;
}
