import {
  type ActionFunctionArgs,
  Link,
  type LoaderFunctionArgs,
  useLoaderData,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductPage as ProductPageData, Variant } from '@e-galleria/shared/catalogue';
import { fetchProduct, listProductSlots } from '../../api/catalogue-api.ts';
import { MarkdownText } from '../../components/markdown-text.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ComparisonPrice, UnitPrice } from '../../components/unit-price.tsx';
import { isBookedWithShop } from '@e-galleria/shared/bookings';
import { fetchMeOrNull } from '../../api/auth-api.ts';
import { listMyHouseholds } from '../../api/households-api.ts';
import { fetchPublicShop } from '../../api/shops-api.ts';
import { AddToBasketForm, addToBasketAction } from './add-to-basket-form.tsx';
import { BookWithShopPanel } from './book-with-shop-panel.tsx';
import { serviceRequestAction, serviceRequestIntent } from './service-request-form.tsx';
import { laterSlotsParameter } from './slot-pages.tsx';
import { ProductPhotos } from './product-photos.tsx';
import { ServiceDetailsPanel } from './service-details-panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

/** Two weeks: the window of times a page asks for (catalogue-api.ts). */
const slotWindowMs = 14 * 24 * 60 * 60 * 1000;

async function loadProductPage({ params, request }: LoaderFunctionArgs) {
  const productId = params.productId ?? '';
  const { product } = await fetchProduct(productId, request.signal);
  // `?tider=<instant>`: the times after the last one the resident saw ("Senare tider").
  const requested = new URL(request.url).searchParams.get(laterSlotsParameter);
  const after =
    requested !== null && !Number.isNaN(Date.parse(requested))
      ? new Date(requested).toISOString()
      : null;
  // A service at home on request is booked with the shop: its phone and e-mail instead, and
  // a request form filled from a logged-in resident's saved address (decision 0071).
  const isRequested = product.service !== null && isBookedWithShop(product.service);
  const [contact, savedAddress] = isRequested
    ? await Promise.all([
        fetchPublicShop(product.shop.municipalitySlug, product.shop.slug, request.signal)
          .then(({ shop }) => shop)
          .catch(() => null),
        savedAddressOf(request.signal),
      ])
    : [null, null];
  const slots =
    product.service?.bookingMode === 'slots'
      ? (await listProductSlots(productId, after, request.signal)).items
      : [];
  // The next page starts after the last time listed, or after this window when it had none.
  const laterAfter =
    slots.at(-1)?.startsAt ??
    new Date((after === null ? Date.now() : Date.parse(after)) + slotWindowMs).toISOString();
  return { product, slots, slotPages: { after, laterAfter }, contact, savedAddress };
}

/** The first saved household's address of a logged-in resident; none for a guest or the server. */
async function savedAddressOf(signal: AbortSignal) {
  if (import.meta.env.SSR) return null;
  try {
    if (!(await fetchMeOrNull(signal))) return null;
    return (await listMyHouseholds(signal)).items[0]?.address ?? null;
  } catch {
    // Only a convenience: the resident types the address.
    return null;
  }
}

