import { type ActionFunctionArgs, Link, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Basket } from '@e-galleria/shared/basket';
import { maxQuantity } from '@e-galleria/shared/basket-limits';
import { removeBasketItem, updateBasketItem } from '../../api/basket-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loadBasket, rememberBasket } from '../../lib/basket-store.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { formatOre } from '../../lib/money.ts';
import { BasketItemRow } from './basket-item-row.tsx';

async function loadBasketPage() {
  return { basket: await loadBasket() };
}

export type BasketItemResult = { itemId: string; failure: FormFailure | null };

async function basketAction({ request }: ActionFunctionArgs): Promise<BasketItemResult> {
  const formData = await request.formData();
  const itemId = readText(formData, 'itemId');
  try {
    if (readText(formData, 'intent') === 'remove') {
      rememberBasket((await removeBasketItem(itemId)).basket);
      return { itemId, failure: null };
    }
    const quantity = Number(readText(formData, 'quantity'));
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > maxQuantity)
      return {
        itemId,
        failure: {
          code: 'validation_failed',
          fieldErrors: [{ field: 'quantity', code: 'invalid', message: 'A whole number.' }],
          retryAfterSeconds: null,
        },
      };
    rememberBasket((await updateBasketItem(itemId, quantity)).basket);
    return { itemId, failure: null };
  } catch (error) {
    return { itemId, failure: toFormFailure(error) };
  }
}

function BasketPage() {
  const { t } = useTranslation();
  const { basket } = useLoaderData<typeof loadBasketPage>();
  return (
    <div className="page">
      <PageHeading title={t('basket.title')} />
      {basket.items.length === 0 ? (
        <section className="panel">
          <p>{t('basket.empty')}</p>
          <p>
            <Link to="/sok">{t('basket.findGoods')}</Link>
          </p>
        </section>
      ) : (
        <FilledBasket basket={basket} />
      )}
    </div>
  );
}

function FilledBasket({ basket }: { basket: Basket }) {
  const { t } = useTranslation();
  // A time whose hold ran out can still be booked if it is free: checkout will say if not.
  const hasProblems = basket.items.some(
    (item) => item.problem !== null && item.problem !== 'hold_expired',
  );
  return (
    <>
      <p>{t(basket.shops.length > 1 ? 'basket.intro' : 'basket.introOneShop')}</p>
      {basket.shops.map(({ shop, subtotalOre }) => (
        <section key={shop.id} aria-labelledby={`shop-${shop.id}`} className="panel basket-shop">
          <h2 id={`shop-${shop.id}`}>
            <Link to={`/${shop.municipalitySlug}/butiker/${shop.slug}`}>{shop.name}</Link>
          </h2>
          <ul className="basket-items">
            {basket.items
              .filter((item) => item.shop.id === shop.id)
              .map((item) => (
                <BasketItemRow key={item.id} item={item} />
              ))}
          </ul>
          <p className="basket-shop__subtotal">
            {t('basket.subtotal', { shop: shop.name })} <strong>{formatOre(subtotalOre)}</strong>
          </p>
        </section>
      ))}
      <section aria-labelledby="basket-total" className="panel basket-total">
        <h2 id="basket-total">{t('basket.totalHeading')}</h2>
        <p className="basket-total__sum">{formatOre(basket.totalOre)}</p>
        <p className="muted">{t('basket.totalNote')}</p>
        {hasProblems ? (
          <p className="notice">{t('basket.fixProblems')}</p>
        ) : (
          <Link className="button" to="/kassa">
            {t('basket.toCheckout')}
          </Link>
        )}
      </section>
    </>
  );
}

export const route = { loader: loadBasketPage, action: basketAction, Component: BasketPage };
