import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierMonthReport } from '@e-galleria/shared/carrier-reports';
import type { FieldError } from '@e-galleria/shared/errors';
import { isApiError } from '../../api/api-error.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { SubmitButton } from '../../components/form-fields.tsx';
import { correctionFieldMessage } from './correction-messages.ts';

/** What the form's own fields say before sending: their errors, or the request to make. */
export type CorrectionRequest =
  { errors: FieldError[] } | { send: (reason: string) => Promise<{ report: CarrierMonthReport }> };

const fieldError = (field: string, code: string): FieldError => ({ field, code, message: code });

/**
 * The frame of a correction: the caller's fields, the required reason, save and cancel, and
 * each refusal beside its field (decision 0044). Sized for a thumb on a phone.
 */
export function CorrectionForm({
  title,
  fields,
  request,
  onSaved,
  onCancel,
}: {
  title: string;
  /** The fields being corrected, given the message for a field when it has one. */
  fields: (
    messageOf: (field: string) => string | null,
    idOf: (field: string) => string,
  ) => ReactNode;
  request: () => CorrectionRequest;
  onSaved: (report: CarrierMonthReport) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const id = useId();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const idOf = (field: string) => `${id}-${field}`;
  const messageOf = (field: string) => {
    const error = errors.find((each) => each.field === field);
    return error ? correctionFieldMessage(t, error) : null;
  };

  async function save() {
    setFailure(null);
    const built = request();
    const found = [
      ...('errors' in built ? built.errors : []),
      ...(reason.trim().length < 3 ? [fieldError('reason', 'required')] : []),
    ];
    setErrors(found);
    if (found.length > 0 || 'errors' in built) {
      document.getElementById(idOf(found[0]?.field ?? 'reason'))?.focus();
      return;
    }
    setBusy(true);
    try {
      onSaved((await built.send(reason.trim())).report);
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) setErrors(error.fieldErrors);
      else setFailure(describeCode({ code: isApiError(error) ? error.code : 'internal_error' }));
    } finally {
      setBusy(false);
    }
  }

  const reasonMessage = messageOf('reason');
  return (
    <form
      className="form correction-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {fields(messageOf, idOf)}
      <div className={reasonMessage ? 'field field--invalid' : 'field'}>
        <label htmlFor={idOf('reason')} className="field__label">
          {t('runCorrections.carrier.reason')}
        </label>
        <p id={`${idOf('reason')}-hint`} className="field__hint">
          {t('runCorrections.carrier.reasonHint')}
        </p>
        {reasonMessage ? (
          <p id={`${idOf('reason')}-error`} className="field__error">
            {reasonMessage}
          </p>
        ) : null}
        <textarea
          id={idOf('reason')}
          className="input"
          rows={3}
          maxLength={500}
          required
          aria-invalid={reasonMessage ? true : undefined}
          aria-describedby={[
            `${idOf('reason')}-hint`,
            reasonMessage ? `${idOf('reason')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {failure ? (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      ) : null}
      <div className="correction-form__actions">
        <SubmitButton isBusy={isBusy}>
          {isBusy ? t('runCorrections.carrier.saving') : t('runCorrections.carrier.save')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('runCorrections.carrier.cancel')}
        </button>
      </div>
    </form>
  );
}
