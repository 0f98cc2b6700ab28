import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierReportSummary } from '@e-galleria/shared/carrier-reports';
import type { FieldError } from '@e-galleria/shared/errors';
import { isApiError } from '../../api/api-error.ts';
import { forwardCarrierReport } from '../../api/carrier-reports-api.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { SubmitButton } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { correctionFieldMessage } from '../carrier/correction-messages.ts';

/**
 * An approved report's PDF mailed as it is to an address the admin types, e.g. the county
 * board's registry, with where it went before (decision 0044).
 */
export function ReportForward({
  slug,
  report,
  onForwarded,
}: {
  slug: string;
  report: CarrierReportSummary;
  onForwarded: (report: CarrierReportSummary) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describeCode = useErrorCodeMessage();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function send() {
    setFailure(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to.trim())) {
      setError({ field: 'to', code: 'invalid_format', message: 'invalid' });
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const body = { to: to.trim(), ...(message.trim() ? { message: message.trim() } : {}) };
      const forwarded = await forwardCarrierReport(slug, report.id, body);
      setSentTo(body.to);
      setOpen(false);
      setTo('');
      setMessage('');
      onForwarded(forwarded.report);
    } catch (caught) {
      const fieldError = isApiError(caught) ? caught.fieldErrors[0] : undefined;
      if (fieldError) setError(fieldError);
      else setFailure(describeCode({ code: isApiError(caught) ? caught.code : 'internal_error' }));
    } finally {
      setBusy(false);
    }
  }

  const errorText = error ? correctionFieldMessage(t, error) : null;
  return (
    <div className="report-forward">
      {report.forwards.length > 0 ? (
        <>
          <h4>{t('runCorrections.forward.history')}</h4>
          <ul>
            {report.forwards.map((forward) => (
              <li key={`${forward.to}-${forward.at}`}>
                {t('runCorrections.forward.entry', {
                  to: forward.to,
                  at: formatDateTime(forward.at, locale),
                  by: forward.by,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p role="status" className={sentTo ? 'notice' : 'visually-hidden'}>
        {sentTo ? t('runCorrections.forward.sent', { to: sentTo }) : ''}
      </p>
      {isOpen ? (
        <form
          className="form"
          aria-labelledby={`${id}-heading`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <h4 id={`${id}-heading`}>{t('runCorrections.forward.heading')}</h4>
          <div className={errorText ? 'field field--invalid' : 'field'}>
            <label htmlFor={`${id}-to`} className="field__label">
              {t('runCorrections.forward.to')}
            </label>
            <p id={`${id}-to-hint`} className="field__hint">
              {t('runCorrections.forward.toHint')}
            </p>
            {errorText ? (
              <p id={`${id}-to-error`} className="field__error">
                {errorText}
              </p>
            ) : null}
            <input
              id={`${id}-to`}
              className="input"
              type="email"
              autoComplete="email"
              required
              aria-invalid={errorText ? true : undefined}
              aria-describedby={`${id}-to-hint${errorText ? ` ${id}-to-error` : ''}`}
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-message`} className="field__label">
              {t('runCorrections.forward.message')}
            </label>
            <textarea
              id={`${id}-message`}
              className="input"
              rows={3}
              maxLength={1000}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
            />
          </div>
          {failure ? (
            <p role="alert" className="notice notice--error">
              {failure}
            </p>
          ) : null}
          <div className="correction-form__actions">
            <SubmitButton isBusy={isBusy}>
              {isBusy ? t('runCorrections.forward.sending') : t('runCorrections.forward.send')}
            </SubmitButton>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOpen(false)}
            >
              {t('runCorrections.forward.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSentTo(null);
            setOpen(true);
          }}
        >
          {t('runCorrections.forward.open')}
        </button>
      )}
    </div>
  );
}
