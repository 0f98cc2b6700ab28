import { useId, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIsHydrated } from '../lib/use-is-hydrated.ts';
import { usePageDisclosure } from '../lib/use-page-disclosure.ts';
import { useRootData } from '../routes/root-data.ts';
import { AccountLinks, AccountMenu } from './account-menu.tsx';
import { BasketLink } from './basket-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { MunicipalitySwitcher } from './municipality-switcher.tsx';
import { ProductSearchBox } from './product-search-box.tsx';

/** The site's mark and name, leading home: the header's first item, also while a page loads. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" />
        <path d="M9 9h14v3H12.5v3H21v3h-8.5v3H23v3H9z" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}

/**
 * On a phone: one row with the brand, the basket, the account and a menu button, and the
 * search below it (under 120 px together); the municipality, the language and a visitor's
 * log-in links wait behind the menu button. From 48rem on, the menu's content stands in the row and the button is
 * gone. The DOM order is the phone's reading order.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const { me } = useRootData();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const menu = usePageDisclosure(menuButtonRef);
  const menuId = useId();
  // On a page the server rendered the button does nothing until the app has taken over (the
  // scripts may wait for the main picture, decision 0051): shown disabled, not dead.
  const isHydrated = useIsHydrated();
  return (
    <header className="site-header">
      <div
        className="site-header__inner"
        onKeyDown={menu.closeOnEscape}
        data-menu-open={menu.isOpen || undefined}
      >
        <Brand />
        <div className="site-header__tools">
          <BasketLink />
          <AccountMenu />
          <button
            ref={menuButtonRef}
            type="button"
            className="site-menu-toggle"
            aria-expanded={menu.isOpen}
            aria-controls={menuId}
            disabled={!isHydrated}
            onClick={menu.toggle}
          >
            <svg
              className="site-menu-toggle__icon"
              viewBox="0 0 24 24"
              aria-hidden="true"
              focusable="false"
            >
              <path d={menu.isOpen ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} />
            </svg>
            {t('header.menu')}
          </button>
        </div>
        <div id={menuId} className="site-menu" onClick={menu.closeOnLinkClick}>
          <nav aria-label={t('header.mainNavigation')} className="site-menu__nav">
            <MunicipalitySwitcher />
          </nav>
          <LanguageSwitch />
          {me ? null : <AccountLinks className="site-menu__account" />}
        </div>
        <ProductSearchBox variant="header" />
      </div>
    </header>
  );
}
