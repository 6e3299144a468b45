/**
 * The multiplex tie network over all agents. Ties are edge columns (one edge per pair, its layers a
 * bit set); adjacency is compressed rows with slack: each node owns a run of `adj` holding its edge
 * ids, and a node whose run is full moves its run to the end (doubling it). Dissolved ties stay in
 * place, marked dead, until `compactNetwork` at a period end rebuilds tight rows, keeping edges in
 * id order, so the layout after compaction depends only on the history of the run.
 */

/** Tie layers (bits of `layers`). */
export const LAYER = {
  kin: 1,
  neighbour: 2,
  business: 4,
  group: 8,
  digital: 16,
  institutional: 32,
  /** Social 2: a tie to a peer community elsewhere (a group in another village or town, a migrant or returnee community). */
  peer: 64,
} as const;

/** Tie classes from the social-capital literature (seed 002). */
export const TIE_CLASS = { bonding: 0, bridging: 1, linking: 2 } as const;
export const TIE_CLASS_NAMES = ['bonding', 'bridging', 'linking'] as const;

/** Kinds of network nodes. */
export const NODE_KIND = { household: 0, supplier: 1, warung: 2, institution: 3, outsider: 4 } as const;

/** Village of nodes outside every simulated village (outside buyers, resellers). */
export const OUTSIDE_VILLAGE = -1;

/** The tie network. Node ids: households, then suppliers, warungs, institutions, outsiders. */
export interface Network {
  readonly nodeCount: number;
  /** Kind of each node (NODE_KIND). */
  readonly nodeKind: Uint8Array;
  /** Village of each node, OUTSIDE_VILLAGE for outsiders. */
  readonly nodeVillage: Int32Array;
  /** Hamlet of each node (global id), -1 where it has none. */
  readonly nodeHamlet: Int32Array;
  /** Edges in use, dead ones included (ids 0..edgeCount-1). */
  edgeCount: number;
  /** Dissolved edges not yet reclaimed by compaction. */
  deadCount: number;
  /** First endpoint (the smaller node id). */
  ends0: Int32Array;
  /** Second endpoint. */
  ends1: Int32Array;
  /** Layer bits (LAYER). */
  layers: Uint8Array;
  /** Bonding, bridging or linking (TIE_CLASS): by where the ends live, or by function when `byFunction`. */
  tieClass: Uint8Array;
  /** Social 2: classes come from what a tie is for (`classifyByFunction`), not from where its ends live. */
  byFunction: boolean;
  /** 1 while the tie exists. */
  alive: Uint8Array;
  /** Tie strength in [0, 1]: how often the two act together. */
  strength: Float32Array;
  /** Mutual trust in [0, 1], moved by fulfilled and broken promises. */
  trust: Float32Array;
  /** What the second end owes the first, rupiah (negative: the first owes the second). */
  balance: Float64Array;
  /** Day of the last exchange over the tie. */
  lastContact: Int32Array;
  /** Start of each node's run in `adj`. */
  readonly adjStart: Int32Array;
  /** Entries used in each node's run. */
  readonly adjLen: Int32Array;
  /** Room in each node's run. */
  readonly adjCap: Int32Array;
  /** Edge ids, by node run. */
  adj: Int32Array;
  /** Entries of `adj` in use (the end of the last run). */
  adjUsed: number;
}

/** An empty network over nodes with these attributes, with room for about `edgeHint` ties. */
export function createNetwork(nodeKind: Uint8Array, nodeVillage: Int32Array, nodeHamlet: Int32Array, edgeHint: number): Network {
  const n = nodeKind.length;
  const cap = Math.max(16, edgeHint);
  return {
    nodeCount: n,
    nodeKind,
    nodeVillage,
    nodeHamlet,
    edgeCount: 0,
    deadCount: 0,
    ends0: new Int32Array(cap),
    ends1: new Int32Array(cap),
    layers: new Uint8Array(cap),
    tieClass: new Uint8Array(cap),
    byFunction: false,
    alive: new Uint8Array(cap),
    strength: new Float32Array(cap),
    trust: new Float32Array(cap),
    balance: new Float64Array(cap),
    lastContact: new Int32Array(cap),
    adjStart: new Int32Array(n),
    adjLen: new Int32Array(n),
    adjCap: new Int32Array(n),
    adj: new Int32Array(Math.max(16, 2 * cap)),
    adjUsed: 0,
  };
}

