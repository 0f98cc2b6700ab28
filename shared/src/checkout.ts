import { z } from 'zod';
import { productShopSchema, storageClassSchema } from './catalogue.ts';
import { deliveryAddressSchema, phoneNumberSchema } from './delivery-address.ts';
import { localeSchema } from './locales.ts';
import { orderStatuses } from './order-status.ts';

export const fulfilmentMethods = [
  'pickup_in_shop',
  'pickup_at_service_point',
  'home_delivery',
] as const;
export type FulfilmentMethod = (typeof fulfilmentMethods)[number];

const idSchema = z.string().min(1).max(36);

/**
 * How the resident chose to receive one shop's goods: one case per method, each with what
 * that method needs, so a new method is a new case (DESIGN §4).
 */
export const fulfilmentChoiceSchema = z.discriminatedUnion('method', [
  z.object({ shopId: idSchema, method: z.literal('pickup_in_shop') }).strict(),
  z
    .object({
      shopId: idSchema,
      method: z.literal('pickup_at_service_point'),
      servicePointId: idSchema,
    })
    .strict(),
  // Where the shop's goods are driven: the household's address (decision 0020).
  z
    .object({
      shopId: idSchema,
      method: z.literal('home_delivery'),
      address: deliveryAddressSchema,
    })
    .strict(),
]);
export type FulfilmentChoice = z.infer<typeof fulfilmentChoiceSchema>;

export const paymentMethods = ['pay_at_pickup', 'card'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** DESIGN §9. Nothing here is about money: prices and totals come from the catalogue. */
export const checkoutBodySchema = z
  .object({
    contact: z
      .object({
        name: z.string().trim().min(1).max(120),
        email: z.email().max(254),
        phone: phoneNumberSchema.optional(),
      })
      .strict(),
    fulfilments: z.array(fulfilmentChoiceSchema).min(1).max(50),
    payment: z.enum(paymentMethods),
    /** The language of the confirmation mail; a logged-in resident's own by default. */
    locale: localeSchema.optional(),
  })
  .strict();
export type CheckoutBody = z.infer<typeof checkoutBodySchema>;

/**
 * An order a shop takes by phone and places on a resident's behalf (issue 13): the household
 * the shop found or took down, the shop's own goods, how they reach the household. Paid when
 * delivered or collected; the prices come from the catalogue.
 */
export const assistedOrderBodySchema = z
  .object({
    householdId: idSchema,
    items: z
      .array(z.object({ variantId: idSchema, quantity: z.number().int().min(1).max(99) }).strict())
      .min(1)
      .max(50)
      .refine(
        (items) => new Set(items.map((item) => item.variantId)).size === items.length,
        'each product once, with its quantity',
      ),
    fulfilment: z.discriminatedUnion('method', [
      z.object({ method: z.literal('pickup_in_shop') }).strict(),
      z.object({ method: z.literal('pickup_at_service_point'), servicePointId: idSchema }).strict(),
      z.object({ method: z.literal('home_delivery') }).strict(),
    ]),
    locale: localeSchema.optional(),
  })
  .strict();
export type AssistedOrderBody = z.infer<typeof assistedOrderBodySchema>;

/** A resident's own checkouts, newest first, a page at a time. */
export const myCheckoutListQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type MyCheckoutListQuery = z.infer<typeof myCheckoutListQuerySchema>;

/** What the client may send as Idempotency-Key: an opaque string, a UUID in practice. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/);

export const orderSummarySchema = z.object({
  id: z.string(),
  shopId: z.string(),
  status: z.enum(orderStatuses),
  totalOre: z.number().int(),
});

export const checkoutCreatedSchema = z.object({
  checkout: z.object({
    id: z.string(),
    status: z.enum(['awaiting_payment', 'confirmed', 'expired']),
    paymentMethod: z.enum(paymentMethods),
    totalOre: z.number().int(),
    /** Where to pay by card (the payment provider's hosted page); null when paying at pickup. */
    paymentUrl: z.string().nullable(),
    orders: z.array(orderSummarySchema),
  }),
});
export type CheckoutCreated = z.infer<typeof checkoutCreatedSchema>;

export const vatLineSchema = z.object({
  rateBasisPoints: z.number().int(),
  grossOre: z.number().int(),
  vatOre: z.number().int(),
});

export const orderLineSchema = z.object({
  title: z.string(),
  variantName: z.string().nullable(),
  quantity: z.number().int(),
  unitPriceOre: z.number().int(),
  lineTotalOre: z.number().int(),
  vatRateBasisPoints: z.number().int(),
  slot: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** Kept cold on its way: the parcel's label says so, as the counter does. */
  storageClass: storageClassSchema,
});

export const orderFulfilmentSchema = z.object({
  method: z.enum(fulfilmentMethods),
  servicePoint: z
    .object({ id: z.string(), name: z.string(), village: z.string().nullable() })
    .nullable(),
  /** The first day it can be collected, or the day it is delivered (YYYY-MM-DD, Swedish date). */
  date: z.string().nullable(),
  /** Pickup in the shop: the first instant it is ready. */
  readyAt: z.string().nullable(),
});

/** What an order costs besides its goods: the home-delivery fee (decision 0020). */
export const orderChargeSchema = z.object({
  kind: z.enum(['home_delivery_fee']),
  title: z.string(),
  amountOre: z.number().int(),
  vatRateBasisPoints: z.number().int(),
});
export type OrderCharge = z.infer<typeof orderChargeSchema>;

export const orderDetailSchema = orderSummarySchema.extend({
  shop: productShopSchema,
  fulfilment: orderFulfilmentSchema,
  lines: z.array(orderLineSchema),
  charges: z.array(orderChargeSchema),
  vat: z.array(vatLineSchema),
  declineReason: z.string().nullable(),
  /** The code the resident shows at the service point, once there is a handover. */
  pickupCode: z.string().nullable(),
  createdAt: z.string(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/** One step of an order's life as the resident's timeline shows it (order_status_events). */
export const orderTimelineEntrySchema = z.object({
  status: z.enum(orderStatuses),
  /**
   * The event recorded with it (order-status.ts, or `checkout` for the first step): a status
   * reached in more than one way reads by it, a booking nobody came to as "Du kom inte" rather
   * than cancelled (decision 0074).
   */
  event: z.string(),
  at: z.string(),
});
export type OrderTimelineEntry = z.infer<typeof orderTimelineEntrySchema>;

export const checkoutDetailSchema = z.object({
  checkout: checkoutCreatedSchema.shape.checkout.extend({
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
    createdAt: z.string(),
    vat: z.array(vatLineSchema),
    orders: z.array(orderDetailSchema.extend({ timeline: z.array(orderTimelineEntrySchema) })),
  }),
});
export type CheckoutDetail = z.infer<typeof checkoutDetailSchema>;
