import { useId, useRef } from 'react';
import { Form, Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { adminAreasOf } from '../lib/admin-areas.ts';
import { loginPathReturningTo } from '../lib/safe-return-path.ts';
import { usePageDisclosure } from '../lib/use-page-disclosure.ts';
import { useRootData } from '../routes/root-data.ts';

/** Paths where "come back here after logging in" makes no sense. */
const pathsNotWorthReturningTo = new Set([
  '/',
  '/logga-in',
  '/registrera',
  '/glomt-losenord',
  '/aterstall-losenord',
]);

/** The login page, coming back to this one afterwards where that makes sense. */
export function useLoginPath(): string {
  const location = useLocation();
  return pathsNotWorthReturningTo.has(location.pathname)
    ? '/logga-in'
    : loginPathReturningTo(`${location.pathname}${location.search}`);
}

/** Log in and create an account, for a visitor who is not logged in. */
export function AccountLinks({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <ul className={`inline-list ${className}`}>
      <li>
        <Link to={useLoginPath()}>{t('header.login')}</Link>
      </li>
      <li>
        <Link to="/registrera">{t('header.register')}</Link>
      </li>
    </ul>
  );
}

export function AccountMenu() {
  const { me } = useRootData();
  // On a phone the site menu holds the visitor's links (site-header.tsx).
  if (!me) return <AccountLinks className="account-links" />;
  return <AccountDisclosure userName={me.user.name} />;
}

/**
 * A disclosure (button + list of links), not an ARIA menu: links keep their usual keyboard
 * behaviour and screen readers announce them as links. Escape closes it and returns focus.
 */
function AccountDisclosure({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const { me, municipalities } = useRootData();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const disclosure = usePageDisclosure(buttonRef);
  const panelId = useId();

  const nameOf = (slug: string) =>
    municipalities.find((municipality) => municipality.slug === slug)?.name ?? slug;
  const adminAreas = adminAreasOf(me?.roles ?? []);

  return (
    <div
      className="account-menu"
      onKeyDown={disclosure.closeOnEscape}
      onBlur={disclosure.closeWhenFocusLeaves}
    >
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__toggle"
        aria-expanded={disclosure.isOpen}
        aria-controls={panelId}
        onClick={disclosure.toggle}
      >
        {/* A phone shows a person for the name: the top row has no room for it. */}
        <svg
          className="account-menu__icon"
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="12" cy="8" r="4" />
          <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
        </svg>
        <span className="visually-hidden">{t('header.accountMenu')}: </span>
        <span className="account-menu__name">{userName}</span>
      </button>
      <div
        id={panelId}
        className="account-menu__panel"
        hidden={!disclosure.isOpen}
        onClick={disclosure.closeOnLinkClick}
      >
        <ul>
          <li>
            <Link to="/konto">{t('header.account')}</Link>
          </li>
          <li>
            <Link to="/konto/bestallningar">{t('orders.myOrdersTitle')}</Link>
          </li>
          {adminAreas.map((area) => (
            <li key={area.path}>
              <Link to={area.path}>
                {area.kind === 'region'
                  ? t('header.regionAdmin')
                  : area.kind === 'shop'
                    ? t('shops.owner.myShops', { shop: area.shopName })
                    : area.kind === 'counter'
                      ? t('counter.menuLink', { place: area.placeName })
                      : area.kind === 'carrier'
                        ? t('deliveries.carrier.menuLink', { carrier: area.carrierName })
                        : t('header.municipalityAdmin', {
                            municipality: nameOf(area.municipalitySlug),
                          })}
              </Link>
            </li>
          ))}
          <li>
            <Form method="post" action="/logga-ut">
              <button type="submit" className="link-button">
                {t('header.logout')}
              </button>
            </Form>
          </li>
        </ul>
      </div>
    </div>
  );
}
