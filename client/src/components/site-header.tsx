import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from './account-menu.tsx';
import { BasketLink } from './basket-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { MunicipalitySwitcher } from './municipality-switcher.tsx';
import { ProductSearchBox } from './product-search-box.tsx';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="6" />
            <path d="M9 9h14v3H12.5v3H21v3h-8.5v3H23v3H9z" />
          </svg>
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('header.mainNavigation')} className="site-header__nav">
          <MunicipalitySwitcher />
        </nav>
        <ProductSearchBox variant="header" />
        <div className="site-header__tools">
          <LanguageSwitch />
          <BasketLink />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
