/// <reference lib="esnext.temporal" />
// No zod here, but Temporal: Node 26 has it built in (typed by TypeScript's esnext.temporal
// lib). Browsers do not all have it yet, so the client never imports this module at runtime:
// the server computes the dates and the screens show them
// (docs/decisions/0010-pickup-dates-with-temporal.md).
import { localInstant } from './local-time.ts';
import { intervalsOnDate } from './opening-hours.ts';
import type { OpeningHours } from './shops.ts';

/**
 * A shop's goods reach a service point on every `weekday` (ISO, 1 = Monday … 7 = Sunday) when
 * the order was placed before the cut-off: `cutoffTime` ('HH:MM', local time) on the latest
 * `cutoffWeekday` on or before that day — the same day when both weekdays are equal.
 */
export type ScheduledDelivery = { weekday: number; cutoffWeekday: number; cutoffTime: string };

export type ServicePointPickupInput = {
  /** Epoch ms. */
  now: number;
  deliveries: readonly ScheduledDelivery[];
  /** Its dated `closed` exceptions (holidays) move a cut-off to the previous open day. */
  shopHours: OpeningHours;
  /** Closed on a delivery date: collect from the next open date instead. */
  servicePointHours: OpeningHours;
  timeZone?: string;
  /** How many days ahead to look for a delivery. */
  horizonDays?: number;
};

/** `date` ('YYYY-MM-DD') the resident can collect from; `orderBy` the cut-off to meet (epoch ms). */
export type ServicePointPickup = { date: string; orderBy: number };

export type ShopPickupInput = {
  now: number;
  preparationMinutes: number;
  shopHours: OpeningHours;
  timeZone?: string;
  horizonDays?: number;
};

const defaultTimeZone = 'Europe/Stockholm';
const defaultHorizonDays = 42;
// How far a holiday may push a cut-off back or a collection forward before we give up on it:
// longer than any run of holidays, short enough to stop on hours that are never open.
const maxShiftDays = 31;

/** The instant of a local wall-clock time ('HH:MM', '24:00' the next midnight). */
function instantOf(date: Temporal.PlainDate, time: string, timeZone: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return localInstant(date.toString(), hours * 60 + minutes, timeZone);
}

function isOpenOn(hours: OpeningHours, date: Temporal.PlainDate): boolean {
  return intervalsOnDate(hours, date.toString(), date.dayOfWeek).length > 0;
}

function isHoliday(hours: OpeningHours, date: Temporal.PlainDate): boolean {
  const key = date.toString();
  return hours.exceptions.some((exception) => exception.date === key && exception.closed);
}

/**
 * The day the goods leave the shop: the nominal cut-off day unless the shop has a holiday
 * then, in which case its previous open day (the shop cannot pack on a holiday). Only a dated
 * holiday moves it: a shop that is simply closed on, say, Sundays still takes orders online
 * until the cut-off. A shop without any opening hours falls back to the day before its
 * holiday(s).
 */
function cutoffDate(hours: OpeningHours, nominal: Temporal.PlainDate): Temporal.PlainDate {
  if (!isHoliday(hours, nominal)) return nominal;
  let day = nominal;
  for (let step = 0; step < maxShiftDays; step++) {
    day = day.subtract({ days: 1 });
    if (isOpenOn(hours, day)) return day;
  }
  day = nominal;
  while (isHoliday(hours, day)) day = day.subtract({ days: 1 });
  return day;
}

function nextOpenDate(hours: OpeningHours, from: Temporal.PlainDate): Temporal.PlainDate | null {
  let day = from;
  for (let step = 0; step <= maxShiftDays; step++) {
    if (isOpenOn(hours, day)) return day;
    day = day.add({ days: 1 });
  }
  return null;
}

function todayIn(now: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone).toPlainDate();
}

/**
 * Every date the resident can still collect from, earliest first, each with the latest cut-off
 * that gets the goods there by then (two deliveries may land on one date when a service point
 * holiday pushes one forward).
 */
export function upcomingServicePointPickups(
  input: ServicePointPickupInput,
  count: number,
): ServicePointPickup[] {
  const timeZone = input.timeZone ?? defaultTimeZone;
  const horizonDays = input.horizonDays ?? defaultHorizonDays;
  const today = todayIn(input.now, timeZone);
  const byDate = new Map<string, number>();
  for (let offset = 0; offset <= horizonDays; offset++) {
    const delivered = today.add({ days: offset });
    for (const delivery of input.deliveries) {
      if (delivery.weekday !== delivered.dayOfWeek) continue;
      const back = (delivered.dayOfWeek - delivery.cutoffWeekday + 7) % 7;
      const cutoffDay = cutoffDate(input.shopHours, delivered.subtract({ days: back }));
      const orderBy = instantOf(cutoffDay, delivery.cutoffTime, timeZone);
      if (input.now >= orderBy) continue;
      const collect = nextOpenDate(input.servicePointHours, delivered);
      if (!collect) continue;
      const date = collect.toString();
      byDate.set(date, Math.max(orderBy, byDate.get(date) ?? orderBy));
    }
  }
  return [...byDate]
    .map(([date, orderBy]) => ({ date, orderBy }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(0, count);
}

/** The earliest date an order placed at `now` can be collected at the service point, or null. */
export function earliestServicePointPickup(
  input: ServicePointPickupInput,
): ServicePointPickup | null {
  return upcomingServicePointPickups(input, 1)[0] ?? null;
}

/**
 * The first instant an order placed at `now` is ready (after the preparation time) AND the
 * shop is open to hand it over; null when the shop opens on no day within the horizon.
 */
export function earliestShopPickup(
  input: ShopPickupInput,
): { readyAt: number; date: string } | null {
  const timeZone = input.timeZone ?? defaultTimeZone;
  const horizonDays = input.horizonDays ?? defaultHorizonDays;
  const prepared = input.now + input.preparationMinutes * 60_000;
  const firstDay = todayIn(prepared, timeZone);
  for (let offset = 0; offset <= horizonDays; offset++) {
    const day = firstDay.add({ days: offset });
    const intervals = [...intervalsOnDate(input.shopHours, day.toString(), day.dayOfWeek)].sort(
      (a, b) => (a.opens < b.opens ? -1 : 1),
    );
    for (const interval of intervals) {
      const closes = instantOf(day, interval.closes, timeZone);
      if (prepared >= closes) continue;
      const readyAt = Math.max(prepared, instantOf(day, interval.opens, timeZone));
      return { readyAt, date: todayIn(readyAt, timeZone).toString() };
    }
  }
  return null;
}
