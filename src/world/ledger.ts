/**
 * A double-entry ledger for one commodity (money in rupiah, or goods in units). Every account is a
 * slot of one Float64Array; agents' stock columns are views into it, so a stock can only change
 * through `transfer` without the end-of-tick check noticing. Outside accounts (employers, sellers,
 * spoilage...) are ordinary slots that may go negative: they are where money and goods enter and
 * leave the village. Amounts are integers; doubles hold integers exactly below 2^53.
 */

/** A named block of consecutive accounts, e.g. all household cash. */
export interface AccountBlock {
  readonly name: string;
  readonly start: number;
  readonly count: number;
}

/** One commodity's accounts with this tick's flows. */
export interface Ledger {
  /** Commodity name, used in error messages ("money", "products"...). */
  readonly commodity: string;
  /** Unit of the commodity ("rupiah", "units"). */
  readonly unit: string;
  readonly blocks: readonly AccountBlock[];
  /** Current stock of every account. */
  readonly balance: Float64Array;
  /** Stock at the start of the tick. */
  readonly opening: Float64Array;
  /** Sum of what came in this tick. */
  readonly inflow: Float64Array;
  /** Sum of what went out this tick. */
  readonly outflow: Float64Array;
  /** Sum of all balances; constant, because every transfer leaves it unchanged. */
  readonly total: number;
}

/** The failure of the end-of-tick check: names the account and the amounts. */
export class LedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerError';
  }
}

/** Builder: declare blocks in order, then `createLedger`. */
export function accountBlocks(sizes: ReadonlyArray<readonly [string, number]>): AccountBlock[] {
  const blocks: AccountBlock[] = [];
  let start = 0;
  for (const [name, count] of sizes) {
    blocks.push({ name, start, count });
    start += count;
  }
  return blocks;
}

/** A ledger with all balances zero; set opening stocks with `openAccount`, then `sealLedger`. */
export function createLedger(commodity: string, unit: string, blocks: readonly AccountBlock[]): Ledger {
  const last = blocks[blocks.length - 1];
  const n = last ? last.start + last.count : 0;
  return {
    commodity,
    unit,
    blocks,
    balance: new Float64Array(n),
    opening: new Float64Array(n),
    inflow: new Float64Array(n),
    outflow: new Float64Array(n),
    total: 0,
  };
}

/** The first account of the named block. */
export function blockStart(ledger: Ledger, name: string): number {
  const block = ledger.blocks.find((b) => b.name === name);
  if (!block) throw new Error(`ledger ${ledger.commodity} has no block ${name}`);
  return block.start;
}

/** The accounts of the named block, as a view that writes through to the ledger. */
export function blockView(ledger: Ledger, name: string): Float64Array {
  const block = ledger.blocks.find((b) => b.name === name);
  if (!block) throw new Error(`ledger ${ledger.commodity} has no block ${name}`);
  return ledger.balance.subarray(block.start, block.start + block.count);
}

/** Fixes the opening stocks set during setup as the invariant total. */
export function sealLedger(ledger: Ledger): void {
  let sum = 0;
  for (let k = 0; k < ledger.balance.length; k++) sum += ledger.balance[k];
  (ledger as { total: number }).total = sum;
  ledger.opening.set(ledger.balance);
}

/** Moves `amount` (an integer, at least 0) from one account to another. */
export function transfer(ledger: Ledger, from: number, to: number, amount: number): void {
  ledger.balance[from] -= amount;
  ledger.outflow[from] += amount;
  ledger.balance[to] += amount;
  ledger.inflow[to] += amount;
}

/** Human name of an account, e.g. "household 17" or "outside:employers". */
export function accountName(ledger: Ledger, account: number): string {
  for (const b of ledger.blocks) {
    if (account >= b.start && account < b.start + b.count) {
      return b.count === 1 && b.name.startsWith('outside:') ? b.name : `${b.name} ${account - b.start}`;
    }
  }
  return `account ${account}`;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString('en-US') : String(x);
}

/**
 * Checks that every stock equals its opening value plus inflows minus outflows, that every stock
 * and flow is a whole number, and that the total is unchanged; then opens the next tick.
 */
export function checkLedger(ledger: Ledger, t: number): void {
  const { balance, opening, inflow, outflow } = ledger;
  let sum = 0;
  // One pass checks each account and opens the next tick for it.
  for (let k = 0; k < balance.length; k++) {
    const b = balance[k];
    const expected = opening[k] + inflow[k] - outflow[k];
    if (b !== expected || b !== Math.floor(b) || inflow[k] !== Math.floor(inflow[k])) {
      throw new LedgerError(
        `ledger check failed on day ${t}: ${ledger.commodity} of ${accountName(ledger, k)} is ${fmt(b)} ${ledger.unit}, ` +
          `but opening ${fmt(opening[k])} + inflows ${fmt(inflow[k])} - outflows ${fmt(outflow[k])} = ${fmt(expected)}` +
          (b === expected ? ' (not a whole number)' : ''),
      );
    }
    sum += b;
    opening[k] = b;
    inflow[k] = 0;
    outflow[k] = 0;
  }
  if (sum !== ledger.total) {
    throw new LedgerError(
      `ledger check failed on day ${t}: total ${ledger.commodity} is ${fmt(sum)} ${ledger.unit}, but it must stay ${fmt(ledger.total)}`,
    );
  }
}
