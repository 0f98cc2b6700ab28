import {
  type ActionFunctionArgs,
  Form,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '@e-galleria/shared/invitations';
import { isApiError } from '../../api/api-error.ts';
import { acceptInvitation, previewInvitation } from '../../api/invitations-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { applyLocale } from '../../i18n/i18n.ts';
import { showFlashNotice } from '../../lib/flash-notice.ts';
import { readText } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { safeReturnPath } from '../../lib/safe-return-path.ts';

/** An unusable link is an expected outcome here, shown on the page rather than as an error. */
async function loadInvitation({
  params,
  request,
}: LoaderFunctionArgs): Promise<{ invitation: InvitationPreview | null }> {
  try {
    return await previewInvitation(params.token ?? '', request.signal);
  } catch (error) {
    if (isApiError(error, 'invalid_token') || isApiError(error, 'not_found'))
      return { invitation: null };
    throw error;
  }
}

async function acceptInvitationAction({ params, request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const hasAccount = readText(formData, 'hasAccount') === 'true';
  const values = { name: readText(formData, 'name'), password: readText(formData, 'password') };
  const emptyFields = findEmptyFields(values, hasAccount ? ['password'] : ['name', 'password']);
  if (emptyFields) return { failure: emptyFields };
  try {
    const accepted = await acceptInvitation(params.token ?? '', {
      password: values.password,
      ...(hasAccount ? {} : { name: values.name }),
    });
    await applyLocale(accepted.user.locale);
    const target = safeReturnPath(accepted.redirectTo) ?? '/';
    const scopeName = readText(formData, 'municipalityName');
    const scopeType = readText(formData, 'scopeType');
    showFlashNotice(
      scopeType === 'shop'
        ? { messageKey: 'shopInvitationAccepted', shop: scopeName, path: target }
        : scopeType === 'service_point'
          ? { messageKey: 'servicePointInvitationAccepted', servicePoint: scopeName, path: target }
          : { messageKey: 'invitationAccepted', municipality: scopeName, path: target },
    );
    return redirect(target);
  } catch (error) {
    return { failure: toFormFailure(error) };
  }
}

function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { invitation } = useLoaderData<typeof loadInvitation>();
  if (!invitation) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t('invitation.title')} />
        <p role="alert">{t('invitation.invalid')}</p>
      </div>
    );
  }
  return <InvitationForm invitation={invitation} />;
}

function InvitationForm({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const failure = useActionData<typeof acceptInvitationAction>()?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const labels = { name: t('auth.name'), password: t('auth.password') };
  return (
    <div className="page page--narrow">
      <PageHeading title={t('invitation.title')} />
      <p className="lead">
        {t('invitation.intro', {
          role: t(`roles.${invitation.role}`),
          municipality: invitation.scope.name,
        })}
      </p>
      <p>{t('invitation.invitedEmail', { email: invitation.email })}</p>
      <p>
        {invitation.hasAccount
          ? t('invitation.existingAccountIntro')
          : t('invitation.newAccountIntro')}
      </p>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="hasAccount" value={String(invitation.hasAccount)} />
        <input type="hidden" name="municipalityName" value={invitation.scope.name} />
        <input type="hidden" name="scopeType" value={invitation.scope.type} />
        {invitation.hasAccount ? null : (
          <TextField
            name="name"
            label={labels.name}
            autoComplete="name"
            required
            failure={failure}
          />
        )}
        <TextField
          name="password"
          type="password"
          label={labels.password}
          hint={invitation.hasAccount ? undefined : t('auth.passwordHint')}
          autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'}
          required
          failure={failure}
        />
        <SubmitButton isBusy={isBusy}>{t('invitation.submit')}</SubmitButton>
      </Form>
    </div>
  );
}

export const route = {
  loader: loadInvitation,
  action: acceptInvitationAction,
  Component: AcceptInvitationPage,
};
