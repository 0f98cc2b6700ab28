import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';
import { orderDetailSchema, paymentMethods } from './checkout.ts';
import { deviceKinds, orderChannels } from './order-origin.ts';
import { shopOrderQueueNames, type ShopOrderQueue } from './order-queues.ts';
import { orderStatuses } from './order-status.ts';

/**
 * One status change: to what, when, by whom and from where (DESIGN §4). `channel` and
 * `device` are null on steps recorded before they were kept, and `device` on steps no browser
 * fired (jobs, webhooks).
 */
export const orderHistoryStepSchema = z.object({
  status: z.enum(orderStatuses),
  /** The event that made the step, as the resident's timeline has it (checkout.ts). */
  event: z.string(),
  at: z.string(),
  actorKind: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  channel: z.enum(orderChannels).nullable(),
  device: z.enum(deviceKinds).nullable(),
});
export type OrderHistoryStep = z.infer<typeof orderHistoryStepSchema>;

/**
 * The shop also reads the client's address, minimised (IPv4 /24, IPv6 /48): its own staff's
 * and its own customers' steps. The municipality admin does not (docs/decisions/0016).
 */
export const shopOrderHistoryStepSchema = orderHistoryStepSchema.extend({
  ip: z.string().nullable(),
});

/** A shop's view of one of its orders: the resident's contact comes with it. */
export const shopOrderSchema = orderDetailSchema.extend({
  customer: z.object({
    name: z.string(),
    email: z.string(),
    /** The checkout's contact phone, if one was given. */
    phone: z.string().nullable(),
    /**
     * A home-delivered order's phone at the door, as its delivery note has it: whom the driver
     * calls, and the shop about the delivery. Null for other orders. Only the order's own shop
     * sees it (decision 0021); the municipality's view leaves `customer` out.
     */
    deliveryPhone: z.string().nullable(),
  }),
  /** The staff member who took it by phone for the customer; null when they ordered online. */
  placedBy: z.string().nullable(),
  paymentMethod: z.enum(paymentMethods),
  /** On the label of an order sent to a service point; null otherwise. */
  parcelCode: z.string().nullable(),
  /** Every status change, oldest first. */
  history: z.array(shopOrderHistoryStepSchema),
});
export type ShopOrder = z.infer<typeof shopOrderSchema>;

/** Narrowing a shop's orders: by one status or one queue, a service point and a pickup day. */
const shopOrderFilterShape = {
  status: z.enum(orderStatuses).optional(),
  queue: z.enum(shopOrderQueueNames as [ShopOrderQueue, ...ShopOrderQueue[]]).optional(),
  servicePointId: z.string().min(1).max(36).optional(),
  pickupDate: calendarDateSchema.optional(),
};

export const shopOrderListQuerySchema = z
  .object({
    ...shopOrderFilterShape,
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ShopOrderListQuery = z.infer<typeof shopOrderListQuerySchema>;

/** The pick list: accepted orders unless told otherwise, narrowed like the list. */
export const pickListQuerySchema = z.object(shopOrderFilterShape).strict();
export type PickListQuery = z.infer<typeof pickListQuerySchema>;

export const pickListSchema = z.object({
  items: z.array(
    z.object({
      productId: z.string(),
      title: z.string(),
      variantName: z.string().nullable(),
      quantity: z.number().int(),
      orders: z.array(z.object({ id: z.string(), customerName: z.string(), quantity: z.number() })),
    }),
  ),
  orderCount: z.number().int(),
});
export type PickList = z.infer<typeof pickListSchema>;

export const declineOrderBodySchema = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .strict();
export type DeclineOrderBody = z.infer<typeof declineOrderBodySchema>;

/** The shop cancels: the resident is told why, as when declining. */
export const cancelOrderBodySchema = declineOrderBodySchema;

/** Several parcels handed to the same driver at once. */
export const handOverBodySchema = z
  .object({ orderIds: z.array(z.string().min(1).max(36)).min(1).max(100) })
  .strict();
export type HandOverBody = z.infer<typeof handOverBodySchema>;

/**
 * A municipality admin's view of an order: what and where, the shop and its history, without
 * the resident's contact details and the steps' addresses.
 */
export const municipalityOrderSchema = shopOrderSchema
  .omit({ customer: true })
  .extend({ history: z.array(orderHistoryStepSchema) });
export type MunicipalityOrder = z.infer<typeof municipalityOrderSchema>;

export const municipalityOrderListQuerySchema = z
  .object({
    status: z.enum(orderStatuses).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type MunicipalityOrderListQuery = z.infer<typeof municipalityOrderListQuerySchema>;
