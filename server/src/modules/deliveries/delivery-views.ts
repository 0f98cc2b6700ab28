import type {
  CarrierDelivery,
  DeliveryRecipient,
  DeliveryRun,
  ShopDelivery,
} from '@e-galleria/shared/deliveries';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { NoteViewRow, RunRow } from './deliveries.repository.ts';

function recipientOf(row: NoteViewRow): DeliveryRecipient {
  return {
    name: row.recipient_name,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    village: row.village,
    doorCode: row.door_code,
    phone: row.phone,
    driverNote: row.driver_note,
  };
}

export function toShopDelivery(
  row: NoteViewRow,
  names: { zone: string | null; carrier: string | null },
): ShopDelivery {
  return {
    orderId: row.order_id,
    parcelCode: row.parcel_code,
    status: row.status as OrderStatus,
    date: row.date,
    zoneId: row.zone_id,
    zoneName: names.zone,
    carrier: row.carrier_id ? { id: row.carrier_id, name: names.carrier ?? '' } : null,
    recipient: recipientOf(row),
    householdId: row.household_id,
    feeOre: row.fee_ore,
    isSubsidised: row.is_subsidised,
    coolBags: row.cool_bags,
    coolBagsReturned: row.cool_bags_returned,
    collectOre: row.collect_ore,
    collectedOre: row.collected_ore,
    outcome: row.outcome,
    assignedAt: row.assigned_at,
    handedAt: row.handed_at,
    deliveredAt: row.delivered_at,
    failedAt: row.failed_at,
  };
}

/** Only what a driver needs at the door: no goods, no prices, only the amount to collect. */
export function toCarrierDelivery(
  row: NoteViewRow,
  zoneName: string | null,
  coolBagsToCollect: number,
): CarrierDelivery {
  return {
    orderId: row.order_id,
    parcelCode: row.parcel_code,
    status: row.status as OrderStatus,
    shopName: row.shop_name,
    zoneId: row.zone_id,
    zoneName,
    sequence: row.sequence,
    recipient: recipientOf(row),
    coolBags: row.cool_bags,
    coolBagsToCollect,
    collectOre: row.collect_ore,
  };
}

export function toRun(row: RunRow, deliveryCount: number): DeliveryRun {
  return {
    id: row.id,
    date: row.date,
    route: row.route,
    vehicle: row.vehicle,
    km: row.km_tenths === null ? null : row.km_tenths / 10,
    startedAt: row.started_at,
    closedAt: row.closed_at,
    deliveryCount,
  };
}
