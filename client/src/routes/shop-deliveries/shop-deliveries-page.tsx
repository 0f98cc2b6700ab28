import { useState } from 'react';
import {
  Link,
  useFetcher,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { CarrierRef, ShopDelivery } from '@e-galleria/shared/deliveries';
import { assignCarrier, listShopDeliveries, shopDeliveryStep } from '../../api/deliveries-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { readText } from '../../lib/form-data.ts';
import { toFormFailure } from '../../lib/form-failure.ts';
import { formatOre } from '../../lib/money.ts';
import { telHref } from '../../lib/phone-link.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { formatPostalCode } from '../households/paths.ts';

async function loadShopDeliveries({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  try {
    return {
      shopId,
      list: await listShopDeliveries(shopId, request.signal),
      // The earliest day a failed delivery can go out again.
      tomorrow: addDays(swedishDateOf(Date.now()), 1),
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/** One step on one note: the carrier chosen, handed over, sent out again or taken back. */
async function shopDeliveryAction({ params, request }: ActionFunctionArgs) {
  const shopId = params.shopId ?? '';
  const form = await request.formData();
  const orderId = readText(form, 'orderId');
  const intent = readText(form, 'intent');
  try {
    if (intent === 'assign') await assignCarrier(shopId, orderId, readText(form, 'carrierId'));
    else if (intent === 'hand-over' || intent === 'take-back')
      await shopDeliveryStep(shopId, orderId, intent);
    else if (intent === 'redeliver')
      await shopDeliveryStep(shopId, orderId, 'redeliver', {
        date: readText(form, 'date'),
      });
    return { failure: null, doneAt: Date.now() };
  } catch (error) {
    return { failure: toFormFailure(error), doneAt: null };
  }
}

/** Statuses after which a delivery needs nothing more of the shop. */
const doneStatuses = new Set(['delivered', 'returned', 'cancelled']);

/**
 * What still needs the shop first, soonest day first; then what is done, latest first. A walk
 * found six delivered notes at the top and the one to hand over at the bottom.
 */
export function workFirst<Delivery extends { status: string; date: string }>(
  items: readonly Delivery[],
): Delivery[] {
  const open = items.filter((item) => !doneStatuses.has(item.status));
  const done = items.filter((item) => doneStatuses.has(item.status));
  return [...open, ...done.toReversed()];
}

function DeliveryCard({
  shopId,
  delivery,
  carriers,
  tomorrow,
}: {
  shopId: string;
  delivery: ShopDelivery;
  carriers: CarrierRef[];
  tomorrow: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher<typeof shopDeliveryAction>();
  const [carrierId, setCarrierId] = useState(delivery.carrier?.id ?? '');
  const failure = fetcher.data?.failure ?? null;
  const isBusy = fetcher.state !== 'idle';
  const { recipient } = delivery;
  const canAssign = ['placed', 'accepted', 'packed'].includes(delivery.status);
  const field = (name: string) => `${delivery.orderId}-${name}`;
  return (
    <li className="shop-delivery" aria-labelledby={field('name')}>
      <h3 id={field('name')}>{recipient.name}</h3>
      <p>
        {recipient.streetAddress}, {formatPostalCode(recipient.postalCode)} {recipient.village}
      </p>
      {/* As the delivery note has it: the shop calls about the delivery (a new day, the bags). */}
      <p>
        <a href={telHref(recipient.phone)}>
          {t('deliveries.shop.call', { phone: recipient.phone })}
        </a>
      </p>
      <p>
        {t('deliveries.shop.day', { date: formatSwedishDay(delivery.date, locale) })}
        {delivery.zoneName ? ` · ${t('deliveries.shop.zone', { zone: delivery.zoneName })}` : ''}
      </p>
      <p>
        {t(`orders.status.${delivery.status}`)}
        {delivery.outcome ? ` · ${t(`deliveries.shop.outcome.${delivery.outcome}`)}` : ''}
      </p>
      <p>
        {delivery.coolBags > 0
          ? `${t('deliveries.shop.coolBags', { count: delivery.coolBags })} · `
          : ''}
        {delivery.collectOre > 0
          ? t('deliveries.shop.collect', { amount: formatOre(delivery.collectOre) })
          : t('deliveries.shop.paid')}
      </p>
      <ErrorSummary
        failure={failure}
        fieldLabels={{
          carrierId: t('deliveries.shop.carrier'),
          date: t('deliveries.shop.redeliverDate'),
        }}
      />
      <StatusMessage message={fetcher.data?.doneAt ? t('deliveries.shop.saved') : null} />
      {canAssign ? (
        carriers.length === 0 ? (
          <p className="muted">{t('deliveries.shop.noCarriers')}</p>
        ) : (
          <fetcher.Form method="post" className="shop-delivery__actions">
            <input type="hidden" name="orderId" value={delivery.orderId} />
            <div className="field">
              <label htmlFor={field('carrier')}>{t('deliveries.shop.carrier')}</label>
              <select
                id={field('carrier')}
                name="carrierId"
                value={carrierId}
                onChange={(event) => setCarrierId(event.target.value)}
              >
                <option value="">{t('deliveries.shop.chooseCarrier')}</option>
                {carriers.map((carrier) => (
                  <option key={carrier.id} value={carrier.id}>
                    {carrier.name}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton
              isBusy={isBusy}
              name="intent"
              value="assign"
              className="button button--secondary"
            >
              {t('deliveries.shop.assign')}
            </SubmitButton>
            {delivery.status === 'packed' && delivery.carrier ? (
              <SubmitButton isBusy={isBusy} name="intent" value="hand-over">
                {t('deliveries.shop.handOver')}
              </SubmitButton>
            ) : null}
          </fetcher.Form>
        )
      ) : delivery.carrier && delivery.status === 'out_for_delivery' ? (
        <p>{t('deliveries.shop.handedOver', { carrier: delivery.carrier.name })}</p>
      ) : null}
      {delivery.status === 'delivery_failed' ? (
        <fetcher.Form method="post" className="shop-delivery__actions">
          <input type="hidden" name="orderId" value={delivery.orderId} />
          <div className="field">
            <label htmlFor={field('date')}>{t('deliveries.shop.redeliverDate')}</label>
            <input
              id={field('date')}
              className="input"
              type="date"
              name="date"
              min={tomorrow}
              defaultValue={tomorrow}
            />
          </div>
          <SubmitButton isBusy={isBusy} name="intent" value="redeliver">
            {t('deliveries.shop.redeliver')}
          </SubmitButton>
          <SubmitButton
            isBusy={isBusy}
            name="intent"
            value="take-back"
            className="button button--secondary"
          >
            {t('deliveries.shop.takeBack')}
          </SubmitButton>
        </fetcher.Form>
      ) : null}
      <p>
        <Link to={`/konto/butiker/${shopId}/hemleveranser/${delivery.orderId}/sedel`}>
          {t('deliveries.shop.printNote')}
        </Link>
      </p>
    </li>
  );
}

function ShopDeliveriesPage() {
  const { t } = useTranslation();
  const { shopId, list, tomorrow } = useLoaderData<typeof loadShopDeliveries>();
  return (
    <div className="page page--narrow">
      <p>
        <Link to={`/konto/butiker/${shopId}/bestallningar`}>
          {t('deliveries.shop.backToOrders')}
        </Link>
      </p>
      <PageHeading title={t('deliveries.shop.title')} />
      <p>{t('deliveries.shop.intro')}</p>
      {list.items.length === 0 ? (
        <p>{t('deliveries.shop.empty')}</p>
      ) : (
        <ul className="shop-deliveries">
          {workFirst(list.items).map((delivery) => (
            <DeliveryCard
              key={delivery.orderId}
              shopId={shopId}
              delivery={delivery}
              carriers={list.carriers}
              tomorrow={tomorrow}
            />
          ))}
        </ul>
      )}
      <section aria-labelledby="cool-bags-heading" className="panel">
        <h2 id="cool-bags-heading">{t('deliveries.shop.coolBagsOutHeading')}</h2>
        {list.coolBagsOut.length === 0 ? (
          <p>{t('deliveries.shop.coolBagsOutEmpty')}</p>
        ) : (
          <ul>
            {list.coolBagsOut.map((household) => (
              <li key={household.householdId}>{t('deliveries.shop.coolBagsOutLine', household)}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export const route = {
  loader: loadShopDeliveries,
  action: shopDeliveryAction,
  Component: ShopDeliveriesPage,
};
