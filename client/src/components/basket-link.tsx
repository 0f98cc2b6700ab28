import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBasketItemCount } from '../lib/basket-store.ts';

/** The header's way to the basket; the count is part of the link's name for screen readers. */
export function BasketLink() {
  const { t } = useTranslation();
  const count = useBasketItemCount() ?? 0;
  return (
    <Link to="/varukorg" className="basket-link">
      <svg className="basket-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3 4h2.2l2.4 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 1.9-1.4L21 8H6.6" />
        <circle cx="10" cy="20" r="1.5" />
        <circle cx="17" cy="20" r="1.5" />
      </svg>
      <span className="basket-link__text">{t('basket.headerLink', { count })}</span>
      {/* A phone shows the count by the icon; the name above is then read, not shown. */}
      <span className="basket-link__count" aria-hidden="true">
        {count}
      </span>
    </Link>
  );
}
