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
import { confirmRegistration } from '../../api/auth-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { applyLocaleAfterLogIn } from '../../i18n/i18n.ts';
import { showFlashNotice } from '../../lib/flash-notice.ts';
import { readTexts } from '../../lib/form-data.ts';
import { toFormFailure } from '../../lib/form-failure.ts';

const landingPath = '/';

async function confirmRegistrationAction({ request }: ActionFunctionArgs) {
  const { token } = readTexts(await request.formData(), ['token'] as const);
  try {
    const { user } = await confirmRegistration({ token });
    await applyLocaleAfterLogIn(user.locale);
    showFlashNotice({ messageKey: 'accountCreated', path: landingPath });
    return redirect(landingPath);
  } catch (error) {
    return { failure: toFormFailure(error) };
  }
}

/**
 * Where the registration mail's link leads. The account is created by pressing the button,
 * not by opening the page: mail filters open links to check them, and must not create accounts.
 */
function ConfirmRegistrationPage() {
  const { t } = useTranslation();
  const failure = useActionData<typeof confirmRegistrationAction>()?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const token = useSearchParams()[0].get('token');
  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.confirmRegistration.title')} />
      {token ? (
        <>
          <ErrorSummary failure={failure} fieldLabels={{}} />
          {failure?.code === 'invalid_token' ? (
            <p>
              <Link to="/registrera">{t('auth.confirmRegistration.registerAgain')}</Link>
            </p>
          ) : null}
          {failure?.code === 'email_taken' ? (
            <p>
              <Link to="/logga-in">{t('auth.register.loginLink')}</Link>
            </p>
          ) : null}
          <p>{t('auth.confirmRegistration.intro')}</p>
          <Form method="post" noValidate className="form">
            <input type="hidden" name="token" value={token} />
            <SubmitButton isBusy={isBusy}>{t('auth.confirmRegistration.submit')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <p>{t('auth.confirmRegistration.missingToken')}</p>
          <p>
            <Link to="/registrera">{t('auth.confirmRegistration.registerAgain')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

export const route = { action: confirmRegistrationAction, Component: ConfirmRegistrationPage };
