import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canFire, eligibilityReasons } from '@e-galleria/shared/household-eligibility';
import type { ResidentHousehold } from '@e-galleria/shared/households';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { formatDecisionDay } from './household-dates.ts';

export const applyIntent = 'apply';
export const withdrawIntent = 'withdraw';

/** Where the household stands with the municipality, and asking (again) or taking it back. */
export function EligibilityPanel({
  household,
  failure,
}: {
  household: ResidentHousehold;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigation = useNavigation();
  const { eligibility } = household;
  const { status } = eligibility;
  const date = formatDecisionDay(eligibility.decidedAt ?? eligibility.appliedAt, locale);
  const isBusy = navigation.state === 'submitting';
  return (
    <section aria-labelledby="eligibility-heading" className="panel">
      <h2 id="eligibility-heading">{t('households.eligibility.heading')}</h2>
      <p>
        <span className={status === 'approved' ? 'badge badge--success' : 'badge'}>
          {t(`households.eligibility.badge.${status}`)}
        </span>
      </p>
      <p>{t(`households.eligibility.status.${status}`, { date })}</p>
      {eligibility.reason && status !== 'none' ? (
        <p>
          {t('households.eligibility.givenReason', {
            reason: t(`households.eligibility.reasons.${eligibility.reason}`),
          })}
        </p>
      ) : null}
      {eligibility.decisionReason ? (
        <p>{t('households.eligibility.decisionReason', { reason: eligibility.decisionReason })}</p>
      ) : null}
      <ErrorSummary
        failure={failure}
        fieldLabels={{ reason: t('households.eligibility.reasonLabel') }}
      />
      {canFire('apply', status) ? (
        <Form method="post" noValidate className="form">
          <input type="hidden" name="intent" value={applyIntent} />
          <SelectField
            name="reason"
            label={t('households.eligibility.reasonLabel')}
            hint={t('households.eligibility.reasonHint')}
            defaultValue=""
            required
            failure={failure}
            options={[
              { value: '', label: t('households.eligibility.reasonPlaceholder') },
              ...eligibilityReasons.map((reason) => ({
                value: reason,
                label: t(`households.eligibility.reasons.${reason}`),
              })),
            ]}
          />
          <SubmitButton isBusy={isBusy}>
            {status === 'none'
              ? t('households.eligibility.apply')
              : t('households.eligibility.applyAgain')}
          </SubmitButton>
        </Form>
      ) : null}
      {canFire('withdraw', status) ? (
        <Form method="post">
          <input type="hidden" name="intent" value={withdrawIntent} />
          <SubmitButton isBusy={isBusy} className="button button--secondary">
            {t('households.eligibility.withdraw')}
          </SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}
