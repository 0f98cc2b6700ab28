import { Fragment } from 'react';
import { Form, Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SalesReport } from '@e-galleria/shared/sales';
import { salesPeriodProblem } from '@e-galleria/shared/sales-period';
import { fetchSales, salesCsvHref } from '../../api/sales-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** This month so far, by the Swedish calendar, when no period is asked for. */
function defaultPeriod() {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(),
  );
  return { from: `${today.slice(0, 8)}01`, to: today };
}

async function loadSales({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const url = new URL(request.url);
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const period = isDate(from) && isDate(to) ? { from, to } : defaultPeriod();
  // The API's own rule (shared/src/sales-period.ts): its refusal replaced the whole page with
  // "Något gick fel" and no way back, so it is said beside the form instead.
  const problem = salesPeriodProblem(period);
  try {
    const [{ shop }, report] = await Promise.all([
      fetchShop(shopId, request.signal),
      problem ? null : fetchSales(shopId, period, request.signal),
    ]);
    return { shop, period, problem, sales: report?.sales ?? null };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

type Figures = Omit<SalesReport['sales'], 'from' | 'to' | 'days'>;

function FiguresList({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  return (
    <dl className="details-list">
      <dt>{t('shopFulfilment.sales.orders')}</dt>
      <dd>{figures.orderCount}</dd>
      <dt>{t('shopFulfilment.sales.total')}</dt>
      <dd>{formatOre(figures.totalOre)}</dd>
      {figures.vat.map((line) => (
        <Fragment key={line.rateBasisPoints}>
          <dt>{t('shopFulfilment.sales.vatLine', { rate: line.rateBasisPoints / 100 })}</dt>
          <dd>{formatOre(line.vatOre)}</dd>
        </Fragment>
      ))}
      <dt>{t('shopFulfilment.sales.payAtPickupTotal')}</dt>
      <dd>{formatOre(figures.payAtPickupOre)}</dd>
      <dt>{t('shopFulfilment.sales.cardTotal')}</dt>
      <dd>{formatOre(figures.cardOre)}</dd>
      <dt>{t('shopFulfilment.sales.transferred')}</dt>
      <dd>{formatOre(figures.transferredOre)}</dd>
      <dt>{t('shopFulfilment.sales.fees')}</dt>
      <dd>{formatOre(figures.feeOre)}</dd>
    </dl>
  );
}

/** The owner's takings per period and per day, with card transfers and fees, and a CSV. */
function ShopSalesPage() {
  const { t } = useTranslation();
  const { shop, period, problem, sales } = useLoaderData<typeof loadSales>();
  return (
    <div className="page">
      <p>
        <Link to={`/konto/butiker/${shop.id}`}>
          {t('catalogue.owner.backToShop', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('shopFulfilment.sales.title', { shop: shop.name })} />
      <p>{t('shopFulfilment.sales.intro')}</p>
      <Form
        method="get"
        className="form--inline catalogue-filter"
        key={`${period.from}|${period.to}`}
      >
        <div className="field">
          <label htmlFor="sales-from" className="field__label">
            {t('shopFulfilment.sales.from')}
          </label>
          <input
            id="sales-from"
            type="date"
            name="from"
            className="input input--compact"
            defaultValue={period.from}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="sales-to" className="field__label">
            {t('shopFulfilment.sales.to')}
          </label>
          <input
            id="sales-to"
            type="date"
            name="to"
            className="input input--compact"
            defaultValue={period.to}
            required
          />
        </div>
        <button type="submit" className="button button--secondary button--compact">
          {t('shopFulfilment.sales.show')}
        </button>
      </Form>
      {problem ? (
        <p role="alert" className="field__error">
          {t(`shopFulfilment.sales.periodProblem.${problem}`)}
        </p>
      ) : null}
      {sales ? <SalesFigures shopId={shop.id} period={period} sales={sales} /> : null}
    </div>
  );
}

function SalesFigures({
  shopId,
  period,
  sales,
}: {
  shopId: string;
  period: { from: string; to: string };
  sales: SalesReport['sales'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <section aria-labelledby="sales-summary" className="panel">
        <h2 id="sales-summary">{t('shopFulfilment.sales.summary')}</h2>
        <FiguresList figures={sales} />
        <p>
          <a href={salesCsvHref(shopId, period)} download>
            {t('shopFulfilment.sales.export')}
          </a>
        </p>
      </section>
      <section aria-labelledby="sales-days">
        <h2 id="sales-days">{t('shopFulfilment.sales.perDay')}</h2>
        {sales.days.length === 0 ? (
          <p className="panel">{t('shopFulfilment.sales.empty')}</p>
        ) : (
          <TableScroll label={t('shopFulfilment.sales.perDayTable')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('shopFulfilment.sales.day')}</th>
                  <th scope="col" className="numeric">
                    {t('shopFulfilment.sales.orders')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('shopFulfilment.sales.total')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('shopFulfilment.sales.cardTotal')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('shopFulfilment.sales.transferred')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('shopFulfilment.sales.fees')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sales.days.map((day) => (
                  <tr key={day.date}>
                    <th scope="row">{formatSwedishDay(day.date, locale)}</th>
                    <td className="numeric">{day.orderCount}</td>
                    <td className="numeric">{formatOre(day.totalOre)}</td>
                    <td className="numeric">{formatOre(day.cardOre)}</td>
                    <td className="numeric">{formatOre(day.transferredOre)}</td>
                    <td className="numeric">{formatOre(day.feeOre)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

export const route = { loader: loadSales, Component: ShopSalesPage };
