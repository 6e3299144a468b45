import { describe, expect, it } from 'vitest';
import { accountBlocks, blockView, checkLedger, createLedger, LedgerError, sealLedger, transfer } from '../../src/world/ledger.js';

function smallLedger() {
  const ledger = createLedger(
    'money',
    'rupiah',
    accountBlocks([
      ['household', 3],
      ['outside:sellers', 1],
    ]),
  );
  const cash = blockView(ledger, 'household');
  cash[0] = 10_000;
  cash[1] = 5_000;
  sealLedger(ledger);
  return { ledger, cash };
}

describe('ledger', () => {
  it('passes the check after transfers and keeps the total', () => {
    const { ledger, cash } = smallLedger();
    transfer(ledger, 0, 2, 4_000);
    transfer(ledger, 1, 3, 5_000);
    expect(() => checkLedger(ledger, 1)).not.toThrow();
    expect([...cash]).toEqual([6_000, 0, 4_000]);
    expect(ledger.balance[3]).toBe(5_000);
  });

  it('names the account and the amounts when a stock changes outside a transfer', () => {
    const { ledger, cash } = smallLedger();
    transfer(ledger, 0, 2, 1_000);
    cash[1] += 250;
    expect(() => checkLedger(ledger, 4)).toThrow(
      new LedgerError(
        'ledger check failed on day 4: money of household 1 is 5,250 rupiah, but opening 5,000 + inflows 0 - outflows 0 = 5,000',
      ),
    );
  });

  it('rejects amounts that are not whole rupiah', () => {
    const { ledger } = smallLedger();
    transfer(ledger, 0, 3, 0.5);
    expect(() => checkLedger(ledger, 2)).toThrow(/household 0 is 9999.5 rupiah.*not a whole number/);
  });

  it('opens the next tick: flows start again from zero', () => {
    const { ledger } = smallLedger();
    transfer(ledger, 0, 1, 100);
    checkLedger(ledger, 1);
    expect(ledger.inflow[1]).toBe(0);
    expect(ledger.opening[1]).toBe(5_100);
  });
});
