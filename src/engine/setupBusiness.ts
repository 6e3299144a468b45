/**
 * Warungs, suppliers and home industries of each village from the `setup` stream, with their
 * opening stocks of cash, materials and packs.
 */
import { draw } from '../rng.js';
import type { Rng } from '../rng.js';
import { canGoOnline, chooseProduct, workingCapitalTarget } from '../world/business.js';
import type { World } from '../world/world.js';
import { dailyProductionCost } from '../rules/finance.js';

/** A uniformly chosen household of a hamlet (households of a hamlet are a contiguous range). */
function householdOfHamlet(w: World, village: number, hamletLocal: number, rng: Rng): number {
  const pop = w.scenario.population;
  const first = Math.ceil((hamletLocal * pop.households) / pop.hamlets);
  const end = Math.ceil(((hamletLocal + 1) * pop.households) / pop.hamlets);
  const n = Math.max(1, end - first);
  return village * pop.households + Math.min(pop.households - 1, first + Math.floor(draw(rng) * n));
}

/** Warungs spread over hamlets in turn, and each household's warung in its own hamlet. */
export function setupWarungs(w: World, rng: Rng): void {
  const pop = w.scenario.population;
  const war = w.scenario.warungs;
  const wr = w.warungs;
  for (let v = 0; v < pop.villages; v++) {
    for (let l = 0; l < pop.warungs; l++) {
      const k = v * pop.warungs + l;
      const hamletLocal = l % pop.hamlets;
      wr.node[k] = w.nodes.warung0 + k;
      wr.village[k] = v;
      wr.hamlet[k] = v * pop.hamlets + hamletLocal;
      wr.owner[k] = householdOfHamlet(w, v, hamletLocal, rng);
      wr.margin[k] = war.margin_min + (war.margin_max - war.margin_min) * draw(rng);
      wr.outrightMargin[k] = war.outright_margin;
      // Economy 2: no margin wedge; the outright margin comes from the same range as consignment's.
      if (w.params.economy2) {
        const drawn = war.margin_min + (war.margin_max - war.margin_min) * draw(rng);
        wr.outrightMargin[k] = war.equal_margins ? wr.margin[k] : drawn;
      }
      wr.settleOffset[k] = Math.floor(draw(rng) * war.settle_every_days);
      wr.float[k] = war.float;
      wr.cash[k] = wr.float[k];
    }
  }
  const h = w.households;
  for (let i = 0; i < h.count; i++) {
    const v = h.village[i];
    const hl = h.hamlet[i] - v * pop.hamlets;
    const inHamlet = hl < pop.warungs ? Math.floor((pop.warungs - 1 - hl) / pop.hamlets) + 1 : 0;
    const local = inHamlet > 0 ? hl + pop.hamlets * Math.floor(draw(rng) * inHamlet) : Math.floor(draw(rng) * pop.warungs);
    h.warung[i] = v * pop.warungs + local;
  }
}

/** Suppliers spread over hamlets, each selling `materials_each` materials at its own price. */
export function setupSuppliers(w: World, rng: Rng): void {
  const pop = w.scenario.population;
  const sup = w.scenario.suppliers;
  const sp = w.suppliers;
  const m = sp.materialCount;
  for (let v = 0; v < pop.villages; v++) {
    for (let l = 0; l < pop.suppliers; l++) {
      const s = v * pop.suppliers + l;
      const hamletLocal = Math.floor((l * pop.hamlets) / pop.suppliers);
      sp.node[s] = w.nodes.supplier0 + s;
      sp.village[s] = v;
      sp.hamlet[s] = v * pop.hamlets + hamletLocal;
      sp.owner[s] = householdOfHamlet(w, v, hamletLocal, rng);
      // Every material has a supplier: supplier l always carries material l mod M.
      sp.carries[s * m + (l % m)] = 1;
      for (let carried = 1; carried < sup.materials_each; ) {
        const extra = Math.floor(draw(rng) * m);
        if (sp.carries[s * m + extra] === 0) {
          sp.carries[s * m + extra] = 1;
          carried++;
        }
      }
      for (let k = 0; k < m; k++) {
        sp.price[s * m + k] = Math.round(w.catalog.materialPrice[k] * (1 + sup.price_spread * (2 * draw(rng) - 1)));
      }
      sp.reliability[s] = sup.reliability_min + (sup.reliability_max - sup.reliability_min) * draw(rng);
      sp.float[s] = sup.float;
      sp.cash[s] = sp.float[s];
    }
  }
}

