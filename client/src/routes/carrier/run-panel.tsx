import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishTime } from '../../lib/format-date.ts';
import { formatKilometres } from '../../lib/format-number.ts';
import type { PhoneRun } from './carrier-queue.ts';

/** The driver's run (körning): started with route and vehicle, closed with the kilometres. */
/** The most a run may be closed with (shared/src/deliveries.ts). */
const maxKm = 5000;

export function RunPanel({
  runs,
  defaultRoute,
  startsOn,
  onStart,
  onClose,
}: {
  runs: readonly PhoneRun[];
  defaultRoute: string;
  /** The day to come, as said ("tisdag 8 december"), when the run cannot start yet; else null. */
  startsOn: string | null;
  /** Settles once the action is sent, waits in the queue or was refused. */
  onStart: (route: string, vehicle: string) => Promise<unknown>;
  onClose: (run: PhoneRun, km: number) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [route, setRoute] = useState(defaultRoute);
  const [vehicle, setVehicle] = useState('');
  const [km, setKm] = useState('');
  const [kmError, setKmError] = useState(false);
  // While a start or a close is being sent: the other form, which takes the place of the one
  // just sent, waits for it too.
  const [isBusy, setBusy] = useState(false);
  const open = runs.find((run) => run.closedAt === null);
  const closed = runs.filter((run) => run.closedAt !== null);
  const kmValue = Number.parseFloat(km.replace(',', '.'));

  async function send(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="panel carrier-run">
      <h2 id={`${id}-heading`}>{t('deliveries.carrier.run.heading')}</h2>
      {closed.length > 0 ? (
        <ul className="carrier-run__list">
          {closed.map((run) => (
            <li key={run.id}>
              {t('deliveries.carrier.run.closed', {
                route: run.route,
                vehicle: run.vehicle,
                km: formatKilometres(run.km ?? 0, locale),
                count: run.deliveryCount,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            // Said beside the field: before, "abc" or -5 did nothing, and 99 999 came back from
            // the queue as "Några fält behöver rättas" (shared/src/deliveries.ts: 0–5 000).
            if (!/^\d+([.,]\d+)?$/.test(km.trim()) || kmValue > maxKm) {
              setKmError(true);
              return;
            }
            setKmError(false);
            void send(() => onClose(open, Math.round(kmValue * 10) / 10));
          }}
        >
          <p>
            {t('deliveries.carrier.run.open', {
              time: formatSwedishTime(new Date(open.startedAt).toISOString(), locale),
              route: open.route,
              vehicle: open.vehicle,
            })}
          </p>
          {open.isPending ? <p className="muted">{t('deliveries.carrier.run.waiting')}</p> : null}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-km`}>
              {t('deliveries.carrier.run.km')}
            </label>
            <input
              className="input"
              id={`${id}-km`}
              inputMode="decimal"
              required
              value={km}
              aria-invalid={kmError || undefined}
              aria-describedby={kmError ? `${id}-km-error` : undefined}
              onChange={(event) => setKm(event.target.value)}
            />
            {kmError ? (
              <p id={`${id}-km-error`} className="field__error" role="alert">
                {t('deliveries.carrier.run.kmInvalid')}
              </p>
            ) : null}
          </div>
          <SubmitButton isBusy={isBusy}>{t('deliveries.carrier.run.close')}</SubmitButton>
        </form>
      ) : startsOn !== null ? (
        // A run is started on its own day: the server refuses tomorrow's (409).
        <p className="muted">{t('deliveries.carrier.run.startOn', { day: startsOn })}</p>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (route.trim() && vehicle.trim())
              void send(() => onStart(route.trim(), vehicle.trim()));
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${id}-route`}>
              {t('deliveries.carrier.run.route')}
            </label>
            <input
              className="input"
              id={`${id}-route`}
              required
              maxLength={80}
              value={route}
              onChange={(event) => setRoute(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-vehicle`}>
              {t('deliveries.carrier.run.vehicle')}
            </label>
            <input
              className="input"
              id={`${id}-vehicle`}
              required
              maxLength={40}
              value={vehicle}
              onChange={(event) => setVehicle(event.target.value)}
            />
          </div>
          <SubmitButton isBusy={isBusy}>{t('deliveries.carrier.run.start')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
