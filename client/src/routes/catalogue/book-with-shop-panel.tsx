import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductPage } from '@e-galleria/shared/catalogue';
import type { HouseholdAddressView } from '@e-galleria/shared/households';
import type { ShopPage } from '@e-galleria/shared/shops';
import { telHref } from '../../lib/phone-link.ts';
import { ServiceRequestForm } from './service-request-form.tsx';

/**
 * In place of "Lägg i varukorgen" for a service on request done at the resident's home: an
 * order would have neither a time nor an address for it, so it is booked with the shop
 * directly (decision 0068). The shop's phone and e-mail, or its page when it shows none, and
 * beside them a request the shop calls back about (decision 0071).
 */
export function BookWithShopPanel({
  product,
  contact,
  savedAddress,
}: {
  product: ProductPage;
  /** The shop's public page, for its phone and e-mail; null if it could not be read. */
  contact: Pick<ShopPage, 'contactPhone' | 'contactEmail'> | null;
  /** A logged-in resident's saved address, to fill the request with. */
  savedAddress: HouseholdAddressView | null;
}) {
  const { t } = useTranslation();
  const shopPath = `/${product.shop.municipalitySlug}/butiker/${product.shop.slug}`;
  const phone = contact?.contactPhone ?? null;
  const email = contact?.contactEmail ?? null;
  return (
    <div className="book-with-shop">
      <p>{t('catalogue.bookWithShop.lead', { shop: product.shop.name })}</p>
      {phone || email ? (
        <ul className="book-with-shop__ways">
          {phone ? (
            <li>
              {t('catalogue.bookWithShop.call')} <a href={telHref(phone)}>{phone}</a>
            </li>
          ) : null}
          {email ? (
            <li>
              {t('catalogue.bookWithShop.write')} <a href={`mailto:${email}`}>{email}</a>
            </li>
          ) : null}
        </ul>
      ) : (
        <p>
          <Link to={shopPath}>
            {t('catalogue.bookWithShop.shopPage', { shop: product.shop.name })}
          </Link>
        </p>
      )}
      <ServiceRequestForm product={product} address={savedAddress} />
    </div>
  );
}
