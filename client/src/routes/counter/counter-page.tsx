import { useCallback, useEffect } from 'react';
import { useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CounterHandover } from '@e-galleria/shared/counter';
import { PageHeading } from '../../components/page-heading.tsx';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { installAppShell } from '../../lib/app-shell-worker.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { CheckInPanel } from './check-in-panel.tsx';
import { loadCounter } from './counter-loader.ts';
import { CounterNoticeView } from './counter-notice.tsx';
import type { CounterPointRef } from './counter-queue.ts';
import { HandoverPanel } from './handover-panel.tsx';
import { ParcelLists } from './parcel-lists.tsx';
import { QueuePanel } from './queue-panel.tsx';
import { useCounter, type CounterList } from './use-counter.ts';

function CounterScreen({
  point,
  initialList,
  offlineSince,
}: {
  point: CounterPointRef;
  initialList: CounterList;
  offlineSince: number | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describeCode = useErrorCodeMessage();
  const counter = useCounter(point.id, initialList);
  const { submit } = counter;
  // The counter must open again on this phone without a connection.
  useEffect(() => {
    void installAppShell();
  }, []);
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
      <ParcelLists
        parcels={counter.parcels}
        range={counter.range}
        today={counter.today}
        onSendBack={sendBack}
      />
      <CounterNoticeView
        notice={
          counter.refreshFailure
            ? {
                isError: true,
                text: t('counter.refreshFailed', {
                  reason: describeCode({ code: counter.refreshFailure }),
                }),
              }
            : null
        }
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={counter.isRefreshing}
        onClick={() => void counter.refresh()}
      >
        {counter.isRefreshing ? t('counter.refreshing') : t('counter.refresh')}
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
      initialList={data.list}
      offlineSince={data.offlineSince}
    />
  );
}

export const route = { loader: loadCounter, Component: CounterPage };
