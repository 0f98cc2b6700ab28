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
import { fetchMe, logIn } from '../../api/auth-api.ts';
import { listMyHouseholds } from '../../api/households-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { applyLocaleAfterLogIn } from '../../i18n/i18n.ts';
import { workPathOf } from '../../lib/admin-areas.ts';
import { readText, readTexts } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { safeReturnPath } from '../../lib/safe-return-path.ts';

const fieldNames = ['email', 'password'] as const;

async function logInAction({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const values = readTexts(formData, fieldNames);
  const emptyFields = findEmptyFields(values, fieldNames);
  if (emptyFields) return { failure: emptyFields };
  try {
    const { user } = await logIn(values);
    await applyLocaleAfterLogIn(user.locale);
    const returnPath = safeReturnPath(readText(formData, 'returnPath'));
    if (returnPath) return redirect(returnPath);
    // Without a page to return to, people with work here start where it waits, and a
    // resident in the galleria of their saved address (before, the region's page of all).
    const { roles } = await fetchMe();
    const workPath = workPathOf(roles);
    if (workPath !== '/') return redirect(workPath);
    const households = await listMyHouseholds().catch(() => null);
    const home = households?.items[0]?.municipality.slug;
    return redirect(home ? `/${home}` : '/');
  } catch (error) {
    return { failure: toFormFailure(error) };
  }
}

function LoginPage() {
  const { t } = useTranslation();
  const failure = useActionData<typeof logInAction>()?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const [searchParams] = useSearchParams();
  const returnPath = safeReturnPath(searchParams.get('fran'));
  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.login.title')} />
      <ErrorSummary
        failure={failure}
        fieldLabels={{ email: t('auth.email'), password: t('auth.password') }}
      />
      <Form method="post" noValidate className="form">
        {returnPath ? <input type="hidden" name="returnPath" value={returnPath} /> : null}
        <TextField
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          required
          failure={failure}
        />
        <TextField
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
          failure={failure}
        />
        <SubmitButton isBusy={isBusy}>{t('auth.login.submit')}</SubmitButton>
      </Form>
      <p>
        <Link to="/glomt-losenord">{t('auth.login.forgotPassword')}</Link>
      </p>
      <p>
        {t('auth.login.noAccount')} <Link to="/registrera">{t('auth.login.registerLink')}</Link>
      </p>
    </div>
  );
}

export const route = { action: logInAction, Component: LoginPage };
