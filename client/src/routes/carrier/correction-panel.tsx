import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import type {
  CorrectableMonth,
  CorrectableNote,
  CorrectableRun,
} from '@e-galleria/shared/run-corrections';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import { correctNote, correctRun, fetchCorrectableMonth } from '../../api/carrier-reports-api.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatOre, oreToKronorText, parseKronorToOre } from '../../lib/money.ts';
import { CorrectionForm } from './correction-form.tsx';
import { parseKm } from './correction-messages.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; code: ApiErrorCode }
  | { kind: 'ready'; month: CorrectableMonth };

/** Which run or note has its form open: one at a time, so a phone shows one form. */
type Open = { kind: 'run'; id: string } | { kind: 'note'; id: string } | null;

/**
 * The carrier corrects a wrong run or delivery of a month not yet submitted, or returned
 * (decision 0044): each with a reason, kept in the history the municipality sees.
 */
export function CorrectionPanel({
  slug,
  month,
  onCorrected,
}: {
  slug: string;
  month: string;
  onCorrected: (report: CarrierMonthReport) => void;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchCorrectableMonth(slug, month, controller.signal).then(
      (correctable) => setState({ kind: 'ready', month: correctable }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', code: isApiError(error) ? error.code : 'internal_error' });
      },
    );
    return () => controller.abort();
  }, [slug, month, generation]);

  const done = (report: CarrierMonthReport) => {
    setOpen(null);
    setSaved(true);
    setGeneration((value) => value + 1);
    onCorrected(report);
  };
  const toggle = (next: Open) => {
    setSaved(false);
    setOpen(next);
  };

  return (
    <div className="correction-panel">
      <h3>{t('runCorrections.carrier.heading')}</h3>
      <p className="muted">{t('runCorrections.carrier.intro')}</p>
      <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
        {saved ? t('runCorrections.carrier.saved') : ''}
      </p>
      {state.kind === 'loading' ? (
        <p>{t('runCorrections.carrier.loading')}</p>
      ) : state.kind === 'failed' ? (
        <p role="alert" className="notice notice--error">
          {t('runCorrections.carrier.loadFailed', { reason: describeCode({ code: state.code }) })}
        </p>
      ) : (
        <>
          <h4>{t('runCorrections.carrier.runs')}</h4>
          {state.month.runs.length === 0 ? (
            <p className="muted">{t('runCorrections.carrier.noRuns')}</p>
          ) : (
            <ul className="correction-list">
              {state.month.runs.map((run) => (
                <li key={run.id}>
                  <RunItem
                    run={run}
                    isOpen={open?.kind === 'run' && open.id === run.id}
                    onToggle={(isOpen) => toggle(isOpen ? { kind: 'run', id: run.id } : null)}
                    send={(km, reason) => correctRun(slug, month, run.id, { km, reason })}
                    onSaved={done}
                  />
                </li>
              ))}
            </ul>
          )}
          {/* A month has many deliveries: folded, so the runs and the submit stay near. */}
          <details className="correction-details">
            <summary>
              {t('runCorrections.carrier.notesSummary', { count: state.month.notes.length })}
            </summary>
            {state.month.notes.length === 0 ? (
              <p className="muted">{t('runCorrections.carrier.noNotes')}</p>
            ) : (
              <ul className="correction-list">
                {state.month.notes.map((note) => (
                  <li key={note.orderId}>
                    <NoteItem
                      note={note}
                      isOpen={open?.kind === 'note' && open.id === note.orderId}
                      onToggle={(isOpen) =>
                        toggle(isOpen ? { kind: 'note', id: note.orderId } : null)
                      }
                      send={(body) => correctNote(slug, month, note.orderId, body)}
                      onSaved={done}
                    />
                  </li>
                ))}
              </ul>
            )}
          </details>
        </>
      )}
    </div>
  );
}

const kmFormats = {
  sv: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

function RunItem({
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
  const kmText = (km: number) => kmFormats[locale].format(km);
  const [km, setKm] = useState(kmText(run.km));
  const label = t('runCorrections.carrier.run', {
    date: run.date,
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

function NoteItem({
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
  const [delivered, setDelivered] = useState(note.delivered);
  const [amount, setAmount] = useState(oreToKronorText(note.collectedOre ?? 0));
  const label = t('runCorrections.carrier.note', {
    date: note.date,
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
