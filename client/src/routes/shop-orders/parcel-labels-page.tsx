import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { fetchShopOrder } from '../../api/shop-orders-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';

/** At most a driver's load of labels at once: each is a request. */
const maxLabels = 50;

async function loadParcelLabels({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const url = new URL(request.url);
  const orderIds = params.orderId
    ? [params.orderId]
    : [...new Set(url.searchParams.getAll('order'))].slice(0, maxLabels);
  try {
    const orders = await Promise.all(
      orderIds.map(
        async (orderId) => (await fetchShopOrder(shopId, orderId, request.signal)).order,
      ),
    );
    return { shopId, orders, isSingle: params.orderId !== undefined };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/** The parcel's label: who collects it, where and from when, the shop, and its code as QR. */
export function ParcelLabel({ order }: { order: ShopOrder }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const point = order.fulfilment.servicePoint;
  if (!point || !order.parcelCode)
    return <p className="notice">{t('shopFulfilment.label.notParcel')}</p>;
  // The coldest of its goods: the service point keeps the parcel in the fridge or freezer.
  const cold = order.lines.some((line) => line.storageClass === 'frozen')
    ? 'frozen'
    : order.lines.some((line) => line.storageClass === 'chilled')
      ? 'chilled'
      : null;
  return (
    <article className="parcel-label" aria-label={order.customer.name}>
      {cold ? <p className="parcel-label__cold">{t(`shopFulfilment.label.cold.${cold}`)}</p> : null}
      <dl>
        <dt>{t('shopFulfilment.label.to')}</dt>
        <dd className="parcel-label__recipient">{order.customer.name}</dd>
        <dt>{t('shopFulfilment.label.pickupAt')}</dt>
        <dd>{[point.name, point.village].filter(Boolean).join(', ')}</dd>
        {order.fulfilment.date ? (
          <>
            <dt>{t('shopFulfilment.label.date')}</dt>
            <dd>{formatSwedishDay(order.fulfilment.date, locale)}</dd>
          </>
        ) : null}
        <dt>{t('shopFulfilment.label.from')}</dt>
        <dd>{order.shop.name}</dd>
      </dl>
      <QrCode
        text={order.parcelCode}
        label={t('shopFulfilment.label.qr', { code: order.parcelCode })}
        className="parcel-label__qr"
      />
      <p>
        <span className="visually-hidden">{t('shopFulfilment.label.parcelCode')}: </span>
        <span className="parcel-label__code">{order.parcelCode}</span>
      </p>
    </article>
  );
}

function ParcelLabelsPage() {
  const { t } = useTranslation();
  const { shopId, orders, isSingle } = useLoaderData<typeof loadParcelLabels>();
  return (
    <div className="page">
      <div className="no-print">
        <p>
          <Link to={`/konto/butiker/${shopId}/bestallningar?queue=to_hand_over`}>
            {t('shopFulfilment.label.back')}
          </Link>
        </p>
        <PageHeading
          title={t(isSingle ? 'shopFulfilment.label.title' : 'shopFulfilment.label.titleMany')}
        />
        {orders.length > 0 ? (
          <p>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('shopFulfilment.label.print')}
            </button>
          </p>
        ) : (
          <p className="panel">{t('shopFulfilment.label.none')}</p>
        )}
      </div>
      <div className="label-sheet">
        {orders.map((order) => (
          <ParcelLabel key={order.id} order={order} />
        ))}
      </div>
    </div>
  );
}

export const route = { loader: loadParcelLabels, Component: ParcelLabelsPage };
