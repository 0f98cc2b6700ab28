import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type {
  MunicipalityStatistics,
  RegionStatistics,
  ShopStatistics,
} from '@e-galleria/shared/statistics';
import { previousYearPeriod, type PeriodProblem } from '@e-galleria/shared/statistics-periods';
import { isApiError } from '../../api/api-error.ts';
import {
  fetchMunicipalityStatistics,
  fetchRegionStatistics,
  fetchShopStatistics,
  municipalityStatisticsCsvHref,
  regionStatisticsCsvHref,
} from '../../api/statistics-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadStatisticsTexts } from '../../i18n/statistics-texts.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDateRange } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { ComparisonChart } from './comparison-chart.tsx';
import { FigureTable } from './figure-tables.tsx';
import { HomeDeliverySection, ShopHomeDeliverySection } from './home-delivery-section.tsx';
import { PeriodForm, periodFromSearch, type PeriodChoice } from './period-form.tsx';
import {
  GalleriaSection,
  isEmpty,
  ServicePointsSection,
  useMonthLabel,
} from './statistics-sections.tsx';
import '../../styles/statistics.css';

/**
 * Loads a statistics page: its texts, the period from the address and the figures. A period
 * the rules refuse is shown on its fields without asking the API; one the API refuses too.
 */
async function loadFigures<Figures>(
  request: Request,
  fetchFigures: (choice: PeriodChoice) => Promise<Figures>,
): Promise<{ choice: PeriodChoice; figures: Figures | null } | Response> {
  await loadStatisticsTexts();
  const choice = periodFromSearch(new URL(request.url).searchParams);
  if (choice.problems.length > 0) return { choice, figures: null };
  try {
    return { choice, figures: await fetchFigures(choice) };
  } catch (error) {
    if (isApiError(error, 'validation_failed'))
      return {
        choice: {
          ...choice,
          problems: error.fieldErrors.filter(
            (problem): problem is PeriodProblem =>
              problem.field === 'from' || problem.field === 'to',
          ),
        },
        figures: null,
      };
    return loginRedirectIfAnonymous(error, request);
  }
}

function Comparison({ choice }: { choice: PeriodChoice }) {
  const { t } = useTranslation('statistics');
  const locale = useLocale();
  const previous = previousYearPeriod(choice.period);
  return (
    <p>
      {t('period.comparedWith', {
        period: formatSwedishDateRange(previous.from, previous.to, locale),
      })}
    </p>
  );
}

function CsvLink({ href }: { href: string }) {
  const { t } = useTranslation('statistics');
  return (
    <p>
      <a href={href} download>
        {t('csv')}
      </a>{' '}
      <span className="statistics-note">{t('csvNote')}</span>
    </p>
  );
}

// The municipality's page.

