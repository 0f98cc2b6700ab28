import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SubsidyClaimsOverview } from '@e-galleria/shared/subsidy-claims';
import { fetchSubsidyClaimsOverview } from '../../api/subsidy-claims-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatOre } from '../../lib/money.ts';
import { basisPointsToPercentText } from '../../lib/percent.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import {
  claimProblemOf,
  claimYearFromSearch,
  ClaimYearForm,
  type ClaimProblem,
} from './claim-year.tsx';
import { FigureTable } from './figure-tables.tsx';
import '../../styles/statistics.css';
import '../../styles/subsidy-claim.css';

async function loadOverview({
  request,
}: LoaderFunctionArgs): Promise<
  { year: number; overview: SubsidyClaimsOverview | null; problem: ClaimProblem | null } | Response
> {
  await loadStatisticsTexts();
  const year = claimYearFromSearch(new URL(request.url).searchParams);
  try {
    const { overview } = await fetchSubsidyClaimsOverview(year, request.signal);
    return { year, overview, problem: null };
  } catch (error) {
    try {
      return { year, overview: null, problem: claimProblemOf(error) };
    } catch (other) {
      return loginRedirectIfAnonymous(other, request);
    }
  }
}

/** A municipality's line, or the region's total under them. */
type Line = {
  slug: string | null;
  name: string;
  reports: string;
  netCostOre: number;
  eligibleDeliveries: number;
  limit: string;
  claimOre: number;
};

/** The region admin's view: every municipality's claim of a year side by side. */
function SubsidyClaimsOverviewPage() {
  const { t } = useTranslation('statistics');
  const locale = useLocale();
  const { year, overview, problem } =
    useLoaderData<Exclude<Awaited<ReturnType<typeof loadOverview>>, Response>>();
  return (
    <div className="page statistics-page subsidy-claim">
      <p>
        <Link to="/admin/region">{t('regionTitle')}</Link> ·{' '}
        <Link to="/admin/region/hemsandningsbidrag">{t('subsidy.title')}</Link>
      </p>
      <PageHeading title={`${t('claims.overviewTitle')} ${year}`} />
      <p>{t('claims.intro')}</p>
      <ClaimYearForm year={year} />
      {problem ? (
        <p role="alert" className="field__error">
          {t(`claims.errors.${problem}`)}
        </p>
      ) : null}
      {overview ? (
        <>
          <p className="notice" data-status={overview.status}>
            {overview.status === 'preliminary' ? (
              <strong>{t('claims.preliminary')}</strong>
            ) : (
              t('claims.final')
            )}
          </p>
          <p className="statistics-note">{t('claims.overviewNote')}</p>
          <FigureTable<Line>
            label={t('claims.overviewTitle')}
            rows={overview.municipalities.map((row): Line => ({
              slug: row.municipality.slug,
              name: row.municipality.name,
              reports: String(row.approvedReports),
              netCostOre: row.figures.netCostOre,
              eligibleDeliveries: row.figures.eligibleDeliveries,
              limit: t(`claims.limitsShort.${row.figures.limitedBy}`, {
                share: basisPointsToPercentText(
                  row.figures.shareBasisPoints,
                  intlLocaleTags[locale],
                ),
              }),
              claimOre: row.figures.claimOre,
            }))}
            rowKey={(line) => line.slug ?? 'total'}
            footer={{
              slug: null,
              name: t('claims.total'),
              reports: '',
              limit: '',
              ...overview.totals,
            }}
            columns={[
              {
                key: 'municipality',
                header: t('claims.municipality'),
                value: (line) =>
                  line.slug ? (
                    <Link to={`/admin/kommun/${line.slug}/hemsandningsbidrag?ar=${year}`}>
                      {line.name}
                    </Link>
                  ) : (
                    line.name
                  ),
              },
              {
                key: 'reports',
                header: t('claims.overviewReports'),
                value: (line) => line.reports,
                numeric: true,
              },
              {
                key: 'net',
                header: t('claims.netCost'),
                value: (line) => formatOre(line.netCostOre),
                numeric: true,
              },
              {
                key: 'deliveries',
                header: t('claims.overviewDeliveries'),
                value: (line) => String(line.eligibleDeliveries),
                numeric: true,
              },
              { key: 'limit', header: t('claims.limitedBy'), value: (line) => line.limit },
              {
                key: 'claim',
                header: t('claims.claim'),
                value: (line) => formatOre(line.claimOre),
                numeric: true,
              },
            ]}
          />
        </>
      ) : null}
    </div>
  );
}

export const route = { loader: loadOverview, Component: SubsidyClaimsOverviewPage };
