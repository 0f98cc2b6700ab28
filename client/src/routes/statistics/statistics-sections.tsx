import { useTranslation } from 'react-i18next';
import type {
  GalleriaFigures,
  PeriodFigures,
  ServicePointFigures,
} from '@e-galleria/shared/statistics';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishMonth } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { ComparisonChart } from './comparison-chart.tsx';
import { FigureTable, KeyFigures } from './figure-tables.tsx';

const formatCount = (value: number) => value.toLocaleString('sv-SE');
const formatKronor = (ore: number) => formatOre(ore);
/** A chart axis in whole kronor: öre would crowd it. */
const formatAxisKronor = (ore: number) => `${Math.round(ore / 100).toLocaleString('sv-SE')} kr`;
const formatDays = (value: number | null) =>
  value === null ? '–' : value.toLocaleString('sv-SE', { maximumFractionDigits: 1 });

/** 'YYYY-MM' as "nov. 2026" / "Nov 2026". */
export function useMonthLabel() {
  const locale = useLocale();
  return (month: string) => formatSwedishMonth(month, locale, 'short');
}

export function GalleriaSection({
  current,
  previous,
}: {
  current: GalleriaFigures;
  previous: GalleriaFigures;
}) {
  const { t } = useTranslation('statistics');
  const locale = useLocale();
  const monthLabel = useMonthLabel();
  const months = current.months.map((month, index) => ({
    ...month,
    label: monthLabel(month.month),
    previous: previous.months[index],
  }));
  const totals = current.totals;
  return (
    <section aria-labelledby="statistics-galleria" className="statistics-section">
      <h2 id="statistics-galleria">{t('galleria.heading')}</h2>
      <KeyFigures
        label={t('galleria.heading')}
        rows={[
          {
            key: 'orders',
            name: t('galleria.orders'),
            current: totals.orders,
            previous: previous.totals.orders,
          },
          {
            key: 'turnover',
            name: t('galleria.turnover'),
            current: totals.turnoverOre,
            previous: previous.totals.turnoverOre,
            format: formatKronor,
          },
          {
            key: 'residents',
            name: t('galleria.residents'),
            current: totals.residents,
            previous: previous.totals.residents,
          },
          {
            key: 'new',
            name: t('galleria.newResidents'),
            current: totals.newResidents,
            previous: previous.totals.newResidents,
          },
          {
            key: 'returning',
            name: t('galleria.returningResidents'),
            current: totals.returningResidents,
            previous: previous.totals.returningResidents,
          },
        ]}
      />
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
        title={t('galleria.turnoverPerMonth')}
        currentName={t('current')}
        previousName={t('previous')}
        format={formatAxisKronor}
        data={months.map((month) => ({
          label: month.label,
          current: month.turnoverOre,
          previous: month.previous?.turnoverOre ?? 0,
        }))}
      />
      <FigureTable
        label={t('galleria.perMonth')}
        rows={months}
        rowKey={(row) => row.month}
        columns={[
          { key: 'month', header: t('month'), value: (row) => row.label },
          {
            key: 'orders',
            header: t('galleria.orders'),
            value: (row) => formatCount(row.orders),
            numeric: true,
          },
          {
            key: 'previousOrders',
            header: `${t('galleria.orders')}, ${t('previous').toLowerCase()}`,
            value: (row) => formatCount(row.previous?.orders ?? 0),
            numeric: true,
          },
          {
            key: 'turnover',
            header: t('galleria.turnover'),
            value: (row) => formatKronor(row.turnoverOre),
            numeric: true,
          },
          {
            key: 'previousTurnover',
            header: `${t('galleria.turnover')}, ${t('previous').toLowerCase()}`,
            value: (row) => formatKronor(row.previous?.turnoverOre ?? 0),
            numeric: true,
          },
          {
            key: 'residents',
            header: t('galleria.residents'),
            value: (row) => formatCount(row.residents),
            numeric: true,
          },
          {
            key: 'new',
            header: t('galleria.newResidents'),
            value: (row) => formatCount(row.newResidents),
            numeric: true,
          },
        ]}
      />
      <h3>{t('galleria.vatHeading')}</h3>
      <FigureTable
        label={t('galleria.vatHeading')}
        rows={totals.vat}
        rowKey={(row) => String(row.rateBasisPoints)}
        columns={[
          {
            key: 'rate',
            header: t('galleria.vatRate'),
            value: (row) => `${(row.rateBasisPoints / 100).toLocaleString('sv-SE')} %`,
          },
          {
            key: 'gross',
            header: t('galleria.gross'),
            value: (row) => formatKronor(row.grossOre),
            numeric: true,
          },
          {
            key: 'vat',
            header: t('galleria.vat'),
            value: (row) => formatKronor(row.vatOre),
            numeric: true,
          },
        ]}
      />
      <h3 id="statistics-per-shop">{t('galleria.perShop')}</h3>
      {current.shops.length > 0 ? (
        <ComparisonChart
          headingId="statistics-per-shop"
          layout="items"
          currentName={t('galleria.turnover')}
          format={formatAxisKronor}
          data={current.shops.map((shop) => ({ label: shop.name, current: shop.turnoverOre }))}
        />
      ) : null}
      <FigureTable
        label={t('galleria.perShop')}
        rows={current.shops}
        rowKey={(row) => row.shopId}
        columns={[
          { key: 'shop', header: t('galleria.shop'), value: (row) => row.name },
          {
            key: 'orders',
            header: t('galleria.orders'),
            value: (row) => formatCount(row.orders),
            numeric: true,
          },
          {
            key: 'turnover',
            header: t('galleria.turnover'),
            value: (row) => formatKronor(row.turnoverOre),
            numeric: true,
          },
        ]}
      />
      <h3 id="statistics-per-category">{t('galleria.perCategory')}</h3>
      {current.categories.length > 0 ? (
        <ComparisonChart
          headingId="statistics-per-category"
          layout="items"
          currentName={t('galleria.turnover')}
          format={formatAxisKronor}
          data={current.categories.map((category) => ({
            label: category.name[locale],
            current: category.turnoverOre,
          }))}
        />
      ) : null}
      <FigureTable
        label={t('galleria.perCategory')}
        rows={current.categories}
        rowKey={(row) => row.categoryId}
        columns={[
          { key: 'category', header: t('galleria.category'), value: (row) => row.name[locale] },
          {
            key: 'orders',
            header: t('galleria.orders'),
            value: (row) => formatCount(row.orders),
            numeric: true,
          },
          {
            key: 'turnover',
            header: t('galleria.turnover'),
            value: (row) => formatKronor(row.turnoverOre),
            numeric: true,
          },
        ]}
      />
    </section>
  );
}

