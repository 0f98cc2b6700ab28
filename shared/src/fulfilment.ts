import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';
import { servicePointAmenitySchema, servicePointKindSchema } from './service-points.ts';
import { servicePointStatuses } from './service-point-codes.ts';

/** Until the owner says otherwise a shop hands goods over at its counter, an hour after the order. */
export const defaultPickupInShop = { enabled: true, preparationMinutes: 60 } as const;
/** A week: longer than any goods a village shop prepares. */
export const maxPreparationMinutes = 7 * 24 * 60;
export const maxScheduledServicePoints = 30;

const weekdaySchema = z.number().int().min(1).max(7);

/** One delivery a week (shared/src/pickup-schedule.ts: ScheduledDelivery). */
export const scheduledDeliverySchema = z
  .object({
    weekday: weekdaySchema,
    cutoffWeekday: weekdaySchema,
    cutoffTime: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time such as 18:00'),
  })
  .strict();
export type ScheduledDeliveryBody = z.infer<typeof scheduledDeliverySchema>;

export const pickupScheduleBodySchema = z
  .object({
    servicePointId: z.string().min(1).max(36),
    isActive: z.boolean().default(true),
    deliveries: z.array(scheduledDeliverySchema).max(7),
  })
  .strict()
  // Dates are whole days, so two deliveries on one weekday would be one.
  .refine(
    (schedule) =>
      new Set(schedule.deliveries.map((delivery) => delivery.weekday)).size ===
      schedule.deliveries.length,
    { message: 'one delivery per weekday', path: ['deliveries'] },
  )
  .refine((schedule) => !schedule.isActive || schedule.deliveries.length > 0, {
    message: 'an active service point needs at least one delivery day',
    path: ['deliveries'],
  });

/** PUT replaces the shop's whole fulfilment: what is not in the list is no longer served. */
export const updateFulfilmentBodySchema = z
  .object({
    pickupInShop: z
      .object({
        enabled: z.boolean(),
        preparationMinutes: z.number().int().min(0).max(maxPreparationMinutes),
      })
      .strict(),
    servicePoints: z
      .array(pickupScheduleBodySchema)
      .max(maxScheduledServicePoints)
      .refine(
        (schedules) =>
          new Set(schedules.map((schedule) => schedule.servicePointId)).size === schedules.length,
        'each service point once',
      ),
  })
  .strict();
export type UpdateFulfilmentBody = z.input<typeof updateFulfilmentBodySchema>;
export type UpdateFulfilmentInput = z.output<typeof updateFulfilmentBodySchema>;

/** A service point as a shop's fulfilment shows it. */
export const fulfilmentServicePointSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: servicePointKindSchema,
  village: z.string(),
  amenities: z.array(servicePointAmenitySchema),
  municipality: z.object({ slug: z.string(), name: z.string() }),
});
export type FulfilmentServicePoint = z.infer<typeof fulfilmentServicePointSchema>;

/** `date` the day to collect from (YYYY-MM-DD, Swedish calendar); `orderBy` an ISO instant. */
export const servicePointPickupDateSchema = z.object({
  date: calendarDateSchema,
  orderBy: z.string(),
});
export type ServicePointPickupDate = z.infer<typeof servicePointPickupDateSchema>;

export const shopPickupDateSchema = z.object({ date: calendarDateSchema, readyAt: z.string() });
export type ShopPickupDate = z.infer<typeof shopPickupDateSchema>;

/** What the owner and staff see and edit, with the next dates as a preview. */
export const fulfilmentSettingsSchema = z.object({
  pickupInShop: z.object({
    enabled: z.boolean(),
    preparationMinutes: z.number().int(),
    /** When an order placed now would be ready, by the shop's opening hours. */
    earliest: shopPickupDateSchema.nullable(),
  }),
  servicePoints: z.array(
    z.object({
      servicePoint: fulfilmentServicePointSchema.extend({ status: z.enum(servicePointStatuses) }),
      isActive: z.boolean(),
      deliveries: z.array(scheduledDeliverySchema),
      /** The next few collection dates for an order placed now. */
      upcoming: z.array(servicePointPickupDateSchema),
    }),
  ),
  /** Active points of the shop's municipality and of those where it is listed. */
  availableServicePoints: z.array(fulfilmentServicePointSchema),
});
export type FulfilmentSettings = z.infer<typeof fulfilmentSettingsSchema>;

/** One way a resident can receive a shop's goods if they order now, with the earliest date. */
export const fulfilmentOptionSchema = z.discriminatedUnion('method', [
  shopPickupDateSchema.extend({ method: z.literal('pickup_in_shop') }),
  servicePointPickupDateSchema.extend({
    method: z.literal('pickup_at_service_point'),
    servicePoint: fulfilmentServicePointSchema,
  }),
]);
export type FulfilmentOption = z.infer<typeof fulfilmentOptionSchema>;
