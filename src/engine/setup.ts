/**
 * Builds the world of a run from a validated scenario and a seed: ledgers first (agents' stocks are
 * views into them), then agents from the `setup` stream, then ties from the `network` stream.
 */
import { createStreams } from '../rng.js';
import type { Scenario } from '../scenario/schema.js';
import { createCatalog } from '../world/catalog.js';
import { createHouseholds } from '../world/households.js';
import { accountBlocks, blockStart, blockView, createLedger, sealLedger } from '../world/ledger.js';
import { createNetwork, NODE_KIND, OUTSIDE_VILLAGE } from '../world/network.js';
import { createProducers } from '../world/producers.js';
import { createSuppliers } from '../world/suppliers.js';
import { createWarungs } from '../world/warungs.js';
import type { World } from '../world/world.js';
import { compileInterventions, spareProducerRows } from '../interventions/index.js';
import { deriveParams } from '../world/params.js';
import { setupProducers, setupSupplierStock, setupSuppliers, setupWarungs } from './setupBusiness.js';
import { setupHouseholds, setupOwnerGender, setupSignal } from './setupPeople.js';
import { setupTies } from './setupTies.js';
import { setupNoSignalHamlets, setupOnline, setupStartAdopters } from './setupDigital.js';
import { createDigital } from '../world/digital.js';
import { setupSnackBudgets } from '../rules/demand.js';
import { setupLabour } from '../rules/labour.js';

const MONEY_OUTSIDE = [
  'employers',
  'sellers',
  'lenders',
  'wholesalers',
  'visitors',
  'online',
  'platform',
  'remitters',
  'government',
  'microcredit',
] as const;

/** Kind, village and hamlet of every node, once the agents exist. */
function fillNodeAttributes(w: World): void {
  const { households: h, suppliers: sp, warungs: wr, nodes } = w;
  const { nodeKind: kind, nodeVillage: village, nodeHamlet: hamlet } = w.net;
  const total = w.net.nodeCount;
  hamlet.fill(-1);
  kind.fill(NODE_KIND.household, 0, h.count);
  village.set(h.village, 0);
  hamlet.set(h.hamlet, 0);
  kind.fill(NODE_KIND.supplier, nodes.supplier0, nodes.supplier0 + sp.count);
  village.set(sp.village, nodes.supplier0);
  hamlet.set(sp.hamlet, nodes.supplier0);
  kind.fill(NODE_KIND.warung, nodes.warung0, nodes.warung0 + wr.count);
  village.set(wr.village, nodes.warung0);
  hamlet.set(wr.hamlet, nodes.warung0);
  kind.fill(NODE_KIND.institution, nodes.villageGov0, nodes.outsider0);
  for (let v = 0; v < nodes.regencyGov - nodes.villageGov0; v++) village[nodes.villageGov0 + v] = v;
  village.fill(OUTSIDE_VILLAGE, nodes.regencyGov, nodes.outsider0);
  kind.fill(NODE_KIND.outsider, nodes.outsider0, total);
  village.fill(OUTSIDE_VILLAGE, nodes.outsider0, total);
}

/** Table sizes of a scenario: households, producer rows, suppliers, warungs, materials, slots per warung. */
interface Sizes {
  readonly V: number;
  readonly H: number;
  readonly P: number;
  readonly S: number;
  readonly W: number;
  readonly M: number;
  readonly K: number;
}

function sizesOf(scenario: Scenario, materialCount: number): Sizes {
  const pop = scenario.population;
  const V = pop.villages;
  return {
    V,
    H: V * pop.households,
    // Producer rows: the opening home industries plus room for those started during the run.
    P: V * pop.home_industries + spareProducerRows({ scenario }) + (scenario.economy === 2 ? V * scenario.finance.entry_rows : 0),
    S: V * pop.suppliers,
    W: V * pop.warungs,
    M: materialCount,
    K: scenario.warungs.slots,
  };
}

/** The three ledgers: money, materials, products; agents' stocks will be views of their blocks. */
function createLedgers({ H, P, S, W, M, K }: Sizes) {
  return {
    money: createLedger(
      'money',
      'rupiah',
      accountBlocks([
        ['household', H],
        ['business', P],
        ['supplier', S],
        ['warung', W],
        ...MONEY_OUTSIDE.map((n) => [`outside:${n}`, 1] as const),
      ]),
    ),
    materials: createLedger(
      'materials',
      'units',
      accountBlocks([
        ['supplier', S * M],
        ['producer', P],
        ['outside:wholesale', 1],
        ['outside:material-use', 1],
      ]),
    ),
    products: createLedger(
      'products',
      'packs',
      accountBlocks([
        ['producer', P],
        ['slot', W * K],
        ['outside:production', 1],
        ['outside:consumers', 1],
        ['outside:outside-buyers', 1],
        ['outside:spoilage', 1],
      ]),
    ),
  };
}

