import { useCallback } from 'react';
import { type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CounterHandover, CounterParcel } from '@e-galleria/shared/counter';
import { isApiError } from '../../api/api-error.ts';
import { fetchMe } from '../../api/auth-api.ts';
import { listCounterParcels } from '../../api/counter-api.ts';
import { fetchPublicServicePoint } from '../../api/service-points-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { CheckInPanel } from './check-in-panel.tsx';
import {
  loadPointRef,
  loadSnapshot,
  savePointRef,
  saveSnapshot,
  type CounterPointRef,
} from './counter-queue.ts';
import { HandoverPanel } from './handover-panel.tsx';
import { ParcelLists } from './parcel-lists.tsx';
import { QueuePanel } from './queue-panel.tsx';
import { useCounter } from './use-counter.ts';

type CounterData = {
  point: CounterPointRef | null;
  parcels: CounterParcel[];
  /** When the screen opened without a connection: the moment its parcels were saved. */
  offlineSince: number | null;
};

/**
 * The operator's point comes from their own roles (so the slug in the URL cannot reach a
 * point they do not run); without a connection, from what the phone remembered last time.
 */
async function loadCounter({ params, request }: LoaderFunctionArgs) {
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
    if (!role) return { point: null, parcels: [], offlineSince: null } satisfies CounterData;
    const [list, page] = await Promise.all([
      listCounterParcels(role.scope.id, request.signal),
      fetchPublicServicePoint(slug, request.signal).catch(() => null),
    ]);
    const point = { id: role.scope.id, name: page?.servicePoint.name ?? remembered?.name ?? slug };
    savePointRef(slug, point);
    saveSnapshot(point.id, { parcels: list.items, date: list.date, savedAt: Date.now() });
    return { point, parcels: list.items, offlineSince: null } satisfies CounterData;
  } catch (error) {
    if (isApiError(error, 'network_error') && remembered) {
      const snapshot = loadSnapshot(remembered.id);
      return {
        point: remembered,
        parcels: snapshot?.parcels ?? [],
        offlineSince: snapshot?.savedAt ?? null,
      } satisfies CounterData;
    }
    return loginRedirectIfAnonymous(error, request);
  }
}

function CounterScreen({
  point,
  initialParcels,
  offlineSince,
}: {
  point: CounterPointRef;
  initialParcels: CounterParcel[];
  offlineSince: number | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counter = useCounter(point.id, initialParcels);
  const { submit } = counter;
  const checkIn = useCallback(
    (parcelCode: string) =>
      submit({ id: crypto.randomUUID(), queuedAt: Date.now(), kind: 'check_in', parcelCode }),
    [submit],
  );
  const sendBack = useCallback(
    (parcelCode: string) =>
      submit({ id: crypto.randomUUID(), queuedAt: Date.now(), kind: 'send_back', parcelCode }),
    [submit],
  );
  const confirm = useCallback(
    (handover: CounterHandover, paymentTakenOre: number) =>
      submit({
        id: crypto.randomUUID(),
        queuedAt: Date.now(),
        kind: 'confirm',
        handoverId: handover.id,
        orderIds: handover.parcels.map((parcel) => parcel.id),
        paymentTakenOre,
        residentName: handover.residentName,
      }),
    [submit],
  );
  return (
    <div className="page page--narrow counter">
      <PageHeading title={t('counter.title', { place: point.name })} />
      <p>{t('counter.intro')}</p>
      <p
        aria-live="polite"
        className={
          counter.isOnline ? 'notice counter-connection' : 'notice notice--error counter-connection'
        }
      >
        {counter.isOnline ? t('counter.online') : t('counter.offline')}
      </p>
      {offlineSince !== null && !counter.isOnline ? (
        <p className="muted">
          {t('counter.loadedOffline', {
            time: formatDateTime(new Date(offlineSince).toISOString(), locale),
          })}
        </p>
      ) : null}
      <QueuePanel queue={counter.queue} onDismiss={counter.dismiss} />
      <CheckInPanel parcels={counter.parcels} isOnline={counter.isOnline} onCheckIn={checkIn} />
      <HandoverPanel
        servicePointId={point.id}
        parcels={counter.parcels}
        isOnline={counter.isOnline}
        onConfirm={confirm}
      />
      <ParcelLists parcels={counter.parcels} onSendBack={sendBack} />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void counter.refresh()}
      >
        {t('counter.refresh')}
      </button>
    </div>
  );
}

function CounterPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loadCounter>();
  if (!data.point)
    return (
      <div className="page page--narrow">
        <PageHeading title={t('counter.notOperator')} />
      </div>
    );
  return (
    <CounterScreen
      key={data.point.id}
      point={data.point}
      initialParcels={data.parcels}
      offlineSince={data.offlineSince}
    />
  );
}

export const route = { loader: loadCounter, Component: CounterPage };
