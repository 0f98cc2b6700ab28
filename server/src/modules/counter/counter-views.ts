import { createHash } from 'node:crypto';
import type { StorageClass } from '@e-galleria/shared/catalogue';
import type { CounterHandover, CounterParcel } from '@e-galleria/shared/counter';
import { amountDueOre, codeCheckInput, codeCheckOf } from '@e-galleria/shared/counter-rules';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { ParcelRow } from './counter.repository.ts';

const coldness: Record<StorageClass, number> = { ambient: 0, chilled: 1, frozen: 2 };

/** The coldest class among an order's lines: a parcel with one frozen good needs the freezer. */
export function coldestByOrder(
  rows: readonly { order_id: string; storage_class: string }[],
): Map<string, StorageClass> {
  const coldest = new Map<string, StorageClass>();
  for (const row of rows) {
    const storage = row.storage_class as StorageClass;
    const current = coldest.get(row.order_id) ?? 'ambient';
    if (coldness[storage] > coldness[current]) coldest.set(row.order_id, storage);
    else coldest.set(row.order_id, current);
  }
  return coldest;
}

/** What the operator's phone keeps to recognise a code offline, and no more (decision 0025). */
export function codeCheckFor(handoverId: string, code: string): number {
  return codeCheckOf(createHash('sha256').update(codeCheckInput(handoverId, code)).digest());
}

export function toCounterParcel(
  row: ParcelRow,
  storageClass: StorageClass,
  today: string,
): CounterParcel {
  return {
    id: row.id,
    parcelCode: row.parcel_code,
    status: row.status as OrderStatus,
    shop: { id: row.shop_id, name: row.shop_name },
    resident: { name: row.contact_name },
    storageClass,
    totalOre: row.total_ore,
    paymentMethod: row.payment_method,
    handover: {
      id: row.handover_id,
      pickupDate: row.handover_pickup_date,
      lastDay: row.handover_last_day,
      codeCheck: codeCheckFor(row.handover_id, row.handover_code),
    },
    isDueForReturn:
      row.status === 'ready_for_pickup' &&
      row.handover_last_day !== null &&
      row.handover_last_day < today,
  };
}

export function toCounterHandover(
  handover: {
    id: string;
    pickup_date: string;
    last_day: string | null;
    collected_at: number | null;
  },
  parcels: CounterParcel[],
): CounterHandover {
  return {
    id: handover.id,
    residentName: parcels[0]?.resident.name ?? '',
    pickupDate: handover.pickup_date,
    lastDay: handover.last_day,
    collectedAt:
      handover.collected_at === null ? null : new Date(handover.collected_at).toISOString(),
    parcels,
    amountDueOre: amountDueOre(parcels),
  };
}
