import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
  useLoaderData,
  useSearchParams,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { orderStatuses, type OrderStatus } from '@e-galleria/shared/order-status';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { declineShopOrder, fireShopOrderEvent, listShopOrders } from '../../api/shop-orders-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { ShopOrderCard, declineReasonField } from './shop-order-card.tsx';

/** The filter's choices: new orders to handle first, then the later steps, then all. */
const filterStatuses = [
  'placed',
  'accepted',
  'packed',
  'declined',
] as const satisfies readonly OrderStatus[];
const allFilter = 'alla';

function statusFilterOf(url: URL): OrderStatus | undefined {
  const requested = url.searchParams.get('status');
  if (requested === allFilter) return undefined;
  return orderStatuses.find((status) => status === requested) ?? 'placed';
}

async function loadShopOrders({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const url = new URL(request.url);
  const status = statusFilterOf(url);
  const cursor = url.searchParams.get('cursor') ?? undefined;
  try {
    const [{ shop }, orders] = await Promise.all([
      fetchShop(shopId, request.signal),
      listShopOrders(
        shopId,
        { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
        request.signal,
      ),
    ]);
    return { shop, orders: orders.items, nextCursor: orders.nextCursor };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

export type OrderActionResult = {
  orderId: string;
  order: ShopOrder | null;
  failure: FormFailure | null;
};

async function shopOrderAction({
  params,
  request,
}: ActionFunctionArgs): Promise<OrderActionResult> {
  const shopId = params.shopId ?? '';
  const formData = await request.formData();
  const orderId = readText(formData, 'orderId');
  const intent = readText(formData, 'intent');
  try {
    if (intent === 'decline') {
      const field = declineReasonField(orderId);
      const reason = readText(formData, field);
      const empty = findEmptyFields({ [field]: reason }, [field]);
      if (empty) return { orderId, order: null, failure: empty };
      return {
        orderId,
        order: (await declineShopOrder(shopId, orderId, reason)).order,
        failure: null,
      };
    }
    const event = intent === 'pack' ? 'pack' : 'accept';
    return {
      orderId,
      order: (await fireShopOrderEvent(shopId, orderId, event)).order,
      failure: null,
    };
  } catch (error) {
    return { orderId, order: null, failure: toFormFailure(error) };
  }
}

/**
 * An accepted order stays where it is, with its new status and next button, instead of
 * leaving the "new" list under the owner's finger: the card shows the action's answer.
 */
function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formMethod === 'POST' ? false : defaultShouldRevalidate;
}

function ShopOrdersPage() {
  const { t } = useTranslation();
  const { shop, orders, nextCursor } = useLoaderData<typeof loadShopOrders>();
  const [searchParams] = useSearchParams();
  const filter = searchParams.get('status') ?? 'placed';
  const moreParams = new URLSearchParams(searchParams);
  if (nextCursor) moreParams.set('cursor', nextCursor);
  return (
    <div className="page">
      <p>
        <Link to={`/konto/butiker/${shop.id}`}>
          {t('catalogue.owner.backToShop', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('shopOrders.title', { shop: shop.name })} />
      <Form method="get" className="form--inline catalogue-filter" key={filter}>
        <div className="field">
          <label htmlFor="order-status-filter" className="field__label">
            {t('shopOrders.filter')}
          </label>
          <select
            id="order-status-filter"
            name="status"
            className="input input--compact"
            defaultValue={filter}
          >
            {filterStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`shopOrders.filterOptions.${status}`)}
              </option>
            ))}
            <option value={allFilter}>{t('shopOrders.filterOptions.all')}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary button--compact">
          {t('shopOrders.showFilter')}
        </button>
      </Form>
      {orders.length === 0 ? (
        <p className="panel">{t('shopOrders.empty')}</p>
      ) : (
        <ul className="order-list">
          {orders.map((order) => (
            <ShopOrderCard key={order.id} order={order} />
          ))}
        </ul>
      )}
      {searchParams.has('cursor') ? (
        <p>
          <Link to={`?status=${encodeURIComponent(filter)}`}>{t('shopOrders.newest')}</Link>
        </p>
      ) : null}
      {nextCursor ? (
        <p>
          <Link to={`?${moreParams.toString()}`}>{t('shopOrders.older')}</Link>
        </p>
      ) : null}
    </div>
  );
}

export const route = {
  loader: loadShopOrders,
  action: shopOrderAction,
  shouldRevalidate,
  Component: ShopOrdersPage,
};
