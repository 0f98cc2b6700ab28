import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import type { CorrectableNote, CorrectableRun } from '@e-galleria/shared/run-corrections';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { formatOre, oreToKronorText, parseKronorToOre } from '../../lib/money.ts';
import { formatKilometres } from '../../lib/format-number.ts';
import { CorrectionForm } from './correction-form.tsx';
import { parseKm } from './correction-messages.ts';

// One run or one delivery of the month, with its correction form when open (decision 0044).

export function RunItem({
  run,
  isOpen,
  onToggle,
  send,
  onSaved,
}: {
  run: CorrectableRun;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  send: (km: number, reason: string) => Promise<{ report: CarrierMonthReport }>;
  onSaved: (report: CarrierMonthReport) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kmText = (km: number) => formatKilometres(km, locale);
  const [km, setKm] = useState(kmText(run.km));
  const label = t('runCorrections.carrier.run', {
    date: formatSwedishDay(run.date, locale),
    route: run.route,
    vehicle: run.vehicle,
    km: kmText(run.km),
  });
  return (
    <>
      <p className="correction-list__item">{label}</p>
      {isOpen ? (
        <CorrectionForm
          title={`${t('runCorrections.carrier.correctRun')}: ${label}`}
          fields={(messageOf, idOf) => (
            <SimpleField
              id={idOf('km')}
              label={t('runCorrections.carrier.km')}
              message={messageOf('km')}
              value={km}
              onChange={setKm}
            />
          )}
          request={() => {
            const parsed = parseKm(km);
            return parsed === null
              ? { errors: [{ field: 'km', code: 'invalid', message: 'invalid' }] }
              : { send: (reason) => send(parsed, reason) };
          }}
          onSaved={onSaved}
          onCancel={() => onToggle(false)}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => onToggle(true)}>
          {t('runCorrections.carrier.correctRun')}
        </button>
      )}
    </>
  );
}

export function NoteItem({
  note,
  isOpen,
  onToggle,
  send,
  onSaved,
}: {
  note: CorrectableNote;
  isOpen: boolean;
  onToggle: (isOpen: boolean) => void;
  send: (body: {
    delivered: boolean;
    collectedOre?: number;
    reason: string;
  }) => Promise<{ report: CarrierMonthReport }>;
  onSaved: (report: CarrierMonthReport) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [delivered, setDelivered] = useState(note.delivered);
  const [amount, setAmount] = useState(oreToKronorText(note.collectedOre ?? 0));
  const label = t('runCorrections.carrier.note', {
    date: formatSwedishDay(note.date, locale),
    household: note.householdName,
    village: note.village,
  });
  const collects = note.collectOre > 0;
  return (
    <>
      <p className="correction-list__item">
        {label}
        <br />
        {note.delivered
          ? t('runCorrections.carrier.delivered')
          : t('runCorrections.carrier.notDelivered')}
        {collects && note.collectedOre !== null
          ? ` · ${t('runCorrections.carrier.collected', { amount: formatOre(note.collectedOre) })}`
          : null}
      </p>
      {isOpen ? (
        <CorrectionForm
          title={`${t('runCorrections.carrier.correctNote')}: ${label}`}
          fields={(messageOf, idOf) => (
            <>
              <fieldset
                className="field"
                aria-describedby={messageOf('delivered') ? `${idOf('delivered')}-error` : undefined}
              >
                <legend className="field__label">{t('runCorrections.carrier.outcome')}</legend>
                {messageOf('delivered') ? (
                  <p id={`${idOf('delivered')}-error`} className="field__error">
                    {messageOf('delivered')}
                  </p>
                ) : null}
                {[true, false].map((option) => (
                  <label key={String(option)} className="choice">
                    <input
                      type="radio"
                      id={option ? idOf('delivered') : undefined}
                      name={idOf('delivered')}
                      checked={delivered === option}
                      onChange={() => setDelivered(option)}
                    />{' '}
                    {option
                      ? t('runCorrections.carrier.outcomeDelivered')
                      : t('runCorrections.carrier.outcomeNotDelivered')}
                  </label>
                ))}
              </fieldset>
              {collects ? (
                <SimpleField
                  id={idOf('collectedOre')}
                  label={t('runCorrections.carrier.collectedAmount')}
                  message={messageOf('collectedOre')}
                  value={amount}
                  onChange={setAmount}
                />
              ) : null}
            </>
          )}
          request={() => {
            const collectedOre = collects ? parseKronorToOre(amount) : null;
            if (collects && collectedOre === null)
              return { errors: [{ field: 'collectedOre', code: 'invalid', message: 'invalid' }] };
            const changesAmount = collectedOre !== null && collectedOre !== note.collectedOre;
            return {
              send: (reason) =>
                send({
                  delivered,
                  ...(changesAmount ? { collectedOre } : {}),
                  reason,
                }),
            };
          }}
          onSaved={onSaved}
          onCancel={() => onToggle(false)}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => onToggle(true)}>
          {t('runCorrections.carrier.correctNote')}
        </button>
      )}
    </>
  );
}

/** A decimal input with its label and message, for kilometres and kronor. */
function SimpleField({
  id,
  label,
  message,
  value,
  onChange,
}: {
  id: string;
  label: string;
  message: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className={message ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {message ? (
        <p id={`${id}-error`} className="field__error">
          {message}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        inputMode="decimal"
        required
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
