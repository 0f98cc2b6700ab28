import {
  Link,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
  useLoaderData,
  useSearchParams,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  isWorkingQueue,
  shopOrderQueueNames,
  type ShopOrderQueue,
} from '@e-galleria/shared/order-queues';
import { fetchFulfilment } from '../../api/fulfilment-api.ts';
import { fetchPickList, listShopOrders } from '../../api/shop-orders-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { phoneOrderPath } from '../phone-orders/paths.ts';
import { PickListSection } from './pick-list-section.tsx';
import { shopOrderAction } from './shop-order-action.ts';
import { ShopOrderFilterForm, allQueues } from './shop-order-filter-form.tsx';
import { type GroupOrder, ShopOrderGroup, groupOrders } from './shop-order-group.tsx';
import { countShopServiceRequests } from '../../api/service-requests-api.ts';

/** The queue in the address; new orders to handle first when none is chosen. */
function queueOf(url: URL): ShopOrderQueue | undefined {
  const requested = url.searchParams.get('queue');
  if (requested === allQueues) return undefined;
  return shopOrderQueueNames.find((queue) => queue === requested) ?? 'to_handle';
}

/** All orders, and the closed ones, are looked back on: newest first; a working queue is worked through. */
function groupOrderOf(queue: ShopOrderQueue | undefined): GroupOrder {
  return isWorkingQueue(queue) ? 'soonest_day_first' : 'newest_first';
}

async function loadShopOrders({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const url = new URL(request.url);
  const queue = queueOf(url);
  const place = {
    ...(url.searchParams.get('servicePointId')
      ? { servicePointId: url.searchParams.get('servicePointId') ?? '' }
      : {}),
    ...(url.searchParams.get('pickupDate')
      ? { pickupDate: url.searchParams.get('pickupDate') ?? '' }
      : {}),
  };
  const cursor = url.searchParams.get('cursor') ?? undefined;
  try {
    const [{ shop }, orders, { fulfilment }, pickList, requests] = await Promise.all([
      fetchShop(shopId, request.signal),
      listShopOrders(
        shopId,
        { ...(queue ? { queue } : {}), ...place, ...(cursor ? { cursor } : {}) },
        request.signal,
      ),
      fetchFulfilment(shopId, request.signal),
      // What to pack is what the pick list is for; other queues do without it.
      queue === 'to_pack'
        ? fetchPickList(shopId, { queue, ...place }, request.signal)
        : Promise.resolve(null),
      countShopServiceRequests(shopId, request.signal),
    ]);
    const servicePoints = fulfilment.servicePoints.map(({ servicePoint }) => ({
      id: servicePoint.id,
      name: servicePoint.name,
    }));
    return {
      shop,
      orders: orders.items,
      nextCursor: orders.nextCursor,
      groupOrder: groupOrderOf(queue),
      servicePoints,
      pickList,
      // Requests for services at home (decision 0071): the link shows once there are any.
      requests: requests.counts,
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/**
 * An accepted order stays where it is, with its new status and next button, instead of
 * leaving the "new" list under the owner's finger: the card (or the group, after handing
 * all its parcels over) shows the action's answer.
 */
function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formMethod === 'POST' ? false : defaultShouldRevalidate;
}

function ShopOrdersPage() {
  const { t } = useTranslation();
  const { shop, orders, nextCursor, groupOrder, servicePoints, pickList, requests } =
    useLoaderData<typeof loadShopOrders>();
  const [searchParams] = useSearchParams();
  const moreParams = new URLSearchParams(searchParams);
  if (nextCursor) moreParams.set('cursor', nextCursor);
  const firstParams = new URLSearchParams(searchParams);
  firstParams.delete('cursor');
  // A working queue comes oldest first from the server, so its next page holds newer orders.
  const isWorkedThrough = groupOrder === 'soonest_day_first';
  return (
    <div className="page">
      <p className="no-print">
        <Link to={`/konto/butiker/${shop.id}`}>
          {t('catalogue.owner.backToShop', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('shopOrders.title', { shop: shop.name })} />
      <p className="no-print">
        <Link to={phoneOrderPath(shop.id)}>{t('phoneOrders.link')}</Link>
      </p>
      <p className="no-print">
        <Link to={`/konto/butiker/${shop.id}/hemleveranser`}>
          {t('deliveries.shop.ordersLink')}
        </Link>
      </p>
      {requests.total > 0 ? (
        <p className="no-print">
          <Link to={`/konto/butiker/${shop.id}/forfragningar`}>
            {requests.new > 0
              ? t('serviceRequests.shop.linkWithNew', { count: requests.new })
              : t('serviceRequests.shop.link')}
          </Link>
        </p>
      ) : null}
      <ShopOrderFilterForm servicePoints={servicePoints} />
      {pickList ? <PickListSection pickList={pickList} /> : null}
      {orders.length === 0 ? (
        <p className="panel">{t('shopOrders.empty')}</p>
      ) : (
        groupOrders(orders, groupOrder).map((group, index) => (
          <ShopOrderGroup key={group.key} group={group} index={index} />
        ))
      )}
      {searchParams.has('cursor') ? (
        <p>
          <Link to={`?${firstParams.toString()}`}>
            {t(isWorkedThrough ? 'shopOrders.oldest' : 'shopOrders.newest')}
          </Link>
        </p>
      ) : null}
      {nextCursor ? (
        <p>
          <Link to={`?${moreParams.toString()}`}>
            {t(isWorkedThrough ? 'shopOrders.newer' : 'shopOrders.older')}
          </Link>
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
