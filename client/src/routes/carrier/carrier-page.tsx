import { useCallback, useEffect } from 'react';
import { Form, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CarrierDelivery, FailureReason } from '@e-galleria/shared/deliveries';
import { PageHeading } from '../../components/page-heading.tsx';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { installAppShell } from '../../lib/app-shell-worker.ts';
import { formatDateTime, formatSwedishDay } from '../../lib/format-date.ts';
import { loadCarrierDay } from './carrier-loader.ts';
import type {
  CarrierRef,
  CarrierSnapshot,
  PhoneRun,
  QueuedCarrierAction,
} from './carrier-queue.ts';
import { MonthReportPanel } from './month-report-panel.tsx';
import { RunPanel } from './run-panel.tsx';
import { StopCard } from './stop-card.tsx';
import { useCarrierDay } from './use-carrier-day.ts';

/** Stops kept together by zone, then village, in the order the driver drives them. */
function groupsOf(stops: readonly CarrierDelivery[]) {
  const groups: {
    key: string;
    zone: string;
    village: string;
    isNewZone: boolean;
    stops: CarrierDelivery[];
  }[] = [];
  for (const stop of stops) {
    const zone = stop.zoneName ?? '';
    const last = groups.at(-1);
    if (last && last.zone === zone && last.village === stop.recipient.village)
      last.stops.push(stop);
    else
      groups.push({
        key: `${stop.orderId}-group`,
        zone,
        village: stop.recipient.village,
        isNewZone: last?.zone !== zone,
        stops: [stop],
      });
  }
  return groups;
}

