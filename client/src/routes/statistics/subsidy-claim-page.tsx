import { Fragment } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SubsidyClaimView } from '@e-galleria/shared/subsidy-claims';
import { receivedReportPdfUrl } from '../../api/carrier-reports-api.ts';
import { fetchSubsidyClaim, subsidyClaimFileUrl } from '../../api/subsidy-claims-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishMonth } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import {
  claimProblemOf,
  claimYearFromSearch,
  ClaimYearForm,
  type ClaimProblem,
} from './claim-year.tsx';
import {
  ClaimHouseholdLookup,
  type HouseholdLookup,
  lookUpFromSearch,
} from './claim-household-lookup.tsx';
import { FigureTable } from './figure-tables.tsx';
import '../../styles/statistics.css';
import '../../styles/subsidy-claim.css';

async function loadClaim({ request, params }: LoaderFunctionArgs): Promise<
  | {
      slug: string;
      year: number;
      claim: SubsidyClaimView | null;
      problem: ClaimProblem | null;
      lookup: HouseholdLookup | null;
    }
  | Response
> {
  await loadStatisticsTexts();
  const slug = params.slug ?? '';
  const search = new URL(request.url).searchParams;
  const year = claimYearFromSearch(search);
  try {
    const { claim } = await fetchSubsidyClaim(slug, year, request.signal);
    const lookup = claim.canIdentifyHouseholds
      ? await lookUpFromSearch(search, slug, year, request.signal)
      : null;
    return { slug, year, claim, problem: null, lookup };
  } catch (error) {
    try {
      return { slug, year, claim: null, problem: claimProblemOf(error), lookup: null };
    } catch (other) {
      return loginRedirectIfAnonymous(other, request);
    }
  }
}

const percentOf = (basisPoints: number) => `${basisPoints / 100} %`;

/** The claim worked out line by line, as the PDF has it. */
function ClaimSteps({ claim }: { claim: SubsidyClaimView }) {
  const { t } = useTranslation('statistics');
  const { figures } = claim;
  const caps = claim.capsPerDeliveryOre.map(formatOre).join(' / ') || '–';
  const steps: { key: string; step: string; amount: string }[] = [
    { key: 'costs', step: t('claims.carrierCosts'), amount: formatOre(figures.carrierCostsOre) },
    {
      key: 'fees',
      step: t('claims.residentFees'),
      amount: `− ${formatOre(figures.residentFeesOre)}`,
    },
    { key: 'net', step: t('claims.netCost'), amount: formatOre(figures.netCostOre) },
    { key: 'served', step: t('claims.householdsServed'), amount: String(figures.householdsServed) },
    {
      key: 'eligible',
      step: t('claims.eligibleHouseholds'),
      amount: String(figures.eligibleHouseholds),
    },
    {
      key: 'deliveries',
      step: t('claims.eligibleDeliveries'),
      amount: String(figures.eligibleDeliveries),
    },
    {
      key: 'cap',
      step: t('claims.cap', { caps, count: figures.eligibleDeliveries }),
      amount: formatOre(figures.capOre),
    },
    {
      key: 'share',
      step: t('claims.share', { percent: percentOf(figures.shareBasisPoints) }),
      amount: formatOre(figures.shareOfNetCostOre),
    },
    {
      key: 'threshold',
      step: t('claims.threshold', { amount: formatOre(figures.priceBaseAmountOre) }),
      amount: `${formatOre(figures.thresholdOre)} (${
        figures.reachesThreshold ? t('claims.thresholdReached') : t('claims.thresholdNotReached')
      })`,
    },
    { key: 'limit', step: t('claims.limitedBy'), amount: t(`claims.limits.${figures.limitedBy}`) },
  ];
  return (
    <section aria-labelledby="claim-steps">
      <h2 id="claim-steps">{t('claims.stepsHeading')}</h2>
      <dl className="subsidy-claim__steps">
        {steps.map((row) => (
          <Fragment key={row.key}>
            <dt className={row.key === 'limit' ? 'subsidy-claim__words-step' : undefined}>
              {row.step}
            </dt>
            <dd className={row.key === 'limit' ? 'subsidy-claim__words' : undefined}>
              {row.amount}
            </dd>
          </Fragment>
        ))}
        <dt className="subsidy-claim__result">{t('claims.claim')}</dt>
        <dd className="subsidy-claim__result">{formatOre(figures.claimOre)}</dd>
      </dl>
    </section>
  );
}

