import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryCounts, HomeDeliveryFigures } from '@e-galleria/shared/statistics';
import { ComparisonChart } from './comparison-chart.tsx';
import { FigureTable, KeyFigures } from './figure-tables.tsx';
import { useMonthLabel } from './statistics-sections.tsx';

const formatCount = (value: number) => value.toLocaleString('sv-SE');

type MonthCounts = DeliveryCounts & { month: string };

/** Deliveries per month against the year before, as a chart and its table. */
function DeliveriesPerMonth({
  current,
  previous,
}: {
  current: readonly MonthCounts[];
  previous: readonly MonthCounts[];
}) {
  const { t } = useTranslation('statistics');
  const monthLabel = useMonthLabel();
  const months = current.map((month, index) => ({
    ...month,
    label: monthLabel(month.month),
    previous: previous[index],
  }));
  return (
    <>
      <ComparisonChart
        title={t('homeDelivery.perMonth')}
        currentName={t('current')}
        previousName={t('previous')}
        data={months.map((month) => ({
          label: month.label,
          current: month.deliveries,
          previous: month.previous?.deliveries ?? 0,
        }))}
      />
      <FigureTable
        label={t('homeDelivery.perMonth')}
        rows={months}
        rowKey={(row) => row.month}
        columns={[
          { key: 'month', header: t('month'), value: (row) => row.label },
          {
            key: 'deliveries',
            header: t('homeDelivery.deliveries'),
            value: (row) => formatCount(row.deliveries),
            numeric: true,
          },
          {
            key: 'previousDeliveries',
            header: `${t('homeDelivery.deliveries')}, ${t('previous').toLowerCase()}`,
            value: (row) => formatCount(row.previous?.deliveries ?? 0),
            numeric: true,
          },
          {
            key: 'households',
            header: t('homeDelivery.households'),
            value: (row) => formatCount(row.households),
            numeric: true,
          },
          {
            key: 'previousHouseholds',
            header: `${t('homeDelivery.households')}, ${t('previous').toLowerCase()}`,
            value: (row) => formatCount(row.previous?.households ?? 0),
            numeric: true,
          },
        ]}
      />
    </>
  );
}

function KeyDeliveryFigures(props: { current: DeliveryCounts; previous: DeliveryCounts }) {
  const { t } = useTranslation('statistics');
  return (
    <KeyFigures
      label={t('homeDelivery.heading')}
      rows={[
        {
          key: 'deliveries',
          name: t('homeDelivery.deliveries'),
          current: props.current.deliveries,
          previous: props.previous.deliveries,
        },
        {
          key: 'households',
          name: t('homeDelivery.households'),
          current: props.current.households,
          previous: props.previous.households,
        },
      ]}
    />
  );
}

/** One breakdown of the period (village, shop, carrier): a chart of deliveries and its table. */
function Breakdown<Row extends DeliveryCounts>(props: {
  title: string;
  nameHeader: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  nameOf: (row: Row) => string;
}) {
  const { t } = useTranslation('statistics');
  const headingId = useId();
  if (props.rows.length === 0) return null;
  return (
    <>
      <h3 id={headingId}>{props.title}</h3>
      <ComparisonChart
        headingId={headingId}
        layout="items"
        currentName={t('homeDelivery.deliveries')}
        data={props.rows.map((row) => ({ label: props.nameOf(row), current: row.deliveries }))}
      />
      <FigureTable
        label={props.title}
        rows={props.rows}
        rowKey={props.rowKey}
        columns={[
          { key: 'name', header: props.nameHeader, value: props.nameOf },
          {
            key: 'deliveries',
            header: t('homeDelivery.deliveries'),
            value: (row) => formatCount(row.deliveries),
            numeric: true,
          },
          {
            key: 'households',
            header: t('homeDelivery.households'),
            value: (row) => formatCount(row.households),
            numeric: true,
          },
        ]}
      />
    </>
  );
}

/** The municipality's (or the region's) home deliveries (decision 0038). */
export function HomeDeliverySection({
  current,
  previous,
}: {
  current: HomeDeliveryFigures;
  previous: HomeDeliveryFigures;
}) {
  const { t } = useTranslation('statistics');
  return (
    <section aria-labelledby="statistics-home-delivery" className="statistics-section">
      <h2 id="statistics-home-delivery">{t('homeDelivery.heading')}</h2>
      <p className="statistics-note">{t('homeDelivery.note')}</p>
      <KeyDeliveryFigures current={current.totals} previous={previous.totals} />
      <DeliveriesPerMonth current={current.months} previous={previous.months} />
      {current.totals.deliveries === 0 ? <p>{t('homeDelivery.none')}</p> : null}
      <Breakdown
        title={t('homeDelivery.perVillage')}
        nameHeader={t('homeDelivery.village')}
        rows={current.villages}
        rowKey={(row) => row.village}
        nameOf={(row) => row.village}
      />
      <Breakdown
        title={t('homeDelivery.perShop')}
        nameHeader={t('homeDelivery.shop')}
        rows={current.shops}
        rowKey={(row) => row.shopId}
        nameOf={(row) => row.name}
      />
      <Breakdown
        title={t('homeDelivery.perCarrier')}
        nameHeader={t('homeDelivery.carrier')}
        rows={current.carriers}
        rowKey={(row) => row.carrierId}
        nameOf={(row) => row.name}
      />
    </section>
  );
}

/** A shop's own home deliveries per month against the year before. */
export function ShopHomeDeliverySection({
  current,
  previous,
}: {
  current: { totals: DeliveryCounts; months: MonthCounts[] };
  previous: { totals: DeliveryCounts; months: MonthCounts[] };
}) {
  const { t } = useTranslation('statistics');
  return (
    <section aria-labelledby="statistics-shop-home-delivery" className="statistics-section">
      <h2 id="statistics-shop-home-delivery">{t('homeDelivery.shopHeading')}</h2>
      <p className="statistics-note">{t('homeDelivery.note')}</p>
      <KeyDeliveryFigures current={current.totals} previous={previous.totals} />
      <DeliveriesPerMonth current={current.months} previous={previous.months} />
      {current.totals.deliveries === 0 ? <p>{t('homeDelivery.none')}</p> : null}
    </section>
  );
}