function QueueList({
  queue,
  onDismiss,
}: {
  queue: readonly QueuedCarrierAction[];
  onDismiss: (actionId: string) => void;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  if (queue.length === 0) return null;
  return (
    <section aria-labelledby="carrier-queue-heading" className="panel carrier-queue">
      <h2 id="carrier-queue-heading">{t('deliveries.carrier.queue.heading')}</h2>
      <ul className="carrier-queue__list">
        {queue.map((action) => (
          <li key={action.id}>
            <span>
              {action.kind === 'deliver'
                ? t('deliveries.carrier.queue.deliver', { name: action.name })
                : action.kind === 'fail'
                  ? t('deliveries.carrier.queue.fail', {
                      name: action.name,
                      outcome: t(`deliveries.carrier.done.${action.reason}`),
                    })
                  : action.kind === 'start_run'
                    ? t('deliveries.carrier.queue.start_run', { route: action.route })
                    : t('deliveries.carrier.queue.close_run')}
            </span>{' '}
            {action.failure ? (
              <>
                <span className="field__error">
                  {t('deliveries.carrier.queue.failed', { reason: describeCode(action.failure) })}
                </span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--compact"
                  onClick={() => onDismiss(action.id)}
                >
                  {t('deliveries.carrier.queue.dismiss')}
                </button>
              </>
            ) : (
              <span className="badge">{t('deliveries.carrier.queue.pending')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CarrierScreen({
  carrier,
  initial,
  offlineSince,
  today,
}: {
  carrier: CarrierRef;
  initial: CarrierSnapshot;
  offlineSince: number | null;
  today: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describeCode = useErrorCodeMessage();
  const day = useCarrierDay(carrier, initial);
  const { submit, stops, reorder } = day;
  // The day's list must open again on this phone without a connection.
  useEffect(() => {
    void installAppShell();
  }, []);
  const deliver = useCallback(
    (stop: CarrierDelivery, collectedOre: number | null, coolBagsReturned: number) =>
      void submit({
        id: crypto.randomUUID(),
        queuedAt: Date.now(),
        kind: 'deliver',
        orderId: stop.orderId,
        name: stop.recipient.name,
        collectedOre,
        coolBagsReturned,
      }),
    [submit],
  );
  const fail = useCallback(
    (stop: CarrierDelivery, reason: FailureReason) =>
      void submit({
        id: crypto.randomUUID(),
        queuedAt: Date.now(),
        kind: 'fail',
        orderId: stop.orderId,
        name: stop.recipient.name,
        reason,
      }),
    [submit],
  );
  const move = useCallback(
    (index: number, direction: -1 | 1) => {
      const ids = stops.map((stop) => stop.orderId);
      const target = index + direction;
      const moved = ids[index];
      const other = ids[target];
      if (moved === undefined || other === undefined) return;
      ids[index] = other;
      ids[target] = moved;
      void reorder(ids);
    },
    [reorder, stops],
  );
  const startRun = (route: string, vehicle: string) =>
    submit({
      id: crypto.randomUUID(),
      queuedAt: Date.now(),
      kind: 'start_run',
      date: day.date,
      route,
      vehicle,
      startedAt: Date.now(),
    });
  const closeRun = (run: PhoneRun, km: number) =>
    submit({
      id: crypto.randomUUID(),
      queuedAt: Date.now(),
      kind: 'close_run',
      runId: run.isPending && run.startId ? null : run.id,
      startId: run.startId,
      km,
      closedAt: Date.now(),
    });
  const numberOf = new Map(stops.map((stop, index) => [stop.orderId, index]));
  // A day still to come: its run is started, and its stops recorded, on the day (the server
  // refuses them before it); the page says when instead of offering the buttons.
  const dayToCome = day.date > today ? formatSwedishDay(day.date, locale) : null;
  return (
    <div className="page page--narrow carrier">
      {/* "Dagens" only for today: another day's page said so too. */}
      <PageHeading
        title={
          day.date === today
            ? t('deliveries.carrier.title', { carrier: carrier.name })
            : t('deliveries.carrier.titleOfDay', {
                carrier: carrier.name,
                day: formatSwedishDay(day.date, locale),
              })
        }
      />
      <p>{t('deliveries.carrier.intro')}</p>
      <p
        aria-live="polite"
        className={
          day.isOnline ? 'notice counter-connection' : 'notice notice--error counter-connection'
        }
      >
        {day.isOnline ? t('deliveries.carrier.online') : t('deliveries.carrier.offline')}
      </p>
      {offlineSince !== null && !day.isOnline ? (
        <p className="muted">
          {t('deliveries.carrier.loadedOffline', {
            time: formatDateTime(new Date(offlineSince).toISOString(), locale),
          })}
        </p>
      ) : null}
      <Form method="get" className="carrier-date">
        <div className="field">
          <label className="field__label" htmlFor="carrier-date">
            {t('deliveries.carrier.day')}
          </label>
          <input
            id="carrier-date"
            className="input"
            type="date"
            name="datum"
            defaultValue={day.date}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('deliveries.carrier.show')}
        </button>
      </Form>
      <QueueList queue={day.queue} onDismiss={day.dismiss} />
      {/* A run is driven to deliver: a day without deliveries (and no run) offers none. */}
      {day.hasDeliveries || day.runs.length > 0 ? (
        <RunPanel
          key={day.date}
          runs={day.runs}
          defaultRoute={stops[0]?.zoneName ?? ''}
          startsOn={dayToCome}
          onStart={startRun}
          onClose={closeRun}
        />
      ) : null}
      {stops.length === 0 ? <p>{t('deliveries.carrier.empty')}</p> : null}
      {groupsOf(stops).map((group) => (
        <section
          key={group.key}
          className="carrier-group"
          aria-label={`${group.zone} ${group.village}`}
        >
          {group.isNewZone && group.zone ? <h2>{group.zone}</h2> : null}
          <h3>{group.village}</h3>
          <ol className="carrier-stops">
            {group.stops.map((stop) => {
              const index = numberOf.get(stop.orderId) ?? 0;
              return (
                <StopCard
                  key={stop.orderId}
                  stop={stop}
                  number={index + 1}
                  isFirst={index === 0}
                  isLast={index === stops.length - 1}
                  deliverFrom={dayToCome}
                  onDeliver={(collectedOre, bags) => deliver(stop, collectedOre, bags)}
                  onFail={(reason) => fail(stop, reason)}
                  onMove={(direction) => move(index, direction)}
                />
              );
            })}
          </ol>
        </section>
      ))}
      {day.failure ? (
        <p role="alert" className="notice notice--error">
          {t('deliveries.carrier.refreshFailed', { reason: describeCode({ code: day.failure }) })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={day.isRefreshing}
        onClick={() => void day.refresh()}
      >
        {day.isRefreshing ? t('deliveries.carrier.refreshing') : t('deliveries.carrier.refresh')}
      </button>
      {offlineSince === null ? <MonthReportPanel slug={carrier.slug} /> : null}
    </div>
  );
}

function CarrierPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loadCarrierDay>();
  if (!data.carrier)
    return (
      <div className="page page--narrow">
        <PageHeading title={t('deliveries.carrier.notCarrier')} />
      </div>
    );
  return (
    <CarrierScreen
      key={`${data.carrier.id}-${data.day.date}`}
      carrier={data.carrier}
      initial={data.day}
      offlineSince={data.offlineSince}
      today={data.today}
    />
  );
}

export const route = { loader: loadCarrierDay, Component: CarrierPage };