/**
 * Picks `k` of the households in [first, end) that `want` accepts, uniformly (selection sampling),
 * and marks them in `taken`; households already taken or running a business are never picked, so a
 * second call cannot hand a household a second business.
 */
function pickHouseholds(
  w: World,
  first: number,
  end: number,
  k: number,
  want: (i: number) => boolean,
  rng: Rng,
  taken: Uint8Array,
  out: number[],
): void {
  const free = (i: number) => want(i) && taken[i] === 0 && w.households.producer[i] < 0;
  let available = 0;
  for (let i = first; i < end; i++) if (free(i)) available++;
  let needed = Math.min(k, available);
  for (let i = first; i < end && needed > 0; i++) {
    if (!free(i)) continue;
    if (draw(rng) * available < needed) {
      out.push(i);
      taken[i] = 1;
      needed--;
    }
    available--;
  }
}

/** Home industries: which households run them, what they make, and their opening stocks. */
export function setupProducers(w: World, rng: Rng): void {
  const s = w.scenario;
  const pop = s.population;
  const h = w.households;
  const pr = w.producers;
  const cat = w.catalog;
  const taken = new Uint8Array(h.count);
  let p = 0;
  for (let v = 0; v < pop.villages; v++) {
    const first = v * pop.households;
    const end = first + pop.households;
    const chosen: number[] = [];
    const poorWanted = Math.round(pop.home_industries * s.home_industries.poor_share);
    pickHouseholds(w, first, end, poorWanted, (i) => h.poorAtStart[i] === 1, rng, taken, chosen);
    pickHouseholds(w, first, end, pop.home_industries - chosen.length, () => true, rng, taken, chosen);
    chosen.sort((a, b) => a - b);
    for (const i of chosen) {
      h.producer[i] = p;
      pr.household[p] = i;
      pr.product[p] = chooseProduct(w, rng);
      pr.price[p] = cat.price[pr.product[p]];
      let workers = 1;
      for (let k = 1; k < s.home_industries.workers_max; k++) if (draw(rng) < 0.3) workers++;
      pr.workers[p] = workers;
      pr.active[p] = 1;
      pr.salesEma[p] = s.home_industries.initial_sales_per_day;
      pr.demandEma[p] = pr.salesEma[p];
      const packs = Math.round((pr.salesEma[p] * s.home_industries.stock_days) / 2);
      pr.batches[p * pr.batchDays] = packs;
      pr.stock[p] = packs;
      pr.materials[p] = Math.round(pr.salesEma[p] * s.home_industries.reorder_days * cat.materialsPerUnit[pr.product[p]] * 1.5);
      // Under economy 2 the business's cash is its household's (one pool, held back from spending).
      if (w.params.economy2) {
        h.cash[i] += Math.round(workingCapitalTarget(w, p));
        h.held[i] = Math.round(dailyProductionCost(w, p) * w.params.businessReserveDays);
      } else pr.capital[p] = Math.round(workingCapitalTarget(w, p));
      p++;
    }
  }
  pr.count = p;
  // Producers that could sell online (device, skill, signal) start online in the scenario's share.
  let eligible = 0;
  for (let k = 0; k < p; k++) if (canGoOnline(w, k)) eligible++;
  const chance = eligible > 0 ? Math.min(1, (s.digital.initial_adopter_share * p) / eligible) : 0;
  for (let k = 0; k < p; k++) if (canGoOnline(w, k) && draw(rng) < chance) pr.adopted[k] = 1;
}

/** Suppliers' opening stock: their share of the expected demand for each material they carry. */
export function setupSupplierStock(w: World): void {
  const sp = w.suppliers;
  const pr = w.producers;
  const m = sp.materialCount;
  const pop = w.scenario.population;
  for (let v = 0; v < pop.villages; v++) {
    const demand = new Float64Array(m);
    for (let p = v * pop.home_industries; p < (v + 1) * pop.home_industries && p < pr.count; p++) {
      const product = pr.product[p];
      demand[w.catalog.material[product]] += pr.salesEma[p] * w.catalog.materialsPerUnit[product];
    }
    for (let k = 0; k < m; k++) {
      let carriers = 0;
      for (let s = v * pop.suppliers; s < (v + 1) * pop.suppliers; s++) carriers += sp.carries[s * m + k];
      for (let s = v * pop.suppliers; s < (v + 1) * pop.suppliers; s++) {
        if (sp.carries[s * m + k] === 0) continue;
        sp.demandEma[s * m + k] = demand[k] / carriers;
        sp.stock[s * m + k] = Math.round(sp.demandEma[s * m + k] * w.params.supplierStockDays);
      }
    }
  }
}
