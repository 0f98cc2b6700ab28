import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  useActionData,
  useLoaderData,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  type DecidedOrAskedStatus,
  decidedOrAskedStatuses,
} from '@e-galleria/shared/household-eligibility';
import { decideOnHousehold, listMunicipalityHouseholds } from '../../api/households-api.ts';
import { fetchMunicipalitySettings } from '../../api/municipalities-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { HouseholdDecisionCard, reasonFieldOf } from './household-decision-card.tsx';
import { adminHouseholdsPath } from './paths.ts';

/** Another municipality's admin gets 403 here: the error page says so. */
async function loadAdminHouseholds({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const search = new URL(request.url).searchParams;
  const status =
    decidedOrAskedStatuses.find((candidate) => candidate === search.get('status')) ?? 'applied';
  const cursor = search.get('cursor') ?? undefined;
  try {
    const [{ municipality }, page] = await Promise.all([
      fetchMunicipalitySettings(slug, request.signal),
      listMunicipalityHouseholds(slug, { status, ...(cursor ? { cursor } : {}) }, request.signal),
    ]);
    return { municipality, status, page };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type DecisionResult = {
  intent: string;
  householdId: string;
  name: string;
  failure: FormFailure | null;
};

async function decideAction({ request }: ActionFunctionArgs): Promise<DecisionResult> {
  const formData = await request.formData();
  const intent = readText(formData, 'intent');
  const householdId = readText(formData, 'householdId');
  const name = readText(formData, 'name');
  const reasonField = reasonFieldOf(householdId);
  const reason = readText(formData, reasonField);
  try {
    if (intent === 'approve') await decideOnHousehold(householdId, { kind: 'approve' });
    else if (intent === 'decline' || intent === 'revoke') {
      const empty = findEmptyFields({ [reasonField]: reason }, [reasonField]);
      if (empty) return { intent, householdId, name, failure: empty };
      await decideOnHousehold(householdId, { kind: intent, reason });
    }
    return { intent, householdId, name, failure: null };
  } catch (error) {
    const failure = toFormFailure(error);
    // The API names the field `reason`; on this page each card's field carries its id.
    const fieldErrors = failure.fieldErrors.map((fieldError) =>
      fieldError.field === 'reason' ? { ...fieldError, field: reasonField } : fieldError,
    );
    return { intent, householdId, name, failure: { ...failure, fieldErrors } };
  }
}

function AdminHouseholdsPage() {
  const { t } = useTranslation();
  const { municipality, status, page } = useLoaderData<typeof loadAdminHouseholds>();
  const result = useActionData<typeof decideAction>() ?? null;
  const basePath = adminHouseholdsPath(municipality.slug);
  const doneMessages: Record<string, string> = {
    approve: t('households.admin.approved', { name: result?.name }),
    decline: t('households.admin.declined', { name: result?.name }),
    revoke: t('households.admin.revoked', { name: result?.name }),
  };
  const message = result && !result.failure ? (doneMessages[result.intent] ?? null) : null;
  return (
    <div className="page">
      <p>
        <Link to={`/admin/kommun/${municipality.slug}`}>
          {t('households.admin.backToSettings')}
        </Link>
      </p>
      <PageHeading title={t('households.admin.title', { municipality: municipality.name })} />
      <p>{t('households.admin.intro')}</p>
      <nav aria-label={t('households.admin.filterLabel')}>
        <ul className="inline-list">
          {decidedOrAskedStatuses.map((candidate: DecidedOrAskedStatus) => (
            <li key={candidate}>
              <Link
                to={`${basePath}?status=${candidate}`}
                aria-current={candidate === status ? 'page' : undefined}
              >
                {t(`households.admin.statuses.${candidate}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <StatusMessage message={message} focusOnShow />
      <h2>{t(`households.admin.statuses.${status}`)}</h2>
      {page.items.length === 0 ? (
        <p>{t(`households.admin.empty.${status}`)}</p>
      ) : (
        <ul className="item-list">
          {page.items.map((household) => (
            <HouseholdDecisionCard
              key={household.id}
              household={household}
              failure={result?.householdId === household.id ? result.failure : null}
            />
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <p>
          <Link
            to={`${basePath}?${new URLSearchParams({ status, cursor: page.nextCursor }).toString()}`}
          >
            {t('households.admin.more')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export const route = {
  loader: loadAdminHouseholds,
  action: decideAction,
  Component: AdminHouseholdsPage,
};
