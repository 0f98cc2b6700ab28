import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { ServicePointOperator } from '@e-galleria/shared/service-points';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { InvitationList, InvitationLocaleField } from '../admin/invitations-panel.tsx';

export const inviteOperatorIntent = 'invite-operator';

/** Who runs the point now, and invitations for new operators (the admins' invitation list). */
export function OperatorsPanel(props: {
  operators: ServicePointOperator[];
  invitations: Invitation[];
  failure: FormFailure | null;
  sentTo: string | null;
}) {
  const { operators, invitations, failure, sentTo } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isBusy = useNavigation().state === 'submitting';
  const labels = {
    email: t('servicePoints.admin.inviteEmail'),
    locale: t('servicePoints.admin.inviteLocale'),
  };
  return (
    <section aria-labelledby="operators-heading" className="panel">
      <h2 id="operators-heading">{t('servicePoints.admin.operatorsHeading')}</h2>
      <p>{t('servicePoints.admin.operatorsIntro')}</p>
      {operators.length === 0 ? (
        <p>{t('servicePoints.admin.noOperators')}</p>
      ) : (
        <ul className="item-list">
          {operators.map((operator) => (
            <li key={operator.id} className="item-list__item">
              <span className="item-list__title">{operator.name}</span>
              <span>{operator.email}</span>
              <span>
                {t('servicePoints.admin.operatorSince', {
                  date: formatDateTime(operator.since, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('servicePoints.admin.inviteHeading')}</h3>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage
        message={sentTo ? t('servicePoints.admin.invited', { email: sentTo }) : null}
        focusOnShow
      />
      {/* A new key after each invitation empties the form for the next one. */}
      <Form method="post" noValidate className="form" key={sentTo ?? 'new'}>
        <input type="hidden" name="intent" value={inviteOperatorIntent} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          required
          failure={failure}
        />
        <InvitationLocaleField label={labels.locale} />
        <SubmitButton isBusy={isBusy}>{t('servicePoints.admin.invite')}</SubmitButton>
      </Form>
      <h3>{t('servicePoints.admin.invitationsHeading')}</h3>
      <InvitationList invitations={invitations} />
    </section>
  );
}