/** One action for the page's one form: the basket's, or a request for a service at home. */
async function productPageAction({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  return formData.get('intent') === serviceRequestIntent
    ? serviceRequestAction(formData)
    : addToBasketAction(formData);
}

function ProductPage() {
  const { t } = useTranslation();
  const { product, slots, slotPages, contact, savedAddress } =
    useLoaderData<typeof loadProductPage>();
  const single = product.variants.length === 1 ? product.variants[0] : undefined;
  return (
    <div className="page product-page">
      <PageHeading title={product.title} lang={product.shop.contentLocale} />
      <p className="lead">
        {/* The shop page lives in its home municipality's galleria, also from the region's page. */}
        <Link to={`/${product.shop.municipalitySlug}/butiker/${product.shop.slug}`}>
          {product.shop.name}
        </Link>
        {product.shop.village ? `, ${product.shop.village}` : null}
      </p>
      <div className="product-page__layout">
        <ProductPhotos images={product.images} title={product.title} />
        <section aria-labelledby="price-heading" className="panel product-page__buy">
          <h2 id="price-heading">{t('catalogue.product.priceHeading')}</h2>
          {single ? <SinglePrice product={product} variant={single} /> : null}
          {product.variants.length > 1 ? <VariantTable product={product} /> : null}
          <p className="muted">
            {t('catalogue.product.vatIncluded', { rate: product.vatRateBasisPoints / 100 })}
          </p>
          {product.kind === 'good' ? <GoodFacts product={product} /> : null}
          {product.service && isBookedWithShop(product.service) ? (
            <BookWithShopPanel product={product} contact={contact} savedAddress={savedAddress} />
          ) : (
            <AddToBasketForm product={product} slots={slots} slotPages={slotPages} />
          )}
        </section>
      </div>
      {product.service ? (
        <ServiceDetailsPanel service={product.service} slots={slots} after={slotPages.after} />
      ) : null}
      <section aria-labelledby="description-heading" className="panel">
        <h2 id="description-heading">{t('catalogue.product.descriptionHeading')}</h2>
        {product.description.trim() ? (
          <MarkdownText text={product.description} lang={product.shop.contentLocale} />
        ) : (
          <p>{t('catalogue.product.noDescription')}</p>
        )}
      </section>
    </div>
  );
}

function SinglePrice({ product, variant }: { product: ProductPageData; variant: Variant }) {
  return (
    <>
      <p className="product-page__price">
        <UnitPrice priceOre={variant.priceOre} unit={product.unit} kind={product.kind} />
      </p>
      {product.comparisonPriceOre !== null && product.comparisonUnit ? (
        <p>
          <ComparisonPrice priceOre={product.comparisonPriceOre} unit={product.comparisonUnit} />
        </p>
      ) : null}
    </>
  );
}

function VariantTable({ product }: { product: ProductPageData }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('catalogue.product.variantsCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('catalogue.product.variantsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.product.variant')}</th>
            <th scope="col">{t('catalogue.product.price')}</th>
            <th scope="col">{t('catalogue.product.stock')}</th>
          </tr>
        </thead>
        <tbody>
          {product.variants.map((variant) => (
            <tr key={variant.id}>
              <th scope="row">{variant.name ?? variant.sku}</th>
              <td>
                <UnitPrice priceOre={variant.priceOre} unit={product.unit} kind={product.kind} />
                {variant.comparisonPriceOre !== null && product.comparisonUnit ? (
                  <span className="muted">
                    {' ('}
                    <ComparisonPrice
                      priceOre={variant.comparisonPriceOre}
                      unit={product.comparisonUnit}
                    />
                    {')'}
                  </span>
                ) : null}
              </td>
              <td>
                {variant.isInStock ? t('catalogue.stock.inStock') : t('catalogue.stock.outOfStock')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function GoodFacts({ product }: { product: ProductPageData }) {
  const { t } = useTranslation();
  return (
    <dl className="details-list">
      <dt>{t('catalogue.product.stock')}</dt>
      <dd>{product.isInStock ? t('catalogue.stock.inStock') : t('catalogue.stock.outOfStock')}</dd>
      <dt>{t('catalogue.product.unit')}</dt>
      <dd>{t(`catalogue.units.${product.unit}`)}</dd>
      <dt>{t('catalogue.product.storage')}</dt>
      <dd>
        {t(`catalogue.storage.${product.storageClass}`)}
        {product.storageClass !== 'ambient' ? (
          <span className="product-page__storage-note">
            {' '}
            {t(`catalogue.storageNote.${product.storageClass}`)}
          </span>
        ) : null}
      </dd>
    </dl>
  );
}

export const route = {
  loader: loadProductPage,
  action: productPageAction,
  Component: ProductPage,
};