function grow<T extends Int32Array | Uint8Array | Float32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function growEdges(net: Network): void {
  const size = net.ends0.length * 2;
  net.ends0 = grow(net.ends0, size);
  net.ends1 = grow(net.ends1, size);
  net.layers = grow(net.layers, size);
  net.tieClass = grow(net.tieClass, size);
  net.alive = grow(net.alive, size);
  net.strength = grow(net.strength, size);
  net.trust = grow(net.trust, size);
  net.balance = grow(net.balance, size);
  net.lastContact = grow(net.lastContact, size);
}

function appendAdjacency(net: Network, node: number, e: number): void {
  if (net.adjLen[node] === net.adjCap[node]) {
    const newCap = Math.max(4, net.adjCap[node] * 2);
    if (net.adjUsed + newCap > net.adj.length) net.adj = grow(net.adj, Math.max(net.adj.length * 2, net.adjUsed + newCap));
    net.adj.copyWithin(net.adjUsed, net.adjStart[node], net.adjStart[node] + net.adjLen[node]);
    net.adjStart[node] = net.adjUsed;
    net.adjCap[node] = newCap;
    net.adjUsed += newCap;
  }
  net.adj[net.adjStart[node] + net.adjLen[node]] = e;
  net.adjLen[node]++;
}

/**
 * Bonding, bridging or linking, from the ends (seed 002, after Putnam): a tie to an institution
 * links; a tie inside one village community, or between kin, bonds; a tie that reaches another
 * village or people outside bridges.
 */
export function classifyTie(net: Network, i: number, j: number, layers: number): number {
  if (net.byFunction) return classifyByFunction(net, i, j, layers);
  if (net.nodeKind[i] === NODE_KIND.institution || net.nodeKind[j] === NODE_KIND.institution) return TIE_CLASS.linking;
  const sameVillage = net.nodeVillage[i] === net.nodeVillage[j] && net.nodeVillage[i] !== OUTSIDE_VILLAGE;
  return sameVillage || (layers & LAYER.kin) !== 0 ? TIE_CLASS.bonding : TIE_CLASS.bridging;
}

/**
 * Social 2, the class by what a tie is for (seed 002): a tie to an institution (government, bank,
 * kiosk) links; a tie to people outside the village (buyers, resellers, online customers) or to a
 * peer community elsewhere bridges; every other tie, kin, neighbours, group members and business
 * colleagues in the village (suppliers, warungs, peers, customers) included, bonds, wherever the
 * other household lives.
 */
export function classifyByFunction(net: Network, i: number, j: number, layers: number): number {
  if (net.nodeKind[i] === NODE_KIND.institution || net.nodeKind[j] === NODE_KIND.institution) return TIE_CLASS.linking;
  if (net.nodeKind[i] === NODE_KIND.outsider || net.nodeKind[j] === NODE_KIND.outsider) return TIE_CLASS.bridging;
  return (layers & LAYER.peer) !== 0 ? TIE_CLASS.bridging : TIE_CLASS.bonding;
}

/** Adds a tie between two different nodes and returns its edge id. */
export function addTie(net: Network, i: number, j: number, layers: number, strength: number, trust: number, t: number): number {
  if (net.edgeCount === net.ends0.length) growEdges(net);
  const e = net.edgeCount++;
  net.ends0[e] = i < j ? i : j;
  net.ends1[e] = i < j ? j : i;
  net.layers[e] = layers;
  net.tieClass[e] = classifyTie(net, i, j, layers);
  net.alive[e] = 1;
  net.strength[e] = strength;
  net.trust[e] = trust;
  net.balance[e] = 0;
  net.lastContact[e] = t;
  appendAdjacency(net, i, e);
  appendAdjacency(net, j, e);
  return e;
}

