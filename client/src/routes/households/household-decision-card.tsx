import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canFire } from '@e-galleria/shared/household-eligibility';
import type { MunicipalityHousehold } from '@e-galleria/shared/households';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextAreaField } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { formatDecisionDay } from './household-dates.ts';
import { formatPostalCode } from './paths.ts';
import { telHref } from '../../lib/phone-link.ts';

/** One reason field per card: its name (and so its id) carries the household's id. */
export const reasonFieldOf = (householdId: string) => `reason-${householdId}`;

/** A household as the municipality decides on it: address and eligibility, nothing bought. */
export function HouseholdDecisionCard({
  household,
  failure,
}: {
  household: MunicipalityHousehold;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigation = useNavigation();
  const isBusy = navigation.state === 'submitting';
  const { eligibility } = household;
  const headingId = `household-${household.id}`;
  const reasonField = reasonFieldOf(household.id);
  const decisionEvent: 'decline' | 'revoke' = canFire('revoke', eligibility.status)
    ? 'revoke'
    : 'decline';
  const reasonLabel =
    decisionEvent === 'revoke'
      ? t('households.admin.revokeReason')
      : t('households.admin.declineReason');
  const formProps = { household, event: decisionEvent, reasonLabel, headingId, failure, isBusy };
  return (
    <li className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{household.name}</h3>
      {household.isAddressChangedSinceDecision ? (
        <p className="badge">{t('households.admin.addressChanged')}</p>
      ) : null}
      <dl className="details-list">
        <dt>{t('households.admin.address')}</dt>
        <dd>
          {household.streetAddress}, {formatPostalCode(household.postalCode)} {household.village}
        </dd>
        <dt>{t('households.admin.phone')}</dt>
        <dd>
          <a href={telHref(household.phone)}>{household.phone}</a>
        </dd>
        {eligibility.reason ? (
          <>
            <dt>{t('households.admin.reason')}</dt>
            <dd>{t(`households.eligibility.reasons.${eligibility.reason}`)}</dd>
          </>
        ) : null}
        <dt>{t('households.admin.appliedAt')}</dt>
        <dd>{formatDecisionDay(eligibility.appliedAt, locale)}</dd>
        {eligibility.decidedAt ? (
          <>
            <dt>{t('households.admin.decision')}</dt>
            <dd>
              {t(`households.eligibility.badge.${eligibility.status}`)},{' '}
              {t('households.admin.decidedBy', {
                date: formatDecisionDay(eligibility.decidedAt, locale),
                name: eligibility.decidedBy ?? '–',
              })}
            </dd>
          </>
        ) : null}
        <dt>{t('households.admin.account')}</dt>
        <dd>
          {household.hasAccount
            ? t('households.admin.hasAccount')
            : t('households.admin.contactOnly')}
        </dd>
      </dl>
      {eligibility.decisionReason ? (
        <p>{t('households.eligibility.decisionReason', { reason: eligibility.decisionReason })}</p>
      ) : null}
      <ErrorSummary failure={failure} fieldLabels={{ [reasonField]: reasonLabel }} />
      {canFire('approve', eligibility.status) ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="householdId" value={household.id} />
          <input type="hidden" name="name" value={household.name} />
          <SubmitButton isBusy={isBusy} aria-describedby={headingId}>
            {t('households.admin.approve')}
          </SubmitButton>
        </Form>
      ) : null}
      {canFire('decline', eligibility.status) ? <ReasonForm {...formProps} /> : null}
      {canFire('revoke', eligibility.status) ? (
        // Ending an approval is rare: the form opens on request, or when it failed.
        <details open={failure !== null}>
          <summary>{t('households.admin.revokeOpen')}</summary>
          <ReasonForm {...formProps} />
        </details>
      ) : null}
    </li>
  );
}

/** Declining or revoking: a reason the household is mailed, then the button. */
function ReasonForm({
  household,
  event,
  reasonLabel,
  headingId,
  failure,
  isBusy,
}: {
  household: MunicipalityHousehold;
  event: 'decline' | 'revoke';
  reasonLabel: string;
  headingId: string;
  failure: FormFailure | null;
  isBusy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate className="form">
      <input type="hidden" name="intent" value={event} />
      <input type="hidden" name="householdId" value={household.id} />
      <input type="hidden" name="name" value={household.name} />
      <TextAreaField
        name={reasonFieldOf(household.id)}
        label={reasonLabel}
        hint={t('households.admin.reasonHint')}
        rows={3}
        maxLength={500}
        required
        failure={failure}
      />
      <SubmitButton
        isBusy={isBusy}
        className="button button--secondary"
        aria-describedby={headingId}
      >
        {event === 'revoke' ? t('households.admin.revoke') : t('households.admin.decline')}
      </SubmitButton>
    </Form>
  );
}
