import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
  useSearchParams,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchMunicipalitySettings } from '../../api/municipalities-api.ts';
import {
  createServicePoint,
  fetchServicePoint,
  inviteOperator,
  listOperatorInvitations,
  listServicePointOperators,
  updateServicePoint,
} from '../../api/service-points-api.ts';
import { listMunicipalityShops } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { isSupportedLocale } from '../../i18n/i18n.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { OperatorsPanel, inviteOperatorIntent } from './operators-panel.tsx';
import { servicePointFromForm } from './service-point-from-form.ts';
import { ServicePointForm } from './service-point-form.tsx';
import { adminServicePointsPath } from './paths.ts';

async function loadServicePointEditor({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const id = params.id ?? null;
  try {
    const [{ municipality }, shops, point, operators, invitations] = await Promise.all([
      fetchMunicipalitySettings(slug, request.signal),
      listMunicipalityShops(slug, null, request.signal),
      id ? fetchServicePoint(id, request.signal) : null,
      id ? listServicePointOperators(id, request.signal) : null,
      id ? listOperatorInvitations(id, request.signal) : null,
    ]);
    return {
      municipality,
      hostShops: shops.items.map((shop) => ({ id: shop.id, name: shop.name })),
      point: point?.servicePoint ?? null,
      operators: operators?.items ?? [],
      invitations: invitations?.items ?? [],
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type ActionResult = { intent: string; failure: FormFailure | null; sentTo: string | null };

async function servicePointEditorAction({ params, request }: ActionFunctionArgs) {
  const slug = params.slug ?? '';
  const id = params.id ?? null;
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  try {
    if (id && intent === inviteOperatorIntent) {
      const email = readText(formData, 'email');
      const empty = findEmptyFields({ email }, ['email']);
      if (empty) return { intent, failure: empty, sentTo: null } satisfies ActionResult;
      const locale = readText(formData, 'locale');
      const { invitation } = await inviteOperator(id, {
        email,
        locale: isSupportedLocale(locale) ? locale : 'sv',
      });
      return { intent, failure: null, sentTo: invitation.email } satisfies ActionResult;
    }
    const parsed = servicePointFromForm(formData);
    if (parsed.failure)
      return { intent, failure: parsed.failure, sentTo: null } satisfies ActionResult;
    if (!id) {
      const { servicePoint } = await createServicePoint(slug, parsed.body);
      return redirect(`${adminServicePointsPath(slug)}/${servicePoint.id}?skapad=1`);
    }
    await updateServicePoint(id, parsed.body);
    return { intent, failure: null, sentTo: null } satisfies ActionResult;
  } catch (error) {
    return { intent, failure: toFormFailure(error), sentTo: null } satisfies ActionResult;
  }
}

function ServicePointEditorPage() {
  const { t } = useTranslation();
  const { municipality, hostShops, point, operators, invitations } =
    useLoaderData<typeof loadServicePointEditor>();
  const result = useActionData<typeof servicePointEditorAction>() ?? null;
  const [searchParams] = useSearchParams();
  const isOperatorResult = result?.intent === inviteOperatorIntent;
  const saved = result && !isOperatorResult && !result.failure;
  const message = saved
    ? t('servicePoints.admin.saved')
    : point && searchParams.get('skapad') === '1' && !result
      ? t('servicePoints.admin.created', { name: point.name })
      : null;
  return (
    <div className="page">
      <p>
        <Link to={adminServicePointsPath(municipality.slug)}>
          {t('servicePoints.admin.backToList')}
        </Link>
      </p>
      <PageHeading
        title={
          point
            ? t('servicePoints.admin.editTitle', { name: point.name })
            : t('servicePoints.admin.newTitle')
        }
      />
      <StatusMessage message={message} focusOnShow />
      <ServicePointForm
        // A fresh form after each save shows what the server stored.
        key={point?.updatedAt ?? 'new'}
        point={point}
        hostShops={hostShops}
        failure={isOperatorResult ? null : (result?.failure ?? null)}
      />
      {point ? (
        <OperatorsPanel
          operators={operators}
          invitations={invitations}
          failure={isOperatorResult ? result.failure : null}
          sentTo={isOperatorResult ? result.sentTo : null}
        />
      ) : null}
    </div>
  );
}

export const route = {
  loader: loadServicePointEditor,
  action: servicePointEditorAction,
  Component: ServicePointEditorPage,
};
