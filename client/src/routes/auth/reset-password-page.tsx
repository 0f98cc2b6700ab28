import {
  type ActionFunctionArgs,
  Form,
  Link,
  redirect,
  useActionData,
  useNavigation,
  useSearchParams,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { confirmPasswordReset } from '../../api/auth-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { showFlashNotice } from '../../lib/flash-notice.ts';
import { readTexts } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

const loginPath = '/logga-in';

async function resetPasswordAction({ request }: ActionFunctionArgs) {
  const values = readTexts(await request.formData(), ['token', 'password'] as const);
  const emptyFields = findEmptyFields(values, ['password']);
  if (emptyFields) return { failure: emptyFields };
  try {
    await confirmPasswordReset(values);
    // The server ends every session of the account, so the next step is always logging in.
    showFlashNotice({ messageKey: 'passwordChanged', path: loginPath });
    return redirect(loginPath);
  } catch (error) {
    return { failure: toFormFailure(error) };
  }
}

function ResetPasswordPage() {
  const { t } = useTranslation();
  const failure = useActionData<typeof resetPasswordAction>()?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const token = useSearchParams()[0].get('token');
  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.reset.title')} />
      {token ? (
        <>
          <ErrorSummary failure={failure} fieldLabels={{ password: t('auth.newPassword') }} />
          {failure?.code === 'invalid_token' ? (
            <p>
              <Link to="/glomt-losenord">{t('auth.reset.requestNew')}</Link>
            </p>
          ) : null}
          <Form method="post" noValidate className="form">
            <input type="hidden" name="token" value={token} />
            <TextField
              name="password"
              type="password"
              label={t('auth.newPassword')}
              hint={t('auth.passwordHint')}
              autoComplete="new-password"
              required
              failure={failure}
            />
            <SubmitButton isBusy={isBusy}>{t('auth.reset.submit')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <p>{t('auth.reset.missingToken')}</p>
          <p>
            <Link to="/glomt-losenord">{t('auth.reset.requestNew')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

export const route = { action: resetPasswordAction, Component: ResetPasswordPage };
