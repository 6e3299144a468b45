/**
 * Work done once a period rather than daily: ties without contact lose strength (lazily, from the
 * day of their last contact); business and online ties that fall below the threshold dissolve;
 * empty shelf slots are freed for other producers; the network is compacted when enough ties died.
 */
import { compactionDue, compactNetwork, dissolveTie, LAYER, NODE_KIND } from '../world/network.js';
import type { World } from '../world/world.js';
import { updateSnackBudgets } from './demand.js';
import { enterBusinesses } from './entry.js';
import { noteOutsideShares } from './bridging.js';
import { seekCertification } from './certification.js';
import { closeFailed, reviewLosses } from './prices.js';
import { closeSlot } from '../world/stock.js';
import { rebuildWarungPartners } from '../world/warungPartners.js';

const DECAYING = LAYER.business | LAYER.digital;

function decayTies(w: World): void {
  const net = w.net;
  const par = w.params;
  for (let e = 0; e < net.edgeCount; e++) {
    // Kin, neighbour, group and institutional ties keep their strength; business and online ones fade unused.
    if (net.alive[e] === 0 || (net.layers[e] & ~DECAYING) !== 0) continue;
    const idle = Math.min(w.t - w.periodStart, w.t - net.lastContact[e]);
    if (idle <= 0) continue;
    const rate = (net.layers[e] & LAYER.business) !== 0 ? par.decayPerDay : par.digitalDecayPerDay;
    net.strength[e] = Math.max(0, net.strength[e] - rate * idle);
    if (net.strength[e] >= par.dissolveBelow) continue;
    dissolveTie(net, e);
    // A lost contact outside the village lowers the producer's reach.
    const a = net.ends0[e];
    const p = net.nodeKind[a] === NODE_KIND.household ? w.households.producer[a] : -1;
    if (p >= 0 && net.nodeKind[net.ends1[e]] === NODE_KIND.outsider) {
      if ((net.layers[e] & LAYER.digital) !== 0) w.producers.digitalContacts[p]--;
      else w.producers.outsideContacts[p]--;
    }
  }
}

/**
 * Economy 2: broken promises are forgiven with time. Over a period every tie whose trust fell below
 * a stranger's (`initial_trust`) closes (1 - (1 - f)^days) of the gap, so a family whose failed
 * restart burnt its kin's trust can ask them again some months later, and the pool of ties that
 * lend restart capital does not drain for good.
 */
function forgiveTies(w: World, days: number): void {
  const f = w.params.forgivePerDay;
  if (f <= 0 || days <= 0) return;
  const keep = (1 - f) ** days;
  const base = w.params.initialTrust;
  const net = w.net;
  for (let e = 0; e < net.edgeCount; e++) {
    if (net.alive[e] === 1 && net.trust[e] < base) net.trust[e] = base - (base - net.trust[e]) * keep;
  }
}

function freeEmptySlots(w: World): void {
  const wr = w.warungs;
  for (let q = 0; q < wr.slotProducer.length; q++) {
    if (wr.slotProducer[q] >= 0 && wr.slotStock[q] === 0 && wr.slotOwed[q] === 0) closeSlot(w, q);
  }
}

/**
 * At a period's end, before its metrics row: what the period's accounts decide that the row reports
 * (economy 2: which businesses fail for persistent losses; they close in `periodEnd`).
 */
export function reviewPeriod(w: World): void {
  if (w.params.economy2) reviewLosses(w);
}

/** Period-end upkeep of ties and shelves (after `reviewPeriod` and the period's row). */
export function periodEnd(w: World): void {
  if (w.params.economy2) {
    updateSnackBudgets(w);
    noteOutsideShares(w);
    closeFailed(w);
    enterBusinesses(w);
  }
  forgiveTies(w, w.t - w.periodStart);
  seekCertification(w);
  decayTies(w);
  freeEmptySlots(w);
  // Dead ties are skipped wherever ties are walked, so reclaiming them can wait until it pays. (Where
  // ties are sampled by position, as door-to-door buyers are, the dead places are part of the walk,
  // so when compaction happens is part of a run's history: fixed, hence still deterministic.)
  if (compactionDue(w.net)) {
    compactNetwork(w.net);
    rebuildWarungPartners(w);
  }
}
