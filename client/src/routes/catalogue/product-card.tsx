import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductListItem } from '@e-galleria/shared/catalogue';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { ComparisonPrice, UnitPrice } from '../../components/unit-price.tsx';

export function productPath(municipalitySlug: string | null, productId: string): string {
  return `${municipalitySlug ? `/${municipalitySlug}` : ''}/produkter/${productId}`;
}

/** One search result. The title is the only link, so the card reads as one stop for Tab. */
export function ProductCard({
  product,
  municipalitySlug,
  headingLevel = 3,
  isShopShown = true,
  isPriority = false,
}: {
  product: ProductListItem;
  municipalitySlug: string | null;
  /** 4 where the cards sit under a heading of their own (a shop's categories). */
  headingLevel?: 3 | 4;
  /** False on the shop's own page, which already says whose goods these are. */
  isShopShown?: boolean;
  /** The first cards of a results page, in view at once on a phone: their pictures first. */
  isPriority?: boolean;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <article className="product-card">
      {product.image ? (
        <ResponsiveImage
          image={product.image}
          className="product-card__image"
          // Two columns on a phone; columns of 13rem or more on wider screens.
          sizes="(min-width: 40rem) 16rem, 50vw"
          alt=""
          isPriority={isPriority}
        />
      ) : (
        // Keeps the grid's rows even where a product has no picture yet.
        <div className="product-card__image product-card__image--none" aria-hidden="true" />
      )}
      <Heading className="product-card__title">
        {/* The shop's words, in the shop's language (decision 0073). */}
        <Link
          to={productPath(municipalitySlug, product.id)}
          data-product-link
          lang={product.shop.contentLocale}
        >
          {product.title}
        </Link>
      </Heading>
      {isShopShown ? (
        <p className="product-card__shop">
          {[product.shop.name, product.shop.village].filter(Boolean).join(', ')}
        </p>
      ) : null}
      <p className="product-card__price">
        <UnitPrice
          priceOre={product.priceFromOre}
          unit={product.unit}
          kind={product.kind}
          isFrom={product.hasVariants}
        />
      </p>
      {product.comparisonPriceOre !== null && product.comparisonUnit ? (
        <p className="product-card__comparison">
          <ComparisonPrice priceOre={product.comparisonPriceOre} unit={product.comparisonUnit} />
        </p>
      ) : null}
      <ul className="product-card__badges inline-list">
        {product.kind === 'service' ? (
          <li className="badge">{t('catalogue.kind.service')}</li>
        ) : (
          <li className={product.isInStock ? 'badge badge--success' : 'badge'}>
            {product.isInStock ? t('catalogue.stock.inStock') : t('catalogue.stock.outOfStock')}
          </li>
        )}
        {product.storageClass !== 'ambient' ? (
          <li className="badge">{t(`catalogue.storage.${product.storageClass}`)}</li>
        ) : null}
      </ul>
    </article>
  );
}
