import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterHandover, CounterParcel } from '@e-galleria/shared/counter';
import { amountDueOre } from '@e-galleria/shared/counter-rules';
import { orderStatuses } from '@e-galleria/shared/order-status';
import { isApiError } from '../../api/api-error.ts';
import { lookUpHandover } from '../../api/counter-api.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { SubmitButton } from '../../components/form-fields.tsx';
import { formatOre, oreToKronorText, parseKronorToOre } from '../../lib/money.ts';
import { handoversFittingCode, type QueuedAction } from './counter-queue.ts';
import { CounterNoticeView, type CounterNotice } from './counter-notice.tsx';
import { ParcelLine } from './parcel-line.tsx';
import type { SubmitOutcome } from '../../lib/offline-queue.ts';

export function HandoverPanel({
  servicePointId,
  parcels,
  isOnline,
  onConfirm,
}: {
  servicePointId: string;
  parcels: CounterParcel[];
  isOnline: boolean;
  onConfirm: (handover: CounterHandover, paymentTakenOre: number) => Promise<SubmitOutcome>;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const [code, setCode] = useState('');
  const [handover, setHandover] = useState<CounterHandover | null>(null);
  // Offline, when a code fits more than one loaded handover: the operator picks one.
  const [candidates, setCandidates] = useState<CounterHandover[]>([]);
  const [payment, setPayment] = useState('');
  // Less taken than is due: handed over only once the operator says so (a tick, not a second
  // click, which a double click would give).
  const [shortOre, setShortOre] = useState<number | null>(null);
  const [isShortAccepted, setShortAccepted] = useState(false);
  const [notice, setNotice] = useState<CounterNotice>(null);
  const [isBusy, setBusy] = useState(false);
  // The screen's own parcels follow queued actions; a handover found earlier is shown as they are.
  const shown = handover && {
    ...handover,
    parcels: handover.parcels.map(
      (parcel) => parcels.find((candidate) => candidate.id === parcel.id) ?? parcel,
    ),
  };
  const ready = shown?.parcels.filter((parcel) => parcel.status === 'ready_for_pickup') ?? [];

  async function find(event: SyntheticEvent) {
    event.preventDefault();
    const typed = code.replace(/\s+/g, '');
    // Six digits (shared/src/counter.ts); anything else said "Några fält behöver rättas".
    if (!/^\d{6}$/.test(typed)) {
      setNotice({ isError: true, text: t('counter.handover.codeFormat') });
      return;
    }
    setBusy(true);
    setNotice(null);
    setCandidates([]);
    let found: CounterHandover | null = null;
    const findOffline = async () => {
      const loaded = await handoversFittingCode(parcels, typed);
      if (loaded.length === 0)
        setNotice({ isError: true, text: t('counter.handover.notFoundOffline') });
      if (loaded.length > 1) setCandidates(loaded);
      return loaded.length === 1 ? (loaded[0] ?? null) : null;
    };
    try {
      found = isOnline
        ? (await lookUpHandover(servicePointId, typed)).handover
        : await findOffline();
    } catch (error) {
      if (isApiError(error, 'network_error')) found = await findOffline();
      else if (isApiError(error, 'not_found'))
        setNotice({ isError: true, text: t('counter.handover.notFound') });
      else if (isApiError(error)) setNotice({ isError: true, text: describeCode(error) });
      else throw error;
    } finally {
      setBusy(false);
    }
    show(found);
  }

  function show(found: CounterHandover | null) {
    setHandover(found);
    setShortOre(null);
    setShortAccepted(false);
    if (found)
      setPayment(
        oreToKronorText(
          amountDueOre(found.parcels.filter((parcel) => parcel.status === 'ready_for_pickup')),
        ),
      );
  }

  /** The server names each parcel that is no longer ready by its place in `orderIds`. */
  function conflictText(failure: NonNullable<QueuedAction['failure']>) {
    const names = failure.fieldErrors.flatMap((error) => {
      const parcel = ready[Number(error.field.split('.')[1])];
      const status = orderStatuses.find((candidate) => candidate === error.code);
      const label = status ? t(`orders.status.${status}`) : error.code;
      return parcel ? [`${parcel.shop.name} ${parcel.parcelCode} (${label})`] : [];
    });
    return names.length > 0
      ? t('counter.handover.conflict', { parcels: names.join(', ') })
      : describeCode(failure);
  }

  async function confirm(event: SyntheticEvent) {
    event.preventDefault();
    if (!shown) return;
    const paymentTakenOre = parseKronorToOre(payment === '' ? '0' : payment);
    if (paymentTakenOre === null) {
      setNotice({ isError: true, text: t('counter.handover.invalidPayment') });
      return;
    }
    const dueOre = amountDueOre(ready);
    if (paymentTakenOre < dueOre && !isShortAccepted) {
      setShortOre(dueOre - paymentTakenOre);
      setNotice({
        isError: true,
        text: t('counter.handover.shortPayment', {
          missing: formatOre(dueOre - paymentTakenOre),
          due: formatOre(dueOre),
          taken: formatOre(paymentTakenOre),
        }),
      });
      return;
    }
    setBusy(true);
    const outcome = await onConfirm({ ...shown, parcels: ready }, paymentTakenOre);
    setBusy(false);
    const name = shown.residentName;
    if (outcome === 'sent' || outcome === 'queued') {
      setHandover(null);
      setCode('');
      setNotice({
        isError: false,
        text: t(outcome === 'sent' ? 'counter.handover.done' : 'counter.handover.queued', { name }),
      });
    } else setNotice({ isError: true, text: conflictText(outcome) });
  }

  return (
    <section aria-labelledby="handover-heading" className="panel counter-panel">
      <h2 id="handover-heading">{t('counter.handover.heading')}</h2>
      <form className="form" onSubmit={(event) => void find(event)} noValidate>
        <div className="field">
          <label htmlFor="handover-code" className="field__label">
            {t('counter.handover.code')}
          </label>
          <p id="handover-code-hint" className="field__hint">
            {t('counter.handover.hint')}
          </p>
          <input
            id="handover-code"
            className="input counter-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            inputMode="numeric"
            autoComplete="off"
            aria-describedby="handover-code-hint"
            required
          />
        </div>
        <button type="submit" className="button" disabled={isBusy}>
          {t('counter.handover.find')}
        </button>
      </form>
      <CounterNoticeView notice={notice} />
      {candidates.length > 1 && !shown ? (
        <div className="counter-candidates">
          <p>{t('counter.handover.severalOffline')}</p>
          <ul className="inline-list">
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setCandidates([]);
                    show(candidate);
                  }}
                >
                  {t('counter.handover.resident', { name: candidate.residentName })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {shown ? (
        <form
          className="form counter-handover"
          onSubmit={(event) => void confirm(event)}
          noValidate
        >
          <h3>{t('counter.handover.resident', { name: shown.residentName })}</h3>
          <ul className="counter-parcels">
            {shown.parcels.map((parcel) => (
              <ParcelLine key={parcel.id} parcel={parcel} />
            ))}
          </ul>
          {ready.length === 0 ? (
            // Nothing to hand over, nothing to pay: no amount field and no "Lämna ut 0 paket".
            <p>
              {t(
                shown.parcels.every((parcel) => parcel.status === 'collected')
                  ? 'counter.handover.alreadyCollected'
                  : 'counter.handover.nothingReady',
              )}
            </p>
          ) : (
            <>
              <p className="counter-amount">
                {t('counter.handover.amountDue', { amount: formatOre(amountDueOre(ready)) })}
              </p>
              <div className="field">
                <label htmlFor="handover-payment" className="field__label">
                  {t('counter.handover.paymentTaken')}
                </label>
                <p id="handover-payment-hint" className="field__hint">
                  {t('counter.handover.paymentHint')}
                </p>
                <input
                  id="handover-payment"
                  className="input input--compact"
                  value={payment}
                  onChange={(event) => {
                    setPayment(event.target.value);
                    setShortOre(null);
                    setShortAccepted(false);
                  }}
                  inputMode="decimal"
                  aria-describedby="handover-payment-hint"
                />
              </div>
              {shortOre !== null ? (
                <div className="field field--checkbox">
                  <input
                    id="handover-short"
                    type="checkbox"
                    checked={isShortAccepted}
                    onChange={(event) => setShortAccepted(event.target.checked)}
                  />
                  <label htmlFor="handover-short">
                    {t('counter.handover.shortAccepted', { missing: formatOre(shortOre) })}
                  </label>
                </div>
              ) : null}
            </>
          )}
          <div className="actions-row inline-list">
            {ready.length > 0 ? (
              <SubmitButton isBusy={isBusy}>
                {t('counter.handover.confirm', { count: ready.length })}
              </SubmitButton>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setHandover(null)}
            >
              {t('counter.handover.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
