import { Form, Link, type LoaderFunctionArgs, useLoaderData, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isBooking } from '@e-galleria/shared/bookings';
import { orderStatuses, type OrderStatus } from '@e-galleria/shared/order-status';
import { listMunicipalityOrders } from '../../api/shop-orders-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import {
  FulfilmentFacts,
  OrderLinesTable,
  OrderStatusBadge,
  statusEventOf,
} from '../orders/order-parts.tsx';
import { OrderHistory } from '../shop-orders/order-history.tsx';

async function loadMunicipalityOrders({ params, request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const status = orderStatuses.find((candidate) => candidate === search.get('status'));
  const slug = params.slug ?? '';
  const cursor = search.get('cursor') ?? undefined;
  const page = await listMunicipalityOrders(
    slug,
    { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
    request.signal,
  );
  return { slug, status: status ?? null, page };
}

/** The municipality's oversight of its galleria's orders, each with who did what and when. */
function MunicipalityOrdersPage() {
  const { t } = useTranslation();
  const { slug, status, page } = useLoaderData<typeof loadMunicipalityOrders>();
  const { pathname } = useLocation();
  return (
    <div className="page">
      <PageHeading title={t('shopOrders.municipalityTitle')} />
      <p>
        <Link to={`/admin/kommun/${slug}`}>{t('shopOrders.backToMunicipality')}</Link>
      </p>
      <Form method="get" className="inline-form">
        <label htmlFor="field-status">{t('shopOrders.filter')}</label>
        <select id="field-status" name="status" defaultValue={status ?? ''}>
          <option value="">{t('shopOrders.allStatuses')}</option>
          {orderStatuses
            .filter((candidate) => candidate !== 'awaiting_payment' && candidate !== 'expired')
            .map((candidate: OrderStatus) => (
              <option key={candidate} value={candidate}>
                {t(`orders.status.${candidate}`)}
              </option>
            ))}
        </select>
        <button type="submit">{t('shopOrders.show')}</button>
      </Form>
      {page.items.length === 0 ? (
        <p>{t('shopOrders.municipalityEmpty')}</p>
      ) : (
        <ul className="order-list">
          {page.items.map((order) => (
            <li key={order.id} className="panel order-panel">
              <h2>
                {order.shop.name}{' '}
                <OrderStatusBadge order={order} event={statusEventOf(order.history)} />
              </h2>
              <FulfilmentFacts order={order} />
              <OrderLinesTable order={order} />
              <OrderHistory history={order.history} isBooking={isBooking(order.lines)} />
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <p>
          <Link
            to={`${pathname}?${new URLSearchParams({
              ...(status ? { status } : {}),
              cursor: page.nextCursor,
            }).toString()}`}
          >
            {t('shopOrders.more')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export const route = { loader: loadMunicipalityOrders, Component: MunicipalityOrdersPage };
