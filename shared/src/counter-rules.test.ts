import { describe, expect, it } from 'vitest';
import { amountDueOre, codeCheckOf, isHandoverComplete } from './counter-rules.ts';

describe('a handover at the counter', () => {
  it('is complete when every parcel still coming has arrived, a cancelled one not counting', () => {
    expect(isHandoverComplete(['arrived', 'in_transit'])).toBe(false);
    expect(isHandoverComplete(['arrived', 'cancelled'])).toBe(true);
    expect(isHandoverComplete(['arrived', 'ready_for_pickup'])).toBe(true);
  });

  it('is not made ready again when nothing new has arrived', () => {
    expect(isHandoverComplete(['ready_for_pickup', 'ready_for_pickup'])).toBe(false);
    expect(isHandoverComplete(['cancelled'])).toBe(false);
  });

  it('asks at the counter only for ready parcels paid at pickup', () => {
    expect(
      amountDueOre([
        { status: 'ready_for_pickup', paymentMethod: 'pay_at_pickup', totalOre: 2500 },
        { status: 'ready_for_pickup', paymentMethod: 'card', totalOre: 4000 },
        { status: 'arrived', paymentMethod: 'pay_at_pickup', totalOre: 1000 },
      ]),
    ).toBe(2500);
  });
});

describe('a pickup code’s check', () => {
  it('is the first twelve bits of the digest', () => {
    expect(codeCheckOf(Uint8Array.from([0xab, 0xcd, 0xef]))).toBe(0xabc);
    expect(codeCheckOf(Uint8Array.from([0xff, 0xff]))).toBe(4095);
    expect(codeCheckOf(Uint8Array.from([0x00, 0x0f]))).toBe(0);
  });
});
