import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@e-galleria/shared/invitations';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';

export const inviteStaffIntent = 'invite-staff';

export function StaffPanel(props: {
  invitations: Invitation[];
  failure: FormFailure | null;
  sentTo: string | null;
}) {
  const { invitations, failure, sentTo } = props;
  const { t } = useTranslation();
  const isBusy = useNavigation().state === 'submitting';
  return (
    <section aria-labelledby="staff-heading" className="panel">
      <h2 id="staff-heading">{t('shops.owner.staffHeading')}</h2>
      <p>{t('shops.owner.staffIntro')}</p>
      <ErrorSummary failure={failure} fieldLabels={{ email: t('shops.owner.staffEmail') }} />
      <StatusMessage
        message={sentTo ? t('shops.owner.staffInvited', { email: sentTo }) : null}
        focusOnShow
      />
      <Form method="post" noValidate className="form" key={sentTo ?? 'new'}>
        <input type="hidden" name="intent" value={inviteStaffIntent} />
        <TextField
          name="email"
          type="email"
          label={t('shops.owner.staffEmail')}
          autoComplete="off"
          required
          failure={failure}
        />
        <SubmitButton isBusy={isBusy}>{t('shops.owner.inviteStaff')}</SubmitButton>
      </Form>
      {invitations.length === 0 ? (
        <p>{t('shops.owner.noStaff')}</p>
      ) : (
        <ul className="item-list">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="item-list__item">
              <span className="item-list__title">{invitation.email}</span>
              <span className={invitation.acceptedAt ? 'badge badge--success' : 'badge'}>
                {invitation.acceptedAt
                  ? t('shops.owner.staffAccepted')
                  : t('shops.owner.staffPending')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