/** Node ids: households first, then suppliers, warungs, village governments, regency, kiosk, credit provider, outsiders. */
function nodeLayout({ V, H, S, W }: Sizes, outsidersPerVillage: number): World['nodes'] {
  const supplier0 = H;
  const warung0 = supplier0 + S;
  const villageGov0 = warung0 + W;
  const regencyGov = villageGov0 + V;
  const kiosk = regencyGov + 1;
  const creditProvider = kiosk + 1;
  const outsider0 = creditProvider + 1;
  return { supplier0, warung0, villageGov0, regencyGov, kiosk, creditProvider, outsider0, outsiderCount: V * outsidersPerVillage };
}

/** A ready-to-run world at day 0. */
export function createWorld(scenario: Scenario, seed: number): World {
  const streams = createStreams(seed);
  const params = deriveParams(scenario);
  const catalog = createCatalog(scenario);
  const size = sizesOf(scenario, catalog.materialNames.length);
  const { V, H, P, S, W, M, K } = size;
  const { money, materials, products } = createLedgers(size);
  const nodes = nodeLayout(size, scenario.population.outsiders);
  const nodeCount = nodes.outsider0 + nodes.outsiderCount;
  const outside = Object.fromEntries(MONEY_OUTSIDE.map((n) => [n, blockStart(money, `outside:${n}`)])) as unknown as World['outside'];

  const w: World = {
    scenario,
    seed,
    params,
    t: 0,
    periodStart: 0,
    period: 0,
    catalog,
    households: createHouseholds(H, blockView(money, 'household')),
    producers: createProducers(
      P,
      catalog.maxShelfLife + 1,
      blockView(money, 'business'),
      blockView(materials, 'producer'),
      blockView(products, 'producer'),
    ),
    suppliers: createSuppliers(S, M, blockView(materials, 'supplier'), blockView(money, 'supplier')),
    warungs: createWarungs(W, K, blockView(money, 'warung'), blockView(products, 'slot')),
    nodes,
    signal: new Float32Array(V * scenario.population.hamlets),
    digital: createDigital(H, P),
    money,
    materials,
    products,
    accounts: { supplier0: blockStart(money, 'supplier'), warung0: blockStart(money, 'warung'), business0: blockStart(money, 'business') },
    outside,
    goods: {
      wholesale: blockStart(materials, 'outside:wholesale'),
      materialUse: blockStart(materials, 'outside:material-use'),
      production: blockStart(products, 'outside:production'),
      consumers: blockStart(products, 'outside:consumers'),
      outsideBuyers: blockStart(products, 'outside:outside-buyers'),
      spoilage: blockStart(products, 'outside:spoilage'),
    },
    producerMaterial0: blockStart(materials, 'producer'),
    producerStock0: blockStart(products, 'producer'),
    supplierStock0: blockStart(materials, 'supplier'),
    slot0: blockStart(products, 'slot'),
    streams,
    rng: {
      schedule: streams.get('schedule'),
      procurement: streams.get('rule:procurement'),
      production: streams.get('rule:production'),
      sales: streams.get('rule:sales'),
      online: streams.get('rule:online'),
      households: streams.get('rule:households'),
      ties: streams.get('rule:ties'),
      adoption: streams.get('rule:adoption'),
    },
    scratch: {
      producerOrder: new Int32Array(P),
      warungOrder: new Int32Array(W),
      supplierOrdered: new Float64Array(S * M),
      householdDraws: new Float64Array(H),
      onlineSellers: new Int32Array(P),
      onlineSellerStart: new Int32Array(V + 1),
      onlineSellerNext: new Int32Array(V),
    },
    net: createNetwork(new Uint8Array(nodeCount), new Int32Array(nodeCount), new Int32Array(nodeCount), H * 5 + P * 20),
    conditions: { materialPriceFactor: 1, demandFactor: 1, informalFactor: 1 },
    venues: [],
    interventions: [],
  };

  const setupRng = streams.get('setup');
  setupHouseholds(w, setupRng);
  setupSignal(w, setupRng);
  const digitalRng = params.social2 ? streams.get('setup:digital') : undefined;
  if (digitalRng) setupNoSignalHamlets(w, digitalRng);
  setupWarungs(w, setupRng);
  setupSuppliers(w, setupRng);
  setupProducers(w, setupRng);
  if (digitalRng) setupStartAdopters(w, digitalRng);
  setupSupplierStock(w);
  setupOwnerGender(w, streams.get('setup:gender'));
  fillNodeAttributes(w);
  w.net.byFunction = scenario.social === 2;
  setupTies(w, streams.get('network'));
  if (digitalRng) setupOnline(w, digitalRng);
  if (params.economy2) {
    setupLabour(w);
    setupSnackBudgets(w);
  }
  w.interventions.push(...compileInterventions(w));

  // Opening stocks become the invariant totals; outside accounts start at zero.
  sealLedger(money);
  sealLedger(materials);
  sealLedger(products);
  return w;
}
