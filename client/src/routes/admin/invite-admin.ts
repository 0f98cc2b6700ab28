import { inviteMunicipalityAdmin } from '../../api/invitations-api.ts';
import { isSupportedLocale } from '../../i18n/i18n.ts';
import { readText, readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

/** Both admin pages host the invitation form; their actions route this intent here. */
export const inviteAdminIntent = 'invite-admin';

export type InviteAdminResult = {
  intent: typeof inviteAdminIntent;
  failure: FormFailure | null;
  sentTo: string | null;
};

export async function inviteAdminFromForm(formData: FormData): Promise<InviteAdminResult> {
  const values = readTexts(formData, ['email', 'locale'] as const);
  const emptyFields = findEmptyFields(values, ['email']);
  if (emptyFields) return { intent: inviteAdminIntent, failure: emptyFields, sentTo: null };
  try {
    const { invitation } = await inviteMunicipalityAdmin(readText(formData, 'municipalitySlug'), {
      email: values.email,
      locale: isSupportedLocale(values.locale) ? values.locale : 'sv',
    });
    return { intent: inviteAdminIntent, failure: null, sentTo: invitation.email };
  } catch (error) {
    return { intent: inviteAdminIntent, failure: toFormFailure(error), sentTo: null };
  }
}
