import { useTranslation } from 'react-i18next';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { ServicePointOperator } from '@e-galleria/shared/service-points';
import type { FormFailure } from '../../lib/form-failure.ts';
import { ScopePeoplePanel, type ScopePeopleTexts } from '../admin/scope-people-panel.tsx';

export const inviteOperatorIntent = 'invite-operator';

/** Who runs the point now, and invitations for new operators (the admins' invitation list). */
export function OperatorsPanel(props: {
  operators: ServicePointOperator[];
  invitations: Invitation[];
  failure: FormFailure | null;
  sentTo: string | null;
}) {
  const { t } = useTranslation();
  const texts: ScopePeopleTexts = {
    heading: t('servicePoints.admin.operatorsHeading'),
    intro: t('servicePoints.admin.operatorsIntro'),
    none: t('servicePoints.admin.noOperators'),
    since: (date) => t('servicePoints.admin.operatorSince', { date }),
    inviteHeading: t('servicePoints.admin.inviteHeading'),
    inviteEmail: t('servicePoints.admin.inviteEmail'),
    inviteLocale: t('servicePoints.admin.inviteLocale'),
    invite: t('servicePoints.admin.invite'),
    invited: (email) => t('servicePoints.admin.invited', { email }),
    invitationsHeading: t('servicePoints.admin.invitationsHeading'),
  };
  return (
    <ScopePeoplePanel
      id="operators"
      intent={inviteOperatorIntent}
      texts={texts}
      people={props.operators}
      invitations={props.invitations}
      failure={props.failure}
      sentTo={props.sentTo}
    />
  );
}
