import type { OrderDetail } from '@e-galleria/shared/checkout';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { DeviceKind, OrderChannel } from '@e-galleria/shared/order-origin';
import type { MunicipalityOrder, ShopOrder } from '@e-galleria/shared/orders';
import { vatPerRate } from '@e-galleria/shared/vat';
import type { CheckoutRow } from './checkouts.repository.ts';
import type { OrderContents, OrderEventRow, OrderViewRow } from './orders.repository.ts';

const iso = (epochMs: number) => new Date(epochMs).toISOString();

const empty: OrderContents = { lines: [], charges: [] };

/** A line's booked time as the views and the booking rules read it (shared/bookings.ts). */
export const bookedSlotOf = (line: { slot_start: number | null }) => ({
  slot: line.slot_start === null ? null : { start: iso(line.slot_start) },
});

export function toOrderDetail(row: OrderViewRow, contents: OrderContents = empty): OrderDetail {
  const { lines, charges } = contents;
  return {
    id: row.id,
    shopId: row.shop_id,
    status: row.status as OrderStatus,
    totalOre: row.total_ore,
    shop: {
      id: row.shop_id,
      slug: row.shop_slug,
      name: row.shop_name,
      village: row.shop_village,
      municipalitySlug: row.shop_municipality_slug,
      contentLocale: row.shop_content_locale,
    },
    fulfilment: {
      method: row.fulfilment_method as OrderDetail['fulfilment']['method'],
      servicePoint:
        row.service_point_id !== null
          ? {
              id: row.service_point_id,
              name: row.service_point_name ?? '',
              village: row.service_point_village,
            }
          : null,
      date: row.pickup_date,
      readyAt: row.ready_at === null ? null : iso(row.ready_at),
    },
    lines: lines.map((line) => ({
      title: line.title,
      variantName: line.variant_name,
      quantity: line.quantity,
      unitPriceOre: line.unit_price_ore,
      lineTotalOre: line.line_total_ore,
      vatRateBasisPoints: line.vat_rate_basis_points,
      storageClass: line.storage_class as OrderDetail['lines'][number]['storageClass'],
      slot:
        line.slot_start !== null && line.slot_end !== null
          ? { start: iso(line.slot_start), end: iso(line.slot_end) }
          : null,
    })),
    charges: charges.map((charge) => ({
      kind: charge.kind,
      title: charge.title,
      amountOre: charge.amount_ore,
      vatRateBasisPoints: charge.vat_rate_basis_points,
    })),
    vat: vatPerRate([
      ...lines.map((line) => ({
        grossOre: line.line_total_ore,
        rateBasisPoints: line.vat_rate_basis_points,
      })),
      ...charges.map((charge) => ({
        grossOre: charge.amount_ore,
        rateBasisPoints: charge.vat_rate_basis_points,
      })),
    ]),
    declineReason: row.decline_reason,
    pickupCode: row.pickup_code,
    createdAt: iso(row.created_at),
  };
}

export function toShopOrder(
  row: OrderViewRow,
  contents: OrderContents | undefined,
  events: readonly OrderEventRow[],
  /** The phone on the order's delivery note, for a home-delivered order. */
  deliveryPhone: string | null = null,
): ShopOrder {
  return {
    ...toOrderDetail(row, contents),
    // The shop needs no code: the resident shows it at the service point.
    pickupCode: null,
    customer: {
      name: row.contact_name,
      email: row.contact_email,
      phone: row.contact_phone,
      deliveryPhone,
    },
    placedBy: row.placed_by_name,
    paymentMethod: row.payment_method as ShopOrder['paymentMethod'],
    parcelCode: row.parcel_code,
    history: events.map((event) => ({
      status: event.to_status as OrderStatus,
      event: event.event,
      at: iso(event.at),
      actorKind: event.actor_kind,
      actorName: event.actor_name,
      reason: event.reason,
      channel: event.channel as OrderChannel | null,
      device: event.device as DeviceKind | null,
      ip: event.ip,
    })),
  };
}

/**
 * The municipality admin's view: the shop's, less the resident's contact details and the
 * steps' addresses. The admin oversees how the shops handle orders — who did each step,
 * through which surface, on what kind of device — and needs no address for that. The address
 * of a step the resident fired is the resident's personal data even cut to its network, and
 * GDPR's minimisation keeps it with the shop that serves them (docs/decisions/0016).
 */
export function toMunicipalityOrder(
  row: OrderViewRow,
  contents: OrderContents | undefined,
  events: readonly OrderEventRow[],
): MunicipalityOrder {
  const { customer: _customer, history, ...order } = toShopOrder(row, contents, events);
  return {
    ...order,
    // A step the resident took is the resident's: named, it told the admin who bought what,
    // which the card itself leaves out. Staff who took a step stay named.
    history: history.map(({ ip: _ip, ...step }) =>
      step.actorKind === 'customer' ? { ...step, actorName: null } : step,
    ),
  };
}

/** Status events grouped by order id, oldest first. */
export function eventsByOrder(events: readonly OrderEventRow[]): Map<string, OrderEventRow[]> {
  const grouped = new Map<string, OrderEventRow[]>();
  for (const event of events)
    grouped.set(event.order_id, [...(grouped.get(event.order_id) ?? []), event]);
  return grouped;
}

/** How every answer about a checkout begins; `paymentUrl` only while it can still be paid. */
export function checkoutHeadOf(checkout: CheckoutRow, paymentUrl: string | null) {
  return {
    id: checkout.id,
    status: checkout.status,
    paymentMethod: checkout.payment_method,
    totalOre: checkout.total_ore,
    paymentUrl,
  };
}
