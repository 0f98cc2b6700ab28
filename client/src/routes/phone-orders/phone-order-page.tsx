import { useState } from 'react';
import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { listFulfilmentOptions } from '../../api/basket-api.ts';
import { fetchShopProduct, listShopProducts } from '../../api/catalogue-api.ts';
import { readShopHomeDelivery } from '../../api/home-delivery-api.ts';
import {
  createShopContact,
  fetchShopHousehold,
  searchShopHouseholds,
} from '../../api/households-api.ts';
import { placeAssistedOrder } from '../../api/shop-orders-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { formatOre } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { HouseholdFinder } from './household-finder.tsx';
import { PhoneOrderForm } from './phone-order-form.tsx';
import { contactFromForm, phoneOrderFromForm } from './phone-order-from-form.ts';
import { phoneOrderPath } from './paths.ts';

async function loadPhoneOrder({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const url = new URL(request.url);
  const q = url.searchParams.get('q')?.trim() ?? '';
  const householdId = url.searchParams.get('hushall');
  const { signal } = request;
  try {
    const { shop } = await fetchShop(shopId, signal);
    if (!householdId) {
      const matches = q.length >= 3 ? (await searchShopHouseholds(shopId, q, signal)).items : null;
      return { shop, q, matches, chosen: null };
    }
    const { household } = await fetchShopHousehold(shopId, householdId, signal);
    const [options, homeDelivery, products] = await Promise.all([
      listFulfilmentOptions(shopId, signal),
      readShopHomeDelivery(
        shopId,
        { postalCode: household.address.postalCode, village: household.address.village },
        signal,
      ).catch(() => null),
      // The largest page the API gives; a shop with more goods would need a search here.
      listShopProducts(shopId, { status: 'published', limit: 100 }, signal),
    ]);
    // A product's variants are shown one by one; the rest are ordered by their one variant.
    const goods = await Promise.all(
      products.items
        .filter((product) => product.kind === 'good')
        .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
        .map(async (product) => ({
          ...product,
          variants: product.hasVariants
            ? (await fetchShopProduct(shopId, product.id, signal)).product.variants
            : null,
        })),
    );
    return {
      shop,
      q,
      matches: null,
      chosen: { household, options: options.items, homeDelivery, goods },
    };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function phoneOrderAction({ params, request }: ActionFunctionArgs) {
  const shopId = params.shopId ?? '';
  const formData = await request.formData();
  try {
    if (readText(formData, 'intent') === 'contact') {
      const parsed = contactFromForm(formData);
      if (parsed.failure) return { failure: parsed.failure, placed: null };
      const { household } = await createShopContact(shopId, parsed.body);
      return redirect(phoneOrderPath(shopId, household.id));
    }
    const parsed = await phoneOrderFromForm(formData, shopId, currentLocale());
    if (parsed.failure) return { failure: parsed.failure, placed: null };
    const created = await placeAssistedOrder(
      shopId,
      parsed.body,
      readText(formData, 'idempotencyKey'),
    );
    return { failure: null, placed: created.checkout };
  } catch (error) {
    const failure: FormFailure = toFormFailure(error);
    return { failure, placed: null };
  }
}

function PhoneOrderPage() {
  const { t } = useTranslation();
  const { shop, q, matches, chosen } = useLoaderData<typeof loadPhoneOrder>();
  const data = useActionData<typeof phoneOrderAction>();
  const failure = data?.failure ?? null;
  // One key per order taken: sending twice (a double click, a lost answer) orders once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const ordersLink = `/konto/butiker/${shop.id}/bestallningar`;
  if (data?.placed)
    return (
      <div className="page page--narrow">
        <PageHeading title={t('phoneOrders.placedTitle')} />
        <p role="status" className="notice">
          {t('phoneOrders.placed', {
            name: chosen?.household.name ?? '',
            total: formatOre(data.placed.totalOre),
          })}
        </p>
        <ul className="inline-list">
          <li>
            <Link to={ordersLink}>{t('phoneOrders.toOrders')}</Link>
          </li>
          <li>
            <Link to={phoneOrderPath(shop.id)} reloadDocument>
              {t('phoneOrders.another')}
            </Link>
          </li>
        </ul>
      </div>
    );
  return (
    <div className="page page--narrow">
      <p>
        <Link to={ordersLink}>{t('phoneOrders.backToOrders', { shop: shop.name })}</Link>
      </p>
      <PageHeading title={t('phoneOrders.title')} />
      <p>{t('phoneOrders.intro')}</p>
      {chosen ? (
        <PhoneOrderForm
          shopId={shop.id}
          chosen={chosen}
          failure={failure}
          idempotencyKey={idempotencyKey}
        />
      ) : (
        <HouseholdFinder shopId={shop.id} q={q} matches={matches} failure={failure} />
      )}
    </div>
  );
}

export const route = {
  loader: loadPhoneOrder,
  action: phoneOrderAction,
  Component: PhoneOrderPage,
};