function ClaimTables({
  slug,
  year,
  claim,
  lookup,
}: {
  slug: string;
  year: number;
  claim: SubsidyClaimView;
  lookup: HouseholdLookup | null;
}) {
  const { t } = useTranslation('statistics');
  const locale = useLocale();
  const { figures } = claim;
  return (
    <>
      <section aria-labelledby="claim-reports">
        <h2 id="claim-reports">{t('claims.reportsHeading')}</h2>
        <FigureTable
          label={t('claims.reportsHeading')}
          rows={claim.reports}
          rowKey={(report) => report.id}
          columns={[
            {
              key: 'month',
              header: t('claims.month'),
              value: (report) => formatSwedishMonth(report.month, locale),
            },
            { key: 'carrier', header: t('claims.carrier'), value: (report) => report.carrier.name },
            {
              key: 'deliveries',
              header: t('claims.deliveries'),
              value: (report) => String(report.deliveries),
              numeric: true,
            },
            {
              key: 'cost',
              header: t('claims.costs'),
              value: (report) => formatOre(report.costOre),
              numeric: true,
            },
            {
              key: 'fees',
              header: t('claims.fees'),
              value: (report) => formatOre(report.feesOre),
              numeric: true,
            },
            // The report's own PDF, for the municipality's admins (the region receives none).
            ...(claim.canOpenReports
              ? [
                  {
                    key: 'pdf',
                    header: t('claims.report'),
                    value: (report: SubsidyClaimView['reports'][number]) => (
                      // The visible word begins the link's name, so a person who says
                      // "PDF" to their speech control finds it (WCAG 2.5.3).
                      <a href={receivedReportPdfUrl(slug, report.id)} download>
                        {t('claims.reportPdf')}{' '}
                        <span className="visually-hidden">
                          {t('claims.reportPdfWhich', {
                            month: formatSwedishMonth(report.month, locale),
                            carrier: report.carrier.name,
                          })}
                        </span>
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <p>
          {t('claims.total')}: {formatOre(figures.carrierCostsOre)} −{' '}
          {formatOre(figures.residentFeesOre)} = {formatOre(figures.netCostOre)}
        </p>
      </section>
      <section aria-labelledby="claim-households">
        <h2 id="claim-households">{t('claims.householdsHeading')}</h2>
        <p className="statistics-note">{t('claims.householdsNote')}</p>
        {claim.canIdentifyHouseholds ? <ClaimHouseholdLookup year={year} lookup={lookup} /> : null}
        <FigureTable
          label={t('claims.householdsHeading')}
          rows={claim.households}
          rowKey={(household) => household.reference}
          columns={[
            {
              key: 'reference',
              header: t('claims.reference'),
              value: (row) => <span className="subsidy-claim__reference">{row.reference}</span>,
            },
            { key: 'village', header: t('claims.village'), value: (row) => row.village },
            {
              key: 'eligible',
              header: t('claims.eligible'),
              value: (row) => t(`claims.eligibility.${row.eligibility}`),
            },
            {
              key: 'deliveries',
              header: t('claims.deliveries'),
              value: (row) => String(row.deliveries),
              numeric: true,
            },
            {
              key: 'capped',
              header: t('claims.capped'),
              value: (row) => formatOre(row.cappedOre),
              numeric: true,
            },
          ]}
        />
      </section>
    </>
  );
}

/** The municipality's yearly subsidy claim, worked out from its approved carrier reports. */
function SubsidyClaimPage() {
  const { t } = useTranslation('statistics');
  const { slug, year, claim, problem, lookup } =
    useLoaderData<Exclude<Awaited<ReturnType<typeof loadClaim>>, Response>>();
  return (
    <div className="page statistics-page subsidy-claim">
      <p>
        <Link to={`/admin/kommun/${slug}`}>{claim?.municipality.name ?? slug}</Link>
      </p>
      <PageHeading title={t('claims.titleOfYear', { year })} />
      <p>{t('claims.intro')}</p>
      <ClaimYearForm year={year} />
      {problem ? (
        <p role="alert" className="field__error">
          {t(`claims.errors.${problem}`)}
        </p>
      ) : null}
      {claim ? (
        <>
          <p className="notice" data-status={claim.status}>
            {claim.status === 'preliminary' ? (
              <strong>{t('claims.preliminary')}</strong>
            ) : (
              t('claims.final')
            )}
          </p>
          {claim.reports.length === 0 ? (
            <p>
              {t('claims.empty', { year })}{' '}
              <Link to={`/admin/kommun/${slug}/hemleverans`}>{t('claims.toHomeDelivery')}</Link>
            </p>
          ) : (
            <>
              <p>
                <a href={subsidyClaimFileUrl(slug, year, 'pdf')} download>
                  {t('claims.pdf')}
                </a>{' '}
                ·{' '}
                <a href={subsidyClaimFileUrl(slug, year, 'csv')} download>
                  {t('claims.csv')}
                </a>
              </p>
              <ClaimSteps claim={claim} />
              <ClaimTables slug={slug} year={year} claim={claim} lookup={lookup} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}

export const route = { loader: loadClaim, Component: SubsidyClaimPage };
