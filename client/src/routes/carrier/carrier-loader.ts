import type { LoaderFunctionArgs } from 'react-router';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { isApiError } from '../../api/api-error.ts';
import { fetchCarrierDay } from '../../api/deliveries-api.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import {
  loadCarrierRef,
  loadCarrierSnapshot,
  saveCarrierRef,
  saveCarrierSnapshot,
  type CarrierRef,
  type CarrierSnapshot,
} from './carrier-queue.ts';

export type CarrierData = {
  carrier: CarrierRef | null;
  day: CarrierSnapshot;
  /** When the screen opened without a connection: the moment its list was saved. */
  offlineSince: number | null;
  /** Today in Sweden, when the screen opened: is the day shown today's? */
  today: string;
};

/**
 * The carrier's day for `?datum=` (today by default), as the server lets this driver see it;
 * without a connection, what the phone saved last time. Someone who does not drive for the
 * carrier gets a page saying so.
 */
export async function loadCarrierDay({ params, request }: LoaderFunctionArgs) {
  const slug = params.carrierSlug ?? '';
  const today = swedishDateOf(Date.now());
  const date = new URL(request.url).searchParams.get('datum') ?? today;
  const empty = { date, deliveries: [], runs: [] };
  const remembered = loadCarrierRef(slug);
  try {
    const day = await fetchCarrierDay(slug, date, request.signal);
    const carrier = { id: day.carrier.id, slug: day.carrier.slug, name: day.carrier.name };
    saveCarrierRef(carrier);
    const snapshot = { date: day.date, deliveries: day.deliveries, runs: day.runs };
    saveCarrierSnapshot(carrier.id, snapshot);
    return { carrier, day: snapshot, offlineSince: null, today } satisfies CarrierData;
  } catch (error) {
    if (isApiError(error, 'network_error') && remembered) {
      const snapshot = loadCarrierSnapshot(remembered.id);
      return {
        carrier: remembered,
        day: snapshot ?? empty,
        offlineSince: snapshot?.savedAt ?? null,
        today,
      } satisfies CarrierData;
    }
    if (isApiError(error, 'forbidden') || isApiError(error, 'not_found'))
      return { carrier: null, day: empty, offlineSince: null, today } satisfies CarrierData;
    return loginRedirectIfAnonymous(error, request);
  }
}