async function loadMunicipalityStatistics({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const loaded = await loadFigures<MunicipalityStatistics>(request, (choice) =>
    fetchMunicipalityStatistics(slug, choice.period, request.signal),
  );
  return loaded instanceof Response ? loaded : { slug, ...loaded };
}

function MunicipalityStatisticsPage() {
  const { t } = useTranslation('statistics');
  const { t: tr } = useTranslation();
  const { slug, choice, figures } = useLoaderData<typeof loadMunicipalityStatistics>();
  return (
    <div className="page statistics-page">
      <p>
        <Link to={`/admin/kommun/${slug}`}>{tr('shopOrders.backToMunicipality')}</Link>
      </p>
      <PageHeading
        title={
          figures ? t('municipalityTitle', { municipality: figures.municipality.name }) : t('title')
        }
      />
      <p>{t('intro')}</p>
      <PeriodForm choice={choice} />
      {figures ? (
        <>
          <Comparison choice={choice} />
          <CsvLink href={municipalityStatisticsCsvHref(slug, choice.period)} />
          {isEmpty(figures.current) ? <p className="panel">{t('empty')}</p> : null}
          <GalleriaSection
            current={figures.current.galleria}
            previous={figures.previous.galleria}
          />
          <ServicePointsSection
            current={figures.current.servicePoints}
            previous={figures.previous.servicePoints}
          />
          <HomeDeliverySection
            current={figures.current.homeDelivery}
            previous={figures.previous.homeDelivery}
          />
        </>
      ) : null}
    </div>
  );
}

// The region's page: the whole region, and the municipalities side by side.

async function loadRegionStatistics({ request }: LoaderFunctionArgs) {
  return loadFigures<RegionStatistics>(request, (choice) =>
    fetchRegionStatistics(choice.period, request.signal),
  );
}

function RegionStatisticsPage() {
  const { t } = useTranslation('statistics');
  const { choice, figures } =
    useLoaderData<Exclude<Awaited<ReturnType<typeof loadRegionStatistics>>, Response>>();
  return (
    <div className="page statistics-page">
      <p>
        <Link to="/admin/region">{figures?.region.name ?? t('regionTitle')}</Link>
      </p>
      <PageHeading title={t('regionTitle')} />
      <p>{t('intro')}</p>
      <PeriodForm choice={choice} />
      {figures ? (
        <>
          <Comparison choice={choice} />
          <CsvLink href={regionStatisticsCsvHref(choice.period)} />
          <section aria-labelledby="statistics-municipalities" className="statistics-section">
            <h2 id="statistics-municipalities">{t('region.perMunicipality')}</h2>
            <ComparisonChart
              title={`${t('galleria.orders')} — ${t('region.perMunicipality').toLowerCase()}`}
              layout="items"
              currentName={t('current')}
              previousName={t('previous')}
              data={figures.municipalities.map((row) => ({
                label: row.name,
                current: row.current.galleria.orders,
                previous: row.previous.galleria.orders,
              }))}
            />
            <FigureTable
              label={t('region.perMunicipality')}
              rows={figures.municipalities}
              rowKey={(row) => row.slug}
              columns={[
                {
                  key: 'name',
                  header: t('region.municipality'),
                  value: (row) => (
                    <Link to={`/admin/kommun/${row.slug}/statistik`}>{row.name}</Link>
                  ),
                },
                {
                  key: 'orders',
                  header: t('galleria.orders'),
                  value: (row) => row.current.galleria.orders.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'ordersBefore',
                  header: `${t('galleria.orders')}, ${t('previous').toLowerCase()}`,
                  value: (row) => row.previous.galleria.orders.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'turnover',
                  header: t('galleria.turnover'),
                  value: (row) => formatOre(row.current.galleria.turnoverOre),
                  numeric: true,
                },
                {
                  key: 'residents',
                  header: t('galleria.residents'),
                  value: (row) => row.current.galleria.residents.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'new',
                  header: t('galleria.newResidents'),
                  value: (row) => row.current.galleria.newResidents.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'in',
                  header: t('points.checkedIn'),
                  value: (row) => row.current.servicePoints.checkedIn.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'collected',
                  header: t('points.collected'),
                  value: (row) => row.current.servicePoints.collected.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'returned',
                  header: t('points.returned'),
                  value: (row) => row.current.servicePoints.returned.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'deliveries',
                  header: `${t('homeDelivery.heading')}: ${t('homeDelivery.deliveries').toLowerCase()}`,
                  value: (row) => row.current.homeDelivery.deliveries.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'deliveriesBefore',
                  header: `${t('homeDelivery.deliveries')}, ${t('previous').toLowerCase()}`,
                  value: (row) => row.previous.homeDelivery.deliveries.toLocaleString('sv-SE'),
                  numeric: true,
                },
                {
                  key: 'households',
                  header: `${t('homeDelivery.heading')}: ${t('homeDelivery.households').toLowerCase()}`,
                  value: (row) => row.current.homeDelivery.households.toLocaleString('sv-SE'),
                  numeric: true,
                },
              ]}
            />
          </section>
          <GalleriaSection
            current={figures.current.galleria}
            previous={figures.previous.galleria}
          />
          <ServicePointsSection
            current={figures.current.servicePoints}
            previous={figures.previous.servicePoints}
          />
          <HomeDeliverySection
            current={figures.current.homeDelivery}
            previous={figures.previous.homeDelivery}
          />
        </>
      ) : null}
    </div>
  );
}

// The shop's page: its own months, with its pickups.

async function loadShopStatistics({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const loaded = await loadFigures<ShopStatistics>(request, (choice) =>
    fetchShopStatistics(shopId, choice.period, request.signal),
  );
  return loaded instanceof Response ? loaded : { shopId, ...loaded };
}

function ShopStatisticsPage() {
  const { t } = useTranslation('statistics');
  const { shopId, choice, figures } = useLoaderData<typeof loadShopStatistics>();
  const monthLabel = useMonthLabel();
  const months =
    figures?.current.months.map((month, index) => ({
      ...month,
      label: monthLabel(month.month),
      previous: figures.previous.months[index],
    })) ?? [];
  return (
    <div className="page statistics-page">
      <p>
        <Link to={`/konto/butiker/${shopId}`}>{figures?.shop.name ?? t('shopTitle')}</Link>
      </p>
      <PageHeading title={figures ? `${t('shopTitle')}: ${figures.shop.name}` : t('shopTitle')} />
      <PeriodForm choice={choice} />
      {figures ? (
        <section aria-labelledby="statistics-shop" className="statistics-section">
          <Comparison choice={choice} />
          <h2 id="statistics-shop">{t('shop.heading')}</h2>
          {figures.current.totals.orders === 0 ? <p className="panel">{t('empty')}</p> : null}
          <ComparisonChart
            title={t('galleria.perMonth')}
            currentName={t('current')}
            previousName={t('previous')}
            data={months.map((month) => ({
              label: month.label,
              current: month.orders,
              previous: month.previous?.orders ?? 0,
            }))}
          />
          <ComparisonChart
            title={t('shop.pickedUpAtPoint')}
            currentName={t('current')}
            previousName={t('previous')}
            data={months.map((month) => ({
              label: month.label,
              current: month.pickedUpAtPoint,
              previous: month.previous?.pickedUpAtPoint ?? 0,
            }))}
          />
          <FigureTable
            label={t('shop.heading')}
            rows={months}
            rowKey={(row) => row.month}
            footer={{
              ...figures.current.totals,
              month: '',
              label: t('total'),
              previous: undefined,
            }}
            columns={[
              { key: 'month', header: t('month'), value: (row) => row.label },
              {
                key: 'orders',
                header: t('galleria.orders'),
                value: (row) => row.orders.toLocaleString('sv-SE'),
                numeric: true,
              },
              {
                key: 'turnover',
                header: t('galleria.turnover'),
                value: (row) => formatOre(row.turnoverOre),
                numeric: true,
              },
              {
                key: 'point',
                header: t('shop.pickedUpAtPoint'),
                value: (row) => row.pickedUpAtPoint.toLocaleString('sv-SE'),
                numeric: true,
              },
              {
                key: 'shop',
                header: t('shop.pickedUpAtShop'),
                value: (row) => row.pickedUpAtShop.toLocaleString('sv-SE'),
                numeric: true,
              },
            ]}
          />
        </section>
      ) : null}
      {figures ? (
        <ShopHomeDeliverySection
          current={figures.current.homeDelivery}
          previous={figures.previous.homeDelivery}
        />
      ) : null}
    </div>
  );
}

export const municipalityRoute = {
  loader: loadMunicipalityStatistics,
  Component: MunicipalityStatisticsPage,
};
export const regionRoute = { loader: loadRegionStatistics, Component: RegionStatisticsPage };
export const shopRoute = { loader: loadShopStatistics, Component: ShopStatisticsPage };
