import { useTranslation } from 'react-i18next';
import type { CarrierStaff } from '@e-galleria/shared/home-delivery';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { FormFailure } from '../../lib/form-failure.ts';
import { ScopePeoplePanel, type ScopePeopleTexts } from '../admin/scope-people-panel.tsx';

export const inviteStaffIntent = 'invite-staff';

/** Who drives for the carrier, and invitations for new drivers (like a service point's operators). */
export function CarrierStaffPanel(props: {
  staff: CarrierStaff[];
  invitations: Invitation[];
  failure: FormFailure | null;
  sentTo: string | null;
}) {
  const { t } = useTranslation();
  const texts: ScopePeopleTexts = {
    heading: t('homeDelivery.carrier.staffHeading'),
    intro: t('homeDelivery.carrier.staffIntro'),
    none: t('homeDelivery.carrier.noStaff'),
    since: (date) => t('homeDelivery.carrier.staffSince', { date }),
    inviteHeading: t('homeDelivery.carrier.inviteHeading'),
    inviteEmail: t('homeDelivery.carrier.inviteEmail'),
    inviteLocale: t('homeDelivery.carrier.inviteLocale'),
    invite: t('homeDelivery.carrier.invite'),
    invited: (email) => t('homeDelivery.carrier.invited', { email }),
    invitationsHeading: t('homeDelivery.carrier.invitationsHeading'),
  };
  return (
    <ScopePeoplePanel
      id="staff"
      intent={inviteStaffIntent}
      texts={texts}
      people={props.staff}
      invitations={props.invitations}
      failure={props.failure}
      sentTo={props.sentTo}
    />
  );
}
