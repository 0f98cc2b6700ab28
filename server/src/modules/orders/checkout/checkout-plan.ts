import { maxCheckoutTotalOre } from '@e-galleria/shared/basket-limits';
import type { CheckoutBody, FulfilmentChoice, FulfilmentMethod } from '@e-galleria/shared/checkout';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import { vatPerRate } from '@e-galleria/shared/vat';
import { bookedTimesOf, isBooking } from '@e-galleria/shared/bookings';
import { newId } from '../../../db/ids.ts';
import { AppError } from '../../../errors.ts';
import { type DeliveryAddress, streetAndVillage } from '@e-galleria/shared/delivery-address';
import type { VatClass } from '@e-galleria/shared/vat';
import type { BasketLine } from '../../basket/basket.service.ts';
import type { HomeDeliveryOffer } from '../home-delivery.port.ts';
import { bookedSlotOf } from '../order-views.ts';
import type { OrderChargeRow, OrderLineRow } from '../orders.repository.ts';

/** How one shop's goods reach the resident, as planned at checkout: one case per method. */
export type PlannedFulfilment =
  | { method: 'pickup_in_shop'; date: string; readyAt: number }
  | {
      method: 'pickup_at_service_point';
      servicePoint: { id: string; name: string };
      date: string;
    }
  | {
      method: 'home_delivery';
      municipalityId: string;
      zoneId: string;
      /** The route day. */
      date: string;
      address: DeliveryAddress;
      feeOre: number;
      feeVatClass: VatClass;
      /** The household is approved: it pays the subsidised fee. */
      isSubsidised: boolean;
    };

/**
 * A way to receive a shop's goods that checkout can plan against: what the fulfilment module
 * offers for pickup, or the home-delivery offer for the resident's address.
 */
export type CheckoutOption =
  FulfilmentOption | { method: 'home_delivery'; offer: HomeDeliveryOffer; isApproved: boolean };

export type PlannedOrder = {
  id: string;
  shopId: string;
  shopName: string;
  fulfilment: PlannedFulfilment;
  totalOre: number;
  lines: OrderLineRow[];
  /** Fees besides the goods: the home-delivery fee. */
  charges: OrderChargeRow[];
  vat: { rateBasisPoints: number; grossOre: number; vatOre: number }[];
};

/**
 * How the resident gets the goods, as the mails tell it: collected at the service point or the
 * shop, driven home to the address (street and village; door code and note are the driver's),
 * or, for booked times only, done at the shop at those times (decision 0067).
 */
export function receivingOf(
  plan: PlannedOrder,
):
  | { method: 'pickup'; place: string }
  | { method: 'booking'; place: string; times: string[] }
  | { method: 'home_delivery'; address: string } {
  const { fulfilment } = plan;
  const lines = plan.lines.map(bookedSlotOf);
  if (fulfilment.method === 'pickup_in_shop' && isBooking(lines))
    return { method: 'booking', place: plan.shopName, times: bookedTimesOf(lines) };
  switch (fulfilment.method) {
    case 'pickup_at_service_point':
      return { method: 'pickup', place: fulfilment.servicePoint.name };
    case 'pickup_in_shop':
      return { method: 'pickup', place: plan.shopName };
    case 'home_delivery':
      return {
        method: 'home_delivery',
        address: streetAndVillage(fulfilment.address),
      };
  }
}

const invalidFulfilment = (index: number, field: string, message: string) =>
  new AppError('validation_failed', message, {
    fieldErrors: [{ field: `fulfilments.${index}.${field}`, code: 'invalid', message }],
  });

/** Which amenity a storage class needs at a service point (DESIGN §4). */
const amenityFor = { chilled: 'fridge', frozen: 'freezer' } as const;

type PlanContext<M extends FulfilmentMethod> = {
  choice: Extract<FulfilmentChoice, { method: M }>;
  /** The ways the shop offers now, for this choice. */
  offered: readonly CheckoutOption[];
  lines: readonly BasketLine[];
  shopName: string;
};

/**
 * One planner per way of receiving the goods: checks the choice against what the shop offers
 * now and says where and when. A new method is a new entry (the record must have them all).
 */
const planners: { [M in FulfilmentMethod]: (context: PlanContext<M>) => PlannedFulfilment } = {
  pickup_in_shop({ offered, shopName }) {
    const option = offered.find((candidate) => candidate.method === 'pickup_in_shop');
    if (!option)
      throw new AppError('fulfilment_unavailable', `${shopName} has no pickup in the shop.`);
    return { method: 'pickup_in_shop', date: option.date, readyAt: Date.parse(option.readyAt) };
  },

  pickup_at_service_point({ choice, offered, lines, shopName }) {
    const option = offered.find(
      (candidate) =>
        candidate.method === 'pickup_at_service_point' &&
        candidate.servicePoint.id === choice.servicePointId,
    );
    if (option?.method !== 'pickup_at_service_point')
      throw new AppError(
        'fulfilment_unavailable',
        `${shopName} does not deliver to that service point.`,
      );
    const point = option.servicePoint;
    for (const line of lines) {
      if (line.storage_class === 'ambient' || line.kind !== 'good') continue;
      if (!point.amenities.includes(amenityFor[line.storage_class]))
        throw new AppError(
          'storage_not_supported',
          `${point.name} cannot keep ${line.title} ${line.storage_class}.`,
        );
    }
    return {
      method: 'pickup_at_service_point',
      servicePoint: { id: point.id, name: point.name },
      date: option.date,
    };
  },

  home_delivery({ choice, offered, shopName }) {
    const option = offered.find((candidate) => candidate.method === 'home_delivery');
    if (option?.method !== 'home_delivery')
      throw new AppError('fulfilment_unavailable', `${shopName} does not deliver home.`);
    const { offer, isApproved } = option;
    if (offer.isForApprovedOnly && !isApproved)
      throw new AppError(
        'home_delivery_needs_approval',
        `${shopName}: home delivery is for households the municipality has approved.`,
      );
    return {
      method: 'home_delivery',
      municipalityId: offer.municipalityId,
      zoneId: offer.zoneId,
      date: offer.date,
      address: choice.address,
      feeOre: isApproved ? offer.subsidisedFeeOre : offer.feeOre,
      feeVatClass: offer.feeVatClass,
      isSubsidised: isApproved,
    };
  },
};

