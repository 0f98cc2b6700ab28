import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  useFetcher,
  useLoaderData,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '@e-galleria/shared/roles';
import { fetchMe, updateMe } from '../../api/auth-api.ts';
import { listOwnServiceRequests } from '../../api/service-requests-api.ts';
import { OwnServiceRequests } from './own-service-requests.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { applyLocale, isSupportedLocale, supportedLocales } from '../../i18n/i18n.ts';
import { readTexts } from '../../lib/form-data.ts';
import { findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';

async function loadAccount({ request }: LoaderFunctionArgs) {
  try {
    const [me, requests] = await Promise.all([
      fetchMe(request.signal),
      listOwnServiceRequests(request.signal),
    ]);
    return { ...me, serviceRequests: requests.items };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function saveAccountAction({ request }: ActionFunctionArgs) {
  const values = readTexts(await request.formData(), ['name', 'locale'] as const);
  const emptyFields = findEmptyFields(values, ['name']);
  if (emptyFields) return { failure: emptyFields, savedAt: null };
  try {
    const { user } = await updateMe({
      name: values.name,
      ...(isSupportedLocale(values.locale) ? { locale: values.locale } : {}),
    });
    await applyLocale(user.locale);
    return { failure: null, savedAt: Date.now() };
  } catch (error) {
    return { failure: toFormFailure(error), savedAt: null };
  }
}

function AccountPage() {
  const { t } = useTranslation();
  const { user, roles, serviceRequests } = useLoaderData<typeof loadAccount>();
  const fetcher = useFetcher<typeof saveAccountAction>();
  const failure = fetcher.data?.failure ?? null;
  const labels = { name: t('auth.name'), locale: t('auth.language') };
  return (
    <div className="page page--narrow">
      <PageHeading title={t('account.title')} />
      <p>
        <Link to="/konto/bestallningar">{t('orders.myOrdersTitle')}</Link>
      </p>
      <p>
        <Link to="/konto/adresser">{t('households.accountLink')}</Link>
      </p>
      {roles
        .filter((role) => role.role === 'service_point_operator' && role.scope.slug)
        .map((role) => (
          <p key={role.scope.id}>
            <Link to={`/konto/ombud/${role.scope.slug ?? ''}`}>
              {t('counter.accountLink', { place: role.scope.name ?? role.scope.slug })}
            </Link>
          </p>
        ))}
      {roles
        .filter((role) => role.role === 'carrier' && role.scope.slug)
        .map((role) => (
          <p key={role.scope.id}>
            <Link to={`/konto/bud/${role.scope.slug ?? ''}`}>
              {t('deliveries.carrier.accountLink', { carrier: role.scope.name ?? role.scope.slug })}
            </Link>
          </p>
        ))}
      {serviceRequests.length > 0 ? <OwnServiceRequests requests={serviceRequests} /> : null}
      <section aria-labelledby="account-details-heading" className="panel">
        <h2 id="account-details-heading">{t('account.detailsHeading')}</h2>
        <ErrorSummary failure={failure} fieldLabels={labels} />
        <StatusMessage message={fetcher.data?.savedAt ? t('account.saved') : null} focusOnShow />
        <dl className="details-list">
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </dl>
        <fetcher.Form method="post" noValidate className="form">
          <TextField
            name="name"
            label={labels.name}
            defaultValue={user.name}
            autoComplete="name"
            required
            failure={failure}
          />
          <SelectField
            name="locale"
            label={labels.locale}
            hint={t('auth.languageHint')}
            defaultValue={user.locale}
            failure={failure}
            options={supportedLocales.map((locale) => ({
              value: locale,
              label: t(`languageNames.${locale}`),
              lang: locale,
            }))}
          />
          <SubmitButton isBusy={fetcher.state !== 'idle'}>{t('account.save')}</SubmitButton>
        </fetcher.Form>
      </section>
      <section aria-labelledby="account-roles-heading" className="panel">
        <h2 id="account-roles-heading">{t('account.rolesHeading')}</h2>
        <RoleList roles={roles} />
      </section>
      <Form method="post" action="/logga-ut">
        <button type="submit" className="button button--secondary">
          {t('account.logout')}
        </button>
      </Form>
    </div>
  );
}

function RoleList({ roles }: { roles: RoleAssignment[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <p>{t('account.noRoles')}</p>;

  function scopeName({ scope }: RoleAssignment): string {
    if (scope.type === 'region') return t('account.wholeRegion');
    return scope.name ?? scope.slug ?? scope.id;
  }

  return (
    <ul>
      {roles.map((assignment) => (
        <li key={`${assignment.role}-${assignment.scope.id}`}>
          {t('account.roleInScope', {
            role: t(`roles.${assignment.role}`),
            scope: scopeName(assignment),
          })}
        </li>
      ))}
    </ul>
  );
}

export const route = { loader: loadAccount, action: saveAccountAction, Component: AccountPage };
