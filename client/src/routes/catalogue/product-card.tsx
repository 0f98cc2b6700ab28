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
}: {
  product: ProductListItem;
  municipalitySlug: string | null;
}) {
  const { t } = useTranslation();
  return (
    <article className="product-card">
      {product.image ? (
        <ResponsiveImage
          image={product.image}
          className="product-card__image"
          // The grid's columns are at least 13rem and at most the phone's width.
          sizes="(min-width: 40rem) 16rem, 100vw"
          alt=""
        />
      ) : null}
      <h3 className="product-card__title">
        <Link to={productPath(municipalitySlug, product.id)} data-product-link>
          {product.title}
        </Link>
      </h3>
      <p className="product-card__shop">
        {[product.shop.name, product.shop.village].filter(Boolean).join(', ')}
      </p>
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
