import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchMunicipalitySettings } from '../../api/municipalities-api.ts';
import { listMunicipalityServicePoints } from '../../api/service-points-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { adminServicePointsPath } from './paths.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

async function loadAdminServicePoints({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    const [{ municipality }, points] = await Promise.all([
      fetchMunicipalitySettings(slug, request.signal),
      listMunicipalityServicePoints(slug, request.signal),
    ]);
    return { municipality, points: points.items };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

function AdminServicePointsPage() {
  const { t } = useTranslation();
  const { municipality, points } = useLoaderData<typeof loadAdminServicePoints>();
  const basePath = adminServicePointsPath(municipality.slug);
  return (
    <div className="page">
      <p>
        <Link to={`/admin/kommun/${municipality.slug}`}>
          {t('servicePoints.admin.backToSettings')}
        </Link>
      </p>
      <PageHeading
        title={t('servicePoints.admin.listTitle', { municipality: municipality.name })}
      />
      <p>
        <Link to={`${basePath}/ny`} className="button">
          {t('servicePoints.admin.create')}
        </Link>
      </p>
      {points.length === 0 ? (
        <p>{t('servicePoints.admin.empty')}</p>
      ) : (
        <TableScroll
          label={t('servicePoints.admin.listTitle', { municipality: municipality.name })}
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('servicePoints.admin.columnName')}</th>
                <th scope="col">{t('servicePoints.admin.columnKind')}</th>
                <th scope="col">{t('servicePoints.admin.columnVillage')}</th>
                <th scope="col">{t('servicePoints.admin.columnStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.id}>
                  <td>
                    <Link to={`${basePath}/${point.id}`}>{point.name}</Link>
                  </td>
                  <td>{t(`servicePoints.kinds.${point.kind}`)}</td>
                  <td>{point.village}</td>
                  <td>
                    <span className={point.status === 'active' ? 'badge badge--success' : 'badge'}>
                      {t(`servicePoints.status.${point.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

export const route = { loader: loadAdminServicePoints, Component: AdminServicePointsPage };