function planFulfilment(context: PlanContext<FulfilmentMethod>): PlannedFulfilment {
  const plan = planners[context.choice.method] as (
    context: PlanContext<FulfilmentMethod>,
  ) => PlannedFulfilment;
  return plan(context);
}

/**
 * Splits the basket into one order per shop, with the way each is received as the resident
 * chose it and the shop offers it now, prices and VAT from the catalogue. Throws before any
 * write when a choice is missing, unknown or not allowed.
 */
export function planShopOrders(input: {
  lines: readonly BasketLine[];
  fulfilments: CheckoutBody['fulfilments'];
  options: ReadonlyMap<string, readonly CheckoutOption[]>;
  rates: ReadonlyMap<string, number>;
}): PlannedOrder[] {
  const byShop = new Map<string, BasketLine[]>();
  for (const line of input.lines)
    byShop.set(line.shop_id, [...(byShop.get(line.shop_id) ?? []), line]);

  input.fulfilments.forEach((choice, index) => {
    if (!byShop.has(choice.shopId))
      throw invalidFulfilment(index, 'shopId', 'The basket has nothing from this shop.');
    if (input.fulfilments.findIndex((other) => other.shopId === choice.shopId) !== index)
      throw invalidFulfilment(index, 'shopId', 'Choose once per shop.');
  });

  return [...byShop].map(([shopId, lines]) => {
    const choice = input.fulfilments.find((candidate) => candidate.shopId === shopId);
    const first = lines[0];
    if (!choice || !first)
      throw new AppError('validation_failed', 'Choose how to receive every shop’s goods.', {
        fieldErrors: [
          { field: 'fulfilments', code: 'missing', message: `Missing shop ${shopId}.` },
        ],
      });
    const fulfilment = planFulfilment({
      choice,
      offered: input.options.get(shopId) ?? [],
      lines,
      shopName: first.shop_name,
    });

    const orderId = newId();
    const rateOf = (vatClass: string) => {
      const rate = input.rates.get(vatClass);
      if (rate === undefined) throw new AppError('internal_error', `No VAT rate for ${vatClass}.`);
      return rate;
    };
    const orderLines: OrderLineRow[] = lines.map((line, position) => {
      const rate = rateOf(line.vat_class);
      return {
        id: newId(),
        order_id: orderId,
        product_id: line.product_id,
        variant_id: line.variant_id,
        title: line.title,
        variant_name: line.variant_name,
        quantity: line.quantity,
        unit_price_ore: line.price_ore,
        line_total_ore: line.price_ore * line.quantity,
        vat_class: line.vat_class,
        vat_rate_basis_points: rate,
        storage_class: line.storage_class,
        stock_reserved: line.kind === 'good' && line.track_stock,
        slot_start: line.slot_start > 0 ? line.slot_start : null,
        slot_end:
          line.slot_start > 0 && line.duration_minutes !== null
            ? line.slot_start + line.duration_minutes * 60_000
            : null,
        position,
      };
    });
    const charges: OrderChargeRow[] =
      fulfilment.method === 'home_delivery' && fulfilment.feeOre > 0
        ? [
            {
              id: newId(),
              order_id: orderId,
              kind: 'home_delivery_fee',
              title: 'Hemleverans',
              amount_ore: fulfilment.feeOre,
              vat_class: fulfilment.feeVatClass,
              vat_rate_basis_points: rateOf(fulfilment.feeVatClass),
            },
          ]
        : [];
    const amounts = [
      ...orderLines.map((line) => ({
        grossOre: line.line_total_ore,
        rateBasisPoints: line.vat_rate_basis_points,
      })),
      ...charges.map((charge) => ({
        grossOre: charge.amount_ore,
        rateBasisPoints: charge.vat_rate_basis_points,
      })),
    ];
    return {
      id: orderId,
      shopId,
      shopName: first.shop_name,
      fulfilment,
      totalOre: amounts.reduce((sum, amount) => sum + amount.grossOre, 0),
      lines: orderLines,
      charges,
      vat: vatPerRate(amounts),
    };
  });
}

/**
 * What the planned orders come to together, refused (before anything is written) when over
 * `maxCheckoutTotalOre`: a validation error on `field`, the basket or the order's items, so the
 * screen says to order less. Every order and line is part of the total, so none can be more.
 */
export function checkoutTotalOf(planned: readonly PlannedOrder[], field: string): number {
  const totalOre = planned.reduce((sum, plan) => sum + plan.totalOre, 0);
  if (totalOre > maxCheckoutTotalOre) {
    const message = `The order comes to ${totalOre / 100} kr; at most ${maxCheckoutTotalOre / 100} kr can be ordered at once.`;
    throw new AppError('validation_failed', message, {
      fieldErrors: [{ field, code: 'too_big', message }],
    });
  }
  return totalOre;
}
