import { type ActionFunctionArgs, Form, Link, useActionData, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { register } from '../../api/auth-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { isSupportedLocale, supportedLocales } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { readTexts } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

const fieldNames = ['name', 'email', 'password', 'locale'] as const;
const requiredFieldNames = ['name', 'email', 'password'] as const;

/** The account is made by the mailed link (confirm-registration-page.tsx), not here. */
async function registerAction({ request }: ActionFunctionArgs) {
  const values = readTexts(await request.formData(), fieldNames);
  const emptyFields = findEmptyFields(values, requiredFieldNames);
  if (emptyFields) return { failure: emptyFields, sentTo: null };
  try {
    await register({
      name: values.name,
      email: values.email,
      password: values.password,
      locale: isSupportedLocale(values.locale) ? values.locale : 'sv',
    });
    return { failure: null, sentTo: values.email.trim() };
  } catch (error) {
    return { failure: toFormFailure(error), sentTo: null };
  }
}

function RegisterPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useActionData<typeof registerAction>();
  const failure = result?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const labels = {
    name: t('auth.name'),
    email: t('auth.email'),
    password: t('auth.password'),
    locale: t('auth.language'),
  };
  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.register.title')} />
      <p>{t('auth.register.intro')}</p>
      {/* Worded so that it never tells whether the address has an account already. */}
      <StatusMessage
        message={result?.sentTo ? t('auth.register.sent', { email: result.sentTo }) : null}
        focusOnShow
      />
      <ErrorSummary failure={failure} fieldLabels={labels} />
      {/* Sent: the filled form below the message invited a second press. */}
      {result?.sentTo ? null : (
        <Form method="post" noValidate className="form">
          <TextField
            name="name"
            label={labels.name}
            autoComplete="name"
            required
            failure={failure}
          />
          <TextField
            name="email"
            type="email"
            label={labels.email}
            autoComplete="email"
            required
            failure={failure}
          />
          <TextField
            name="password"
            type="password"
            label={labels.password}
            hint={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            failure={failure}
          />
          <SelectField
            name="locale"
            label={labels.locale}
            hint={t('auth.languageHint')}
            defaultValue={locale}
            failure={failure}
            options={supportedLocales.map((option) => ({
              value: option,
              label: t(`languageNames.${option}`),
              lang: option,
            }))}
          />
          <SubmitButton isBusy={isBusy}>{t('auth.register.submit')}</SubmitButton>
        </Form>
      )}
      <p>
        {t('auth.register.haveAccount')} <Link to="/logga-in">{t('auth.register.loginLink')}</Link>
      </p>
    </div>
  );
}

export const route = { action: registerAction, Component: RegisterPage };
