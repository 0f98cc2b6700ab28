import type { LoaderFunctionArgs } from 'react-router';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { isApiError } from '../../api/api-error.ts';
import { fetchMe } from '../../api/auth-api.ts';
import { listCounterParcels } from '../../api/counter-api.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import {
  loadPointRef,
  loadSnapshot,
  savePointRef,
  saveSnapshot,
  type CounterPointRef,
} from './counter-queue.ts';
import type { CounterList } from './use-counter.ts';

export type CounterData = {
  point: CounterPointRef | null;
  list: CounterList;
  /** When the screen opened without a connection: the moment its parcels were saved. */
  offlineSince: number | null;
};

const nothingToday = (): CounterList => {
  const today = swedishDateOf(Date.now());
  return { parcels: [], range: { from: today, until: today } };
};

/**
 * The operator's point comes from their own roles (so the slug in the URL cannot reach a
 * point they do not run), with its name; without a connection, from what the phone
 * remembered last time, parcels of the coming days included.
 */
export async function loadCounter({ params, request }: LoaderFunctionArgs) {
  const slug = params.servicePointSlug ?? '';
  const remembered = loadPointRef(slug);
  try {
    const { roles } = await fetchMe(request.signal);
    const role = roles.find(
      (candidate) =>
        candidate.role === 'service_point_operator' &&
        candidate.scope.type === 'service_point' &&
        candidate.scope.slug === slug,
    );
    if (!role)
      return { point: null, list: nothingToday(), offlineSince: null } satisfies CounterData;
    const found = await listCounterParcels(role.scope.id, request.signal);
    const point = { id: role.scope.id, name: role.scope.name ?? remembered?.name ?? slug };
    const list = { parcels: found.items, range: { from: found.from, until: found.until } };
    savePointRef(slug, point);
    saveSnapshot(point.id, list);
    return { point, list, offlineSince: null } satisfies CounterData;
  } catch (error) {
    if (isApiError(error, 'network_error') && remembered) {
      const snapshot = loadSnapshot(remembered.id);
      return {
        point: remembered,
        list: {
          parcels: snapshot?.parcels ?? [],
          range: snapshot?.range ?? nothingToday().range,
        },
        offlineSince: snapshot?.savedAt ?? null,
      } satisfies CounterData;
    }
    return loginRedirectIfAnonymous(error, request);
  }
}
