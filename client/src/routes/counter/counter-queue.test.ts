import { describe, expect, it } from 'vitest';
import type { CounterParcel } from '@e-galleria/shared/counter';
import {
  applyPending,
  codeCheck,
  handoversFittingCode,
  normaliseParcelCode,
  type QueuedAction,
} from './counter-queue.ts';

function parcel(id: string, parcelCode: string, status: CounterParcel['status']): CounterParcel {
  return {
    id,
    parcelCode,
    status,
    shop: { id: 'shop', name: 'Butiken' },
    resident: { name: 'Test Testsson' },
    storageClass: 'ambient',
    totalOre: 2500,
    paymentMethod: 'pay_at_pickup',
    handover: { id: 'h1', pickupDate: '2026-12-03', lastDay: null, codeCheck: 0 },
    isDueForReturn: false,
  };
}

const action = (fields: Partial<QueuedAction> & Pick<QueuedAction, 'kind'>) =>
  ({ id: fields.kind, queuedAt: 0, failure: null, ...fields }) as QueuedAction;

describe('the counter’s parcels with actions still waiting to be sent', () => {
  it('shows a handover ready once its last parcel is checked in on the phone', () => {
    const loaded = [parcel('a', 'AAAA2222', 'arrived'), parcel('b', 'BBBB3333', 'in_transit')];
    const shown = applyPending(loaded, [action({ kind: 'check_in', parcelCode: 'BBBB3333' })]);
    expect(shown.map((item) => item.status)).toEqual(['ready_for_pickup', 'ready_for_pickup']);
  });

  it('shows handed-over parcels as collected, and ignores actions the server refused', () => {
    const loaded = [parcel('a', 'AAAA2222', 'ready_for_pickup')];
    const confirm = action({
      kind: 'confirm',
      handoverId: 'h1',
      orderIds: ['a'],
      paymentTakenOre: 2500,
      residentName: 'Test Testsson',
    });
    expect(applyPending(loaded, [confirm])[0]?.status).toBe('collected');
    const refused = {
      ...confirm,
      failure: { code: 'status_conflict', detail: null, fieldErrors: [] },
    };
    expect(applyPending(loaded, [refused as QueuedAction])[0]?.status).toBe('ready_for_pickup');
  });

  it('reads a typed parcel code without spaces, in capitals', () => {
    expect(normaliseParcelCode(' k7qx 4m2p ')).toBe('K7QX4M2P');
  });
});

describe('recognising a pickup code without a connection', () => {
  const waiting = (id: string, handoverId: string, check: number): CounterParcel => ({
    ...parcel(id, `${id.toUpperCase()}AAA2222`, 'ready_for_pickup'),
    resident: { name: `Boende ${handoverId}` },
    handover: { id: handoverId, pickupDate: '2026-12-03', lastDay: null, codeCheck: check },
  });

  it('opens the one handover whose check the typed code fits', async () => {
    const parcels = [
      waiting('a', 'h1', await codeCheck('h1', '123456')),
      waiting('b', 'h2', await codeCheck('h2', '654321')),
    ];
    const found = await handoversFittingCode(parcels, '123456');
    expect(found.map((handover) => handover.residentName)).toEqual(['Boende h1']);
    expect(await handoversFittingCode(parcels, '000000')).toEqual([]);
  });

  it('offers every handover a code fits when the short check cannot tell them apart', async () => {
    const code = '424242';
    const check = await codeCheck('h1', code);
    // About one handover id in 4 096 gives the same code the same check.
    let twin = '';
    for (let index = 0; !twin; index += 1)
      if ((await codeCheck(`t${index}`, code)) === check) twin = `t${index}`;
    const parcels = [waiting('a', 'h1', check), waiting('b', twin, check)];
    const found = await handoversFittingCode(parcels, code);
    expect(found.map((handover) => handover.id)).toEqual(['h1', twin]);
  });
});
