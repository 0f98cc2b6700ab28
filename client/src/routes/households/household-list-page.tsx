import { Link, type LoaderFunctionArgs, useLoaderData, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listMyHouseholds } from '../../api/households-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { formatPostalCode, myHouseholdPath, newHouseholdPath } from './paths.ts';

async function loadHouseholdList({ request }: LoaderFunctionArgs) {
  try {
    return { households: (await listMyHouseholds(request.signal)).items };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/** The resident's delivery addresses, one per municipality, each with its eligibility. */
function HouseholdListPage() {
  const { t } = useTranslation();
  const { households } = useLoaderData<typeof loadHouseholdList>();
  const [searchParams] = useSearchParams();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/konto">{t('households.backToAccount')}</Link>
      </p>
      <PageHeading title={t('households.listTitle')} />
      <StatusMessage
        message={searchParams.get('borttagen') === '1' ? t('households.removed') : null}
        focusOnShow
      />
      <p>{t('households.intro')}</p>
      {households.length === 0 ? (
        <p>{t('households.empty')}</p>
      ) : (
        <ul className="item-list">
          {households.map((household) => (
            <li key={household.id} className="item-list__item">
              <span className="item-list__title">{household.municipality.name}</span>
              <span>
                {household.address.streetAddress}, {formatPostalCode(household.address.postalCode)}{' '}
                {household.address.village}
              </span>
              <span
                className={
                  household.eligibility.status === 'approved' ? 'badge badge--success' : 'badge'
                }
              >
                {t(`households.eligibility.badge.${household.eligibility.status}`)}
              </span>
              <Link to={myHouseholdPath(household.id)}>
                {t('households.open', { municipality: household.municipality.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={newHouseholdPath} className="button">
          {t('households.add')}
        </Link>
      </p>
    </div>
  );
}

export const route = { loader: loadHouseholdList, Component: HouseholdListPage };
