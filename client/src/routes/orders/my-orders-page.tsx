import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listMyCheckouts } from '../../api/basket-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { OrderStatusBadge, standingTotals, statusEventOf } from './order-parts.tsx';

async function loadMyOrders({ request }: LoaderFunctionArgs) {
  try {
    const cursor = new URL(request.url).searchParams.get('cursor');
    const page = await listMyCheckouts(cursor, request.signal);
    return { checkouts: page.items, nextCursor: page.nextCursor, isFirstPage: cursor === null };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/** "Mina beställningar": the resident's checkouts, newest first, each with its shops' orders. */
function MyOrdersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { checkouts, nextCursor, isFirstPage } = useLoaderData<typeof loadMyOrders>();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/konto">{t('orders.backToAccount')}</Link>
      </p>
      <PageHeading title={t('orders.myOrdersTitle')} />
      {checkouts.length === 0 ? (
        <section className="panel">
          <p>{t('orders.noOrders')}</p>
          <Link to="/sok">{t('basket.findGoods')}</Link>
        </section>
      ) : (
        <ul className="my-orders">
          {checkouts.map((checkout) => (
            <li key={checkout.id} className="panel">
              <h2>
                <Link to={`/bestallningar/${checkout.id}`}>
                  {t('orders.checkoutOf', { time: formatDateTime(checkout.createdAt, locale) })}
                </Link>
              </h2>
              <ul className="inline-list order-shops">
                {checkout.orders.map((order) => (
                  <li key={order.id}>
                    {order.shop.name}{' '}
                    <OrderStatusBadge
                      order={order}
                      event={statusEventOf(order.timeline)}
                      reader="resident"
                    />
                  </li>
                ))}
              </ul>
              <p>
                {t('orders.totalOf', {
                  total: formatOre(standingTotals(checkout.orders).totalOre),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {nextCursor || !isFirstPage ? (
        <p className="inline-list">
          {isFirstPage ? null : <Link to="/konto/bestallningar">{t('orders.newestOrders')}</Link>}
          {nextCursor ? (
            <Link
              to={`/konto/bestallningar?${new URLSearchParams({ cursor: nextCursor }).toString()}`}
            >
              {t('orders.olderOrders')}
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

export const route = { loader: loadMyOrders, Component: MyOrdersPage };
