import { type FocusEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { Form, Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { adminAreasOf } from '../lib/admin-areas.ts';
import { loginPathReturningTo } from '../lib/safe-return-path.ts';
import { useRootData } from '../routes/root-data.ts';

/** Paths where "come back here after logging in" makes no sense. */
const pathsNotWorthReturningTo = new Set([
  '/',
  '/logga-in',
  '/registrera',
  '/glomt-losenord',
  '/aterstall-losenord',
]);

export function AccountMenu() {
  const { t } = useTranslation();
  const { me } = useRootData();
  const location = useLocation();

  if (!me) {
    const loginPath = pathsNotWorthReturningTo.has(location.pathname)
      ? '/logga-in'
      : loginPathReturningTo(`${location.pathname}${location.search}`);
    return (
      <ul className="inline-list account-links">
        <li>
          <Link to={loginPath}>{t('header.login')}</Link>
        </li>
        <li>
          <Link to="/registrera">{t('header.register')}</Link>
        </li>
      </ul>
    );
  }
  return <AccountDisclosure userName={me.user.name} />;
}

/**
 * A disclosure (button + list of links), not an ARIA menu: links keep their usual keyboard
 * behaviour and screen readers announce them as links. Escape closes it and returns focus.
 */
function AccountDisclosure({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const { me, municipalities } = useRootData();
  const { pathname } = useLocation();
  // Remembering where it was opened closes it on navigation without an effect.
  const [openOnPath, setOpenOnPath] = useState<string | null>(null);
  const isOpen = openOnPath === pathname;
  const setOpen = (open: boolean) => setOpenOnPath(open ? pathname : null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const nameOf = (slug: string) =>
    municipalities.find((municipality) => municipality.slug === slug)?.name ?? slug;
  const adminAreas = adminAreasOf(me?.roles ?? []);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && isOpen) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  function closeWhenFocusLeaves(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  }

  return (
    <div className="account-menu" onKeyDown={closeOnEscape} onBlur={closeWhenFocusLeaves}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen(!isOpen)}
      >
        <span className="visually-hidden">{t('header.accountMenu')}: </span>
        {userName}
      </button>
      {/* A link to the page already shown changes no path: close on any link's click too. */}
      <div
        id={panelId}
        className="account-menu__panel"
        hidden={!isOpen}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
        }}
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
