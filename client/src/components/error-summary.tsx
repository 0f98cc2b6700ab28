import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, translateFieldError } from '../lib/field-error-message.ts';
import type { FormFailure } from '../lib/form-failure.ts';
import { useErrorCodeMessage } from './error-code-message.ts';

/**
 * The GOV.UK pattern: after a failed submit, focus lands on a summary that says what went
 * wrong and links to each field, so keyboard and screen-reader users find their way back.
 */
/** "Namn:" but "Varför nekar ni beställningen?" — a label that asks needs no colon after it. */
const labelled = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

export function ErrorSummary({
  failure,
  fieldLabels,
}: {
  failure: FormFailure | null;
  fieldLabels: Record<string, string>;
}) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A new object per failed submit, so focus returns here even when the error repeats.
    if (failure) ref.current?.focus();
  }, [failure]);
  if (!failure) return null;
  const fieldErrors = failure.fieldErrors.filter((error) => error.field in fieldLabels);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="error-summary"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summaryHeading')}
      </h2>
      {fieldErrors.length === 0 || failure.code !== 'validation_failed' ? (
        <p>{describeCode(failure)}</p>
      ) : null}
      {fieldErrors.length > 0 ? (
        <ul>
          {fieldErrors.map((error) => (
            <li key={`${error.field}-${error.code}`}>
              <a href={`#${fieldId(error.field)}`}>
                {labelled(fieldLabels[error.field] ?? '')} {translateFieldError(t, error)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
