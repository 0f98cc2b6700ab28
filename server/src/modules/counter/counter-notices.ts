import { perLocale } from '@e-galleria/shared/intl-locale-tags';
import type { Locale } from '@e-galleria/shared/locales';
import type { Transaction } from '../../db/database.ts';
import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { goneStatuses, isHandoverComplete } from '@e-galleria/shared/counter-rules';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { OpeningHours } from '@e-galleria/shared/shops';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { OrderLifecycle } from '../orders/lifecycle/order-lifecycle.service.ts';
import type { ServicePointDirectory } from '../service-points/service-point-directory.service.ts';
import type { CounterRepository, ParcelRow } from './counter.repository.ts';

export type NoticeDeps = {
  counter: CounterRepository;
  servicePoints: ServicePointDirectory;
  /** Status changes go through the orders module's lifecycle door. */
  lifecycle: OrderLifecycle;
  mail: MailService;
  publicUrl: string;
  now: () => number;
};

/** A text message to send once the transaction that decided it has committed. */
export type PendingSms = { to: string; text: string };

/** The last day in an SMS, short as a text message is: "fre 25 dec.", "Fri 25 Dec", "pe 25.12.". */
const smsDays = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }),
);
/** Without its own full stop ("dec.", "25.12."): the sentence puts one after it. */
const smsDay = (locale: Locale, date: string) =>
  smsDays[locale].format(new Date(`${date}T12:00:00Z`)).replace(/\.$/, '');

const smsTexts: Record<Locale, (place: string, code: string, lastDay: string) => string> = {
  sv: (place, code, lastDay) =>
    `Dina varor finns att hämta på ${place}. Hämtkod: ${code}. Hämta senast ${smsDay('sv', lastDay)}.`,
  en: (place, code, lastDay) =>
    `Your goods are ready at ${place}. Pickup code: ${code}. Collect by ${smsDay('en', lastDay)}.`,
  // The place stays in the nominative: a name's Finnish case ending needs its stem.
  fi: (place, code, lastDay) =>
    `Tuotteesi ovat noudettavissa palvelupisteessä ${place}. Noutokoodi: ${code}. Nouda viimeistään ${smsDay('fi', lastDay)}.`,
};

const orderLink = (deps: NoticeDeps, parcel: ParcelRow) =>
  `${deps.publicUrl}/bestallningar/${parcel.checkout_id}`;

/**
 * Called with the handover locked, after a parcel arrived (or a missing one was cancelled):
 * when every parcel still coming has arrived, all of them become ready together, the handover
 * gets its last day (the later of its pickup date and today, plus the point's hold days) and
 * the resident one ready notice — mail in this transaction, the SMS returned for afterwards.
 * `origin` is where the change that completed it came from: the check-in, or the minute job.
 */
export async function readyIfComplete(
  trx: Transaction,
  deps: NoticeDeps,
  handoverId: string,
  origin: RequestOrigin,
): Promise<{ isReady: boolean; sms: PendingSms | null }> {
  const handover = await deps.counter.findHandoverById(handoverId, trx);
  const point = handover && (await deps.servicePoints.find(handover.service_point_id, trx));
  const parcels = (await deps.counter.parcelsOfHandover(handoverId, trx)).filter(
    (parcel) => !goneStatuses.includes(parcel.status as OrderStatus),
  );
  const first = parcels[0];
  if (
    !handover ||
    !point ||
    !first ||
    !isHandoverComplete(parcels.map((parcel) => parcel.status as OrderStatus))
  )
    return { isReady: false, sms: null };
  for (const parcel of parcels.filter((candidate) => candidate.status === 'arrived'))
    await deps.lifecycle.apply(trx, {
      orderId: parcel.id,
      event: 'make_ready',
      by: { userId: null, kind: 'system' },
      origin,
    });
  const today = swedishDateOf(deps.now());
  const from = handover.pickup_date > today ? handover.pickup_date : today;
  // A handover made ready before keeps its first last day (markReady changes nothing then).
  const lastDay = addDays(from, point.hold_days);
  const isFirstReady = await deps.counter.markReady(handoverId, deps.now(), lastDay, trx);
  const finalDay = isFirstReady ? lastDay : (handover.last_day ?? lastDay);
  if (!(await deps.counter.claimNotice(handoverId, deps.now(), trx)))
    return { isReady: true, sms: null };
  const code = handover.code;
  const hours = JSON.parse(point.opening_hours) as OpeningHours;
  await deps.mail.enqueue(
    {
      to: first.contact_email,
      locale: first.locale,
      kind: 'pickup_ready',
      params: {
        name: first.contact_name,
        place: point.name,
        address: `${point.street_address}, ${point.postal_code} ${point.village}`,
        hours: hours.weekly,
        lastDay: finalDay,
        code,
        link: orderLink(deps, first),
      },
    },
    trx,
  );
  const phone = parcels.find((parcel) => parcel.contact_phone)?.contact_phone ?? null;
  return {
    isReady: true,
    sms: phone ? { to: phone, text: smsTexts[first.locale](point.name, code, finalDay) } : null,
  };
}

/** The day-before reminder of one handover, at most once (reminded_at is claimed first). */
export async function remindOnce(
  trx: Transaction,
  deps: NoticeDeps,
  handover: { id: string; service_point_id: string; code: string; last_day: string | null },
): Promise<boolean> {
  const waiting = (await deps.counter.parcelsOfHandover(handover.id, trx)).filter(
    (parcel) => parcel.status === 'ready_for_pickup',
  );
  const first = waiting[0];
  const point = await deps.servicePoints.find(handover.service_point_id, trx);
  if (!first || !point || handover.last_day === null) return false;
  if (!(await deps.counter.claimReminder(handover.id, deps.now(), trx))) return false;
  await deps.mail.enqueue(
    {
      to: first.contact_email,
      locale: first.locale,
      kind: 'pickup_reminder',
      params: {
        name: first.contact_name,
        place: point.name,
        lastDay: handover.last_day,
        code: handover.code,
        link: orderLink(deps, first),
      },
    },
    trx,
  );
  return true;
}
