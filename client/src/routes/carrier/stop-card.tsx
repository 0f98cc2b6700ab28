import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierDelivery, FailureReason } from '@e-galleria/shared/deliveries';
import { formatOre, oreToKronorText, parseKronorToOre } from '../../lib/money.ts';
import { formatPostalCode } from '../households/paths.ts';
import { telHref } from '../../lib/phone-link.ts';

/** One stop of the day: where, how to get in, what to leave and take, and what happened. */
export function StopCard({
  stop,
  number,
  isFirst,
  isLast,
  deliverFrom,
  onDeliver,
  onFail,
  onMove,
}: {
  stop: CarrierDelivery;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** The stop's day to come, as said ("tisdag 8 december"), when it cannot be recorded yet. */
  deliverFrom: string | null;
  onDeliver: (collectedOre: number | null, coolBagsReturned: number) => void;
  onFail: (reason: FailureReason) => void;
  onMove: (direction: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [amount, setAmount] = useState(oreToKronorText(stop.collectOre));
  const [bagsBack, setBagsBack] = useState(String(stop.coolBagsToCollect));
  const [amountError, setAmountError] = useState(false);
  const { recipient } = stop;
  const isOut = stop.status === 'out_for_delivery';

  function deliver() {
    const collectedOre = stop.collectOre > 0 ? parseKronorToOre(amount) : null;
    if (stop.collectOre > 0 && collectedOre === null) {
      setAmountError(true);
      return;
    }
    setAmountError(false);
    onDeliver(collectedOre, Math.max(0, Number.parseInt(bagsBack, 10) || 0));
  }

  return (
    <li className="carrier-stop" aria-labelledby={`${id}-name`}>
      <p className="carrier-stop__number">{t('deliveries.carrier.stop', { number })}</p>
      <h4 id={`${id}-name`} className="carrier-stop__name">
        {recipient.name}
      </h4>
      <p className="carrier-stop__address">
        {recipient.streetAddress}, {formatPostalCode(recipient.postalCode)} {recipient.village}
      </p>
      {recipient.doorCode ? (
        <p className="carrier-stop__door">
          {t('deliveries.carrier.doorCode', { code: recipient.doorCode })}
        </p>
      ) : null}
      {recipient.driverNote ? <p className="muted">{recipient.driverNote}</p> : null}
      <p>
        <a className="button button--secondary" href={telHref(recipient.phone)}>
          {t('deliveries.carrier.call', { phone: recipient.phone })}
        </a>
      </p>
      <p className="muted">{stop.shopName}</p>
      {stop.coolBags > 0 ? (
        <p className="carrier-stop__cold">
          {t('deliveries.carrier.coolBags', { count: stop.coolBags })}
        </p>
      ) : null}
      {stop.coolBagsToCollect > 0 ? (
        <p className="carrier-stop__cold">
          {t('deliveries.carrier.bagsToCollect', { count: stop.coolBagsToCollect })}
        </p>
      ) : null}
      <p className="carrier-stop__money">
        {stop.collectOre > 0
          ? t('deliveries.carrier.collect', { amount: formatOre(stop.collectOre) })
          : t('deliveries.carrier.paid')}
      </p>
      {isOut && deliverFrom !== null ? (
        // Recorded on its own day, not before: the server refuses it (409).
        <p className="muted">{t('deliveries.carrier.deliverFrom', { day: deliverFrom })}</p>
      ) : isOut ? (
        <div className="carrier-stop__actions">
          {stop.collectOre > 0 ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-amount`}>
                {t('deliveries.carrier.amountTaken')}
              </label>
              <input
                className="input"
                id={`${id}-amount`}
                inputMode="decimal"
                value={amount}
                aria-invalid={amountError}
                onChange={(event) => setAmount(event.target.value)}
              />
            </div>
          ) : null}
          {stop.coolBagsToCollect > 0 ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-bags`}>
                {t('deliveries.carrier.bagsReturned')}
              </label>
              <input
                className="input"
                id={`${id}-bags`}
                inputMode="numeric"
                value={bagsBack}
                onChange={(event) => setBagsBack(event.target.value)}
              />
            </div>
          ) : null}
          <button type="button" className="button" onClick={deliver}>
            {t('deliveries.carrier.delivered')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onFail('not_home')}
          >
            {t('deliveries.carrier.notHome')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onFail('refused')}
          >
            {t('deliveries.carrier.refused')}
          </button>
        </div>
      ) : (
        // Not yet in the carrier's hands (the shop has not handed it over, or sent it out
        // again for this day): said, instead of a stop without buttons and without a reason.
        <p className="muted">{t('deliveries.carrier.notHandedOver')}</p>
      )}
      <div className="carrier-stop__move">
        <button
          type="button"
          className="button button--secondary button--compact"
          disabled={isFirst}
          aria-label={t('deliveries.carrier.moveUp', { name: recipient.name })}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--secondary button--compact"
          disabled={isLast}
          aria-label={t('deliveries.carrier.moveDown', { name: recipient.name })}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
      </div>
    </li>
  );
}