/** The living tie between i and j, or -1. */
export function findTie(net: Network, i: number, j: number): number {
  const a = net.adjLen[i] <= net.adjLen[j] ? i : j;
  const b = a === i ? j : i;
  const end = net.adjStart[a] + net.adjLen[a];
  for (let k = net.adjStart[a]; k < end; k++) {
    const e = net.adj[k];
    if (net.alive[e] === 1 && (net.ends0[e] === b || net.ends1[e] === b)) return e;
  }
  return -1;
}

/** The other end of edge e, seen from node i. */
export function otherEnd(net: Network, e: number, i: number): number {
  return net.ends0[e] === i ? net.ends1[e] : net.ends0[e];
}

/** Adds layers to the tie between i and j, creating it if needed; returns its edge id. */
export function connect(net: Network, i: number, j: number, layers: number, strength: number, trust: number, t: number): number {
  const e = findTie(net, i, j);
  if (e < 0) return addTie(net, i, j, layers, strength, trust, t);
  net.layers[e] |= layers;
  net.tieClass[e] = classifyTie(net, net.ends0[e], net.ends1[e], net.layers[e]);
  if (strength > net.strength[e]) net.strength[e] = strength;
  net.lastContact[e] = t;
  return e;
}

/** Marks a tie dissolved; its slot is reclaimed at the next compaction. */
export function dissolveTie(net: Network, e: number): void {
  if (net.alive[e] === 0) return;
  net.alive[e] = 0;
  net.deadCount++;
}

/** Whether compaction would pay: enough dead ties, or runs that have moved and left holes. */
export function compactionDue(net: Network): boolean {
  return net.deadCount * 20 > net.edgeCount || net.adjUsed > 3 * net.edgeCount + 2 * net.nodeCount;
}

/** Living ties of node i. */
export function degree(net: Network, i: number): number {
  let d = 0;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let k = net.adjStart[i]; k < end; k++) d += net.alive[net.adj[k]];
  return d;
}

/**
 * Drops dissolved ties and rebuilds tight adjacency runs. Surviving edges keep their relative id
 * order, and each node's run lists its edges in id order.
 */
export function compactNetwork(net: Network): void {
  let kept = 0;
  for (let e = 0; e < net.edgeCount; e++) {
    if (net.alive[e] === 0) continue;
    if (kept !== e) {
      net.ends0[kept] = net.ends0[e];
      net.ends1[kept] = net.ends1[e];
      net.layers[kept] = net.layers[e];
      net.tieClass[kept] = net.tieClass[e];
      net.alive[kept] = 1;
      net.strength[kept] = net.strength[e];
      net.trust[kept] = net.trust[e];
      net.balance[kept] = net.balance[e];
      net.lastContact[kept] = net.lastContact[e];
    }
    kept++;
  }
  net.alive.fill(0, kept, net.edgeCount);
  net.edgeCount = kept;
  net.deadCount = 0;
  rebuildAdjacency(net);
}

/** Tight runs (with a little slack for ties that form during the next period) in edge id order. */
function rebuildAdjacency(net: Network): void {
  const n = net.nodeCount;
  net.adjLen.fill(0);
  for (let e = 0; e < net.edgeCount; e++) {
    net.adjLen[net.ends0[e]]++;
    net.adjLen[net.ends1[e]]++;
  }
  let pos = 0;
  for (let i = 0; i < n; i++) {
    net.adjStart[i] = pos;
    net.adjCap[i] = net.adjLen[i] + 2;
    pos += net.adjCap[i];
    net.adjLen[i] = 0;
  }
  if (pos > net.adj.length) net.adj = new Int32Array(pos + (pos >> 2));
  net.adjUsed = pos;
  for (let e = 0; e < net.edgeCount; e++) {
    const a = net.ends0[e];
    const b = net.ends1[e];
    net.adj[net.adjStart[a] + net.adjLen[a]++] = e;
    net.adj[net.adjStart[b] + net.adjLen[b]++] = e;
  }
}
