import { type ActionFunctionArgs, Form, Link, useActionData, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api/auth-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readTexts } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';

const fieldNames = ['email'] as const;

async function requestResetAction({ request }: ActionFunctionArgs) {
  const values = readTexts(await request.formData(), fieldNames);
  const emptyFields = findEmptyFields(values, fieldNames);
  if (emptyFields) return { failure: emptyFields, sentTo: null };
  try {
    await requestPasswordReset(values);
    return { failure: null, sentTo: values.email.trim() };
  } catch (error) {
    return { failure: toFormFailure(error), sentTo: null };
  }
}

function ForgotPasswordPage() {
  const { t } = useTranslation();
  const result = useActionData<typeof requestResetAction>();
  const failure = result?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  return (
    <div className="page page--narrow">
      <PageHeading title={t('auth.forgot.title')} />
      <p>{t('auth.forgot.intro')}</p>
      <ErrorSummary failure={failure} fieldLabels={{ email: t('auth.email') }} />
      {/* Worded so that it never tells whether an account exists for the address. */}
      <StatusMessage
        message={result?.sentTo ? t('auth.forgot.sent', { email: result.sentTo }) : null}
        focusOnShow
      />
      <Form method="post" noValidate className="form">
        <TextField
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          required
          failure={failure}
        />
        <SubmitButton isBusy={isBusy}>{t('auth.forgot.submit')}</SubmitButton>
      </Form>
      <p>
        <Link to="/logga-in">{t('auth.forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}

export const route = { action: requestResetAction, Component: ForgotPasswordPage };
