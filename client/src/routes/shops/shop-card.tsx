import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isOpenAt } from '@e-galleria/shared/opening-hours';
import type { ShopSummary } from '@e-galleria/shared/shops';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * A shop as a card: its cover across the top with the logo on it, then name, village and
 * trades, and whether it is open now. The name is the one link; the pictures are decorative
 * beside it, so the card is one stop for Tab and a screen reader hears the name once.
 */
export function ShopCard(props: {
  shop: ShopSummary;
  municipalitySlug: string;
  municipalityName: string;
  now: number;
  headingLevel?: 2 | 3;
}) {
  const { shop, municipalitySlug, municipalityName, headingLevel = 2 } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isOpen = isOpenAt(shop.openingHours, new Date(props.now));
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <li className="card shop-card">
      <div className="shop-card__pictures">
        {shop.cover ? (
          <ResponsiveImage
            image={shop.cover}
            className="shop-card__cover"
            // Cards are at least 16rem wide, one per row on a phone.
            sizes="(min-width: 40rem) 22rem, 100vw"
            alt=""
          />
        ) : (
          <div className="shop-card__cover shop-card__cover--none" aria-hidden="true" />
        )}
        {shop.logo ? (
          <ResponsiveImage image={shop.logo} className="shop-card__logo" sizes="4rem" alt="" />
        ) : null}
      </div>
      <Heading className="card__title">
        <Link to={`/${municipalitySlug}/butiker/${shop.slug}`}>{shop.name}</Link>
      </Heading>
      <p>
        {[shop.village, shop.categories.map((category) => category.name[locale]).join(', ')]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {shop.homeMunicipality.name !== municipalityName ? (
        <p>
          {t('shops.storefront.fromMunicipality', { municipality: shop.homeMunicipality.name })}
        </p>
      ) : null}
      <p className={isOpen ? 'badge badge--success' : 'badge'}>
        {isOpen ? t('shops.storefront.isOpen') : t('shops.storefront.isClosed')}
      </p>
    </li>
  );
}