export function ServicePointsSection({
  current,
  previous,
}: {
  current: ServicePointFigures;
  previous: ServicePointFigures;
}) {
  const { t } = useTranslation('statistics');
  const monthLabel = useMonthLabel();
  const rows = current.points.flatMap((point) =>
    point.months.map((month) => ({
      ...month,
      point: point.name,
      key: `${point.servicePointId}|${month.month}`,
    })),
  );
  return (
    <section aria-labelledby="statistics-points" className="statistics-section">
      <h2 id="statistics-points">{t('points.heading')}</h2>
      <KeyFigures
        label={t('points.heading')}
        rows={[
          {
            key: 'in',
            name: t('points.checkedIn'),
            current: current.totals.checkedIn,
            previous: previous.totals.checkedIn,
          },
          {
            key: 'collected',
            name: t('points.collected'),
            current: current.totals.collected,
            previous: previous.totals.collected,
          },
          {
            key: 'returned',
            name: t('points.returned'),
            current: current.totals.returned,
            previous: previous.totals.returned,
          },
        ]}
      />
      <p>
        {t('points.averageDays')}: {formatDays(current.totals.averageDaysWaiting)} (
        {t('previous').toLowerCase()}: {formatDays(previous.totals.averageDaysWaiting)})
      </p>
      <ComparisonChart
        title={t('points.perMonth')}
        currentName={t('current')}
        previousName={t('previous')}
        data={current.months.map((month, index) => ({
          label: monthLabel(month.month),
          current: month.checkedIn,
          previous: previous.months[index]?.checkedIn ?? 0,
        }))}
      />
      {rows.length === 0 ? (
        <p>{t('points.none')}</p>
      ) : (
        <FigureTable
          label={t('points.perMonth')}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { key: 'point', header: t('points.point'), value: (row) => row.point },
            { key: 'month', header: t('month'), value: (row) => monthLabel(row.month) },
            {
              key: 'in',
              header: t('points.checkedIn'),
              value: (row) => formatCount(row.checkedIn),
              numeric: true,
            },
            {
              key: 'collected',
              header: t('points.collected'),
              value: (row) => formatCount(row.collected),
              numeric: true,
            },
            {
              key: 'returned',
              header: t('points.returned'),
              value: (row) => formatCount(row.returned),
              numeric: true,
            },
            {
              key: 'days',
              header: t('points.averageDays'),
              value: (row) => formatDays(row.averageDaysWaiting),
              numeric: true,
            },
          ]}
        />
      )}
    </section>
  );
}

export function isEmpty(figures: PeriodFigures): boolean {
  return (
    figures.galleria.totals.orders === 0 &&
    figures.servicePoints.totals.checkedIn === 0 &&
    figures.servicePoints.totals.collected === 0 &&
    figures.homeDelivery.totals.deliveries === 0
  );
}
