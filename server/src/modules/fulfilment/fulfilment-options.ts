import type {
  FulfilmentOption,
  FulfilmentServicePoint,
  ServicePointPickupDate,
} from '@e-galleria/shared/fulfilment';
import {
  earliestShopPickup,
  upcomingServicePointPickups,
  type ScheduledDelivery,
} from '@e-galleria/shared/pickup-schedule';
import type { ServicePointAmenity } from '@e-galleria/shared/service-points';
import type { OpeningHours } from '@e-galleria/shared/shops';
import type { ServicePointRecord } from '../service-points/service-point-directory.service.ts';
import type { FulfilmentSettingsRow, ScheduleWithPointRow } from './fulfilment.repository.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const parseHours = (json: string) => JSON.parse(json) as OpeningHours;
export const deliveriesOf = (row: ScheduleWithPointRow) =>
  JSON.parse(row.deliveries) as ScheduledDelivery[];

export function pointOfSchedule(row: ScheduleWithPointRow): FulfilmentServicePoint {
  return {
    id: row.service_point_id,
    slug: row.point_slug,
    name: row.point_name,
    kind: row.point_kind,
    village: row.point_village,
    amenities: JSON.parse(row.point_amenities) as ServicePointAmenity[],
    municipality: { slug: row.municipality_slug, name: row.municipality_name },
  };
}

export function pointOfServicePoint(row: ServicePointRecord): FulfilmentServicePoint {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    village: row.village,
    amenities: JSON.parse(row.amenities) as ServicePointAmenity[],
    municipality: { slug: row.municipality_slug, name: row.municipality_name },
  };
}

/** The next `count` collection dates at a scheduled point for an order placed at `now`. */
export function upcomingAt(
  row: ScheduleWithPointRow,
  shopHours: OpeningHours,
  now: number,
  count: number,
): ServicePointPickupDate[] {
  return upcomingServicePointPickups(
    {
      now,
      deliveries: deliveriesOf(row),
      shopHours,
      servicePointHours: parseHours(row.point_opening_hours),
    },
    count,
  ).map((pickup) => ({ date: pickup.date, orderBy: iso(pickup.orderBy) }));
}

export function shopPickupAt(preparationMinutes: number, shopHours: OpeningHours, now: number) {
  const earliest = earliestShopPickup({ now, preparationMinutes, shopHours });
  return earliest && { date: earliest.date, readyAt: iso(earliest.readyAt) };
}

const collator = new Intl.Collator('sv');

/**
 * Every way to receive the shop's goods for an order placed now, soonest first; on the same
 * day the shop's own counter first, then service points by village. A way with no date in
 * the coming weeks (no opening hours, say) is left out: nobody can be promised it.
 */
export function computeOptions(input: {
  shopHours: string;
  settings: Pick<FulfilmentSettingsRow, 'pickup_in_shop_enabled' | 'preparation_minutes'>;
  schedules: ScheduleWithPointRow[];
  now: number;
}): FulfilmentOption[] {
  const shopHours = parseHours(input.shopHours);
  const options: FulfilmentOption[] = [];
  if (input.settings.pickup_in_shop_enabled) {
    const earliest = shopPickupAt(input.settings.preparation_minutes, shopHours, input.now);
    if (earliest) options.push({ method: 'pickup_in_shop', ...earliest });
  }
  for (const row of input.schedules) {
    const [earliest] = upcomingAt(row, shopHours, input.now, 1);
    if (earliest)
      options.push({
        method: 'pickup_at_service_point',
        servicePoint: pointOfSchedule(row),
        ...earliest,
      });
  }
  const placeOf = (option: FulfilmentOption) =>
    option.method === 'pickup_in_shop'
      ? ''
      : `${option.servicePoint.village} ${option.servicePoint.name}`;
  return options.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || collator.compare(placeOf(a), placeOf(b)),
  );
}
