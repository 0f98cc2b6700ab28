import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlatformFee } from '@e-galleria/shared/payments';
import { updatePlatformFee } from '../../api/payments-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import { useLocale } from '../../i18n/use-locale.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { basisPointsToPercentText, percentToBasisPoints } from '../../lib/percent.ts';

export const savePlatformFeeIntent = 'save-platform-fee';

export type SavePlatformFeeResult = {
  intent: typeof savePlatformFeeIntent;
  failure: FormFailure | null;
  savedAt: number | null;
};

// The input is named after the API field so the server's error lands next to it.
const field = 'feeBasisPoints';

export async function savePlatformFeeFromForm(formData: FormData): Promise<SavePlatformFeeResult> {
  const feeBasisPoints = percentToBasisPoints(readText(formData, field));
  if (feeBasisPoints === null) {
    const failure: FormFailure = {
      code: 'validation_failed',
      fieldErrors: [{ field, code: 'invalid_format', message: 'Not a percentage.' }],
      retryAfterSeconds: null,
    };
    return { intent: savePlatformFeeIntent, failure, savedAt: null };
  }
  try {
    await updatePlatformFee(readText(formData, 'municipalitySlug'), { feeBasisPoints });
    return { intent: savePlatformFeeIntent, failure: null, savedAt: Date.now() };
  } catch (error) {
    return { intent: savePlatformFeeIntent, failure: toFormFailure(error), savedAt: null };
  }
}

export function PlatformFeeForm(props: { municipalitySlug: string; platformFee: PlatformFee }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher<SavePlatformFeeResult>();
  const result = fetcher.data?.intent === savePlatformFeeIntent ? fetcher.data : null;
  const failure = result?.failure ?? null;
  const current = basisPointsToPercentText(
    props.platformFee.feeBasisPoints,
    intlLocaleTags[locale],
  );
  return (
    <section aria-labelledby="platform-fee-heading" className="panel">
      <h2 id="platform-fee-heading">{t('payments.fee.heading')}</h2>
      <p>{t('payments.fee.intro')}</p>
      <ErrorSummary failure={failure} fieldLabels={{ [field]: t('payments.fee.label') }} />
      <StatusMessage message={result?.savedAt ? t('payments.fee.saved') : null} focusOnShow />
      <fetcher.Form method="post" noValidate className="form form--inline">
        <input type="hidden" name="intent" value={savePlatformFeeIntent} />
        <input type="hidden" name="municipalitySlug" value={props.municipalitySlug} />
        <TextField
          name={field}
          label={t('payments.fee.label')}
          hint={t('payments.fee.hint')}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={current}
          failure={failure}
        />
        <SubmitButton isBusy={fetcher.state !== 'idle'}>{t('payments.fee.save')}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}
