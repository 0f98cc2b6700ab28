import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CarrierStaff } from '@e-galleria/shared/home-delivery';
import type { Invitation } from '@e-galleria/shared/invitations';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { InvitationList, InvitationLocaleField } from '../admin/invitations-panel.tsx';

export const inviteStaffIntent = 'invite-staff';

/** Who drives for the carrier, and invitations for new drivers (like a service point's operators). */
export function CarrierStaffPanel(props: {
  staff: CarrierStaff[];
  invitations: Invitation[];
  failure: FormFailure | null;
  sentTo: string | null;
}) {
  const { staff, invitations, failure, sentTo } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isBusy = useNavigation().state === 'submitting';
  const labels = {
    email: t('homeDelivery.carrier.inviteEmail'),
    locale: t('homeDelivery.carrier.inviteLocale'),
  };
  return (
    <section aria-labelledby="staff-heading" className="panel">
      <h2 id="staff-heading">{t('homeDelivery.carrier.staffHeading')}</h2>
      <p>{t('homeDelivery.carrier.staffIntro')}</p>
      {staff.length === 0 ? (
        <p>{t('homeDelivery.carrier.noStaff')}</p>
      ) : (
        <ul className="item-list">
          {staff.map((person) => (
            <li key={person.id} className="item-list__item">
              <span className="item-list__title">{person.name}</span>
              <span>{person.email}</span>
              <span>
                {t('homeDelivery.carrier.staffSince', {
                  date: formatDateTime(person.since, locale),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('homeDelivery.carrier.inviteHeading')}</h3>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <StatusMessage
        message={sentTo ? t('homeDelivery.carrier.invited', { email: sentTo }) : null}
        focusOnShow
      />
      {/* A new key after each invitation empties the form for the next one. */}
      <Form method="post" noValidate className="form" key={sentTo ?? 'new'}>
        <input type="hidden" name="intent" value={inviteStaffIntent} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          required
          failure={failure}
        />
        <InvitationLocaleField label={labels.locale} />
        <SubmitButton isBusy={isBusy}>{t('homeDelivery.carrier.invite')}</SubmitButton>
      </Form>
      <h3>{t('homeDelivery.carrier.invitationsHeading')}</h3>
      <InvitationList invitations={invitations} />
    </section>
  );
}
