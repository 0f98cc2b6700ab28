import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isOpenAt } from '@e-galleria/shared/opening-hours';
import type { ShopPage as ShopPageData } from '@e-galleria/shared/shops';
import { fetchMunicipality } from '../../api/municipalities-api.ts';
import { listFulfilmentOptions } from '../../api/fulfilment-api.ts';
import { readShopHomeDelivery } from '../../api/home-delivery-api.ts';
import { fetchPublicShop } from '../../api/shops-api.ts';
import { MarkdownText } from '../../components/markdown-text.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { FulfilmentOptionsSection } from '../fulfilment/fulfilment-options-section.tsx';
import { OpeningHoursView } from './opening-hours-view.tsx';
import { ShopProductsSection, loadShopProducts } from './shop-products-section.tsx';
import { formatPostalCode } from '../households/paths.ts';
import { telHref } from '../../lib/phone-link.ts';

async function loadShopPage({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const shopSlug = params.shopSlug ?? '';
  const [{ municipality }, { shop }, products] = await Promise.all([
    fetchMunicipality(slug, request.signal),
    fetchPublicShop(slug, shopSlug, request.signal),
    loadShopProducts(slug, shopSlug, new URL(request.url).searchParams, request.signal),
  ]);
  // Not awaited: the section shows its own loading and error states (FulfilmentOptionsSection).
  // Home delivery is told beside the pickups; if it cannot be read, the pickups still show.
  const fulfilmentOptions = Promise.all([
    listFulfilmentOptions(shop.id, request.signal),
    readShopHomeDelivery(shop.id, null, request.signal).catch(() => null),
  ]).then(([options, homeDelivery]) => ({ items: options.items, homeDelivery }));
  return { municipality, shop, products, now: Date.now(), fulfilmentOptions };
}

function ShopPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { municipality, shop, products, now, fulfilmentOptions } =
    useLoaderData<typeof loadShopPage>();
  const isOpen = isOpenAt(shop.openingHours, new Date(now));
  return (
    <div className="page">
      <p>
        <Link to={`/${municipality.slug}/butiker`}>
          {t('shops.storefront.backToList', { municipality: municipality.name })}
        </Link>
      </p>
      {shop.cover ? (
        <ResponsiveImage
          image={shop.cover}
          className="shop-cover"
          sizes="(min-width: 60rem) 60rem, 100vw"
          alt={t('shops.storefront.coverAlt', { shop: shop.name })}
          isPriority
        />
      ) : null}
      {shop.logo ? (
        <ResponsiveImage
          image={shop.logo}
          className="shop-logo"
          sizes="6rem"
          alt={t('shops.storefront.logoAlt', { shop: shop.name })}
        />
      ) : null}
      <PageHeading title={shop.name} />
      <p className="lead">
        {[shop.village, shop.categories.map((category) => category.name[locale]).join(', ')]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {shop.homeMunicipality.slug !== municipality.slug ? (
        <p>
          {t('shops.storefront.fromMunicipality', { municipality: shop.homeMunicipality.name })}
        </p>
      ) : null}
      <p className={isOpen ? 'badge badge--success' : 'badge'}>
        {isOpen ? t('shops.storefront.isOpen') : t('shops.storefront.isClosed')}
      </p>
      <ShopProductsSection products={products} municipalitySlug={municipality.slug} />
      <section aria-labelledby="shop-about-heading" className="panel">
        <h2 id="shop-about-heading">{t('shops.storefront.aboutHeading')}</h2>
        {shop.description.trim() ? (
          // The shop writes in its own language; we do not know which, so no lang is claimed.
          <MarkdownText text={shop.description} lang={shop.contentLocale} />
        ) : (
          <p>{t('shops.storefront.noDescription')}</p>
        )}
      </section>
      <section aria-labelledby="shop-hours-heading" className="panel">
        <h2 id="shop-hours-heading">{t('shops.storefront.hoursHeading')}</h2>
        <OpeningHoursView hours={shop.openingHours} headingId="shop-hours-heading" now={now} />
      </section>
      <FulfilmentOptionsSection
        options={fulfilmentOptions}
        homeMunicipality={shop.homeMunicipality}
      />
      <ShopContact shop={shop} />
    </div>
  );
}

export function ShopContact({ shop }: { shop: ShopPageData }) {
  const { t } = useTranslation();
  const address = [
    shop.streetAddress,
    [shop.postalCode === null ? null : formatPostalCode(shop.postalCode), shop.city]
      .filter(Boolean)
      .join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section aria-labelledby="shop-contact-heading" className="panel">
      <h2 id="shop-contact-heading">{t('shops.storefront.contactHeading')}</h2>
      <dl className="details-list details-list--stacked">
        {address ? (
          <>
            <dt>{t('shops.storefront.address')}</dt>
            <dd>{address}</dd>
          </>
        ) : null}
        {shop.contactEmail ? (
          <>
            <dt>{t('shops.storefront.email')}</dt>
            <dd>
              <a href={`mailto:${shop.contactEmail}`}>{shop.contactEmail}</a>
            </dd>
          </>
        ) : null}
        {shop.contactPhone ? (
          <>
            <dt>{t('shops.storefront.phone')}</dt>
            <dd>
              <a href={telHref(shop.contactPhone)}>{shop.contactPhone}</a>
            </dd>
          </>
        ) : null}
        {shop.websiteUrl ? (
          <>
            <dt>{t('shops.storefront.website')}</dt>
            <dd>
              <a href={shop.websiteUrl} rel="noopener noreferrer nofollow">
                {shop.websiteUrl}
              </a>
            </dd>
          </>
        ) : null}
        {shop.orgNumber ? (
          <>
            <dt>{t('shops.storefront.orgNumber')}</dt>
            <dd>{shop.orgNumber}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export const route = { loader: loadShopPage, Component: ShopPage };
