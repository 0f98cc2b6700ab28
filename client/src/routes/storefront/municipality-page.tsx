import { useLayoutEffect, useRef } from 'react';
import { Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MunicipalityPublic } from '@e-galleria/shared/municipalities';
import { fetchPublicHomeDelivery } from '../../api/home-delivery-api.ts';
import { fetchMunicipality } from '../../api/municipalities-api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { ProductSearchBox } from '../../components/product-search-box.tsx';
import { ResponsiveImage, sizesAtHeight } from '../../components/responsive-image.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { pickLocalizedText } from '@e-galleria/shared/localized-text';
import { formatOre } from '../../lib/money.ts';
import { readableTextColor } from '../../lib/readable-text-color.ts';
import { type ShopWindow, ShopWindowSections, loadShopWindow } from './shop-window.tsx';
import { telHref } from '../../lib/phone-link.ts';

export async function loadMunicipalityPage({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const [{ municipality }, shopWindow, homeDelivery] = await Promise.all([
    fetchMunicipality(slug, request.signal),
    loadShopWindow(slug, request.signal),
    // The front page mentions home delivery only where it runs; without the answer it is silent.
    fetchPublicHomeDelivery(slug, request.signal).then(
      (answer) => answer.homeDelivery,
      () => null,
    ),
  ]);
  return { municipality, shopWindow, homeDelivery, now: Date.now() };
}

export function MunicipalityPage() {
  const { municipality, shopWindow, now } = useLoaderData<typeof loadMunicipalityPage>();
  return municipality.status === 'active' ? (
    <ActiveMunicipality municipality={municipality} shopWindow={shopWindow} now={now} />
  ) : (
    <ComingSoon municipality={municipality} />
  );
}

function ActiveMunicipality(props: {
  municipality: MunicipalityPublic;
  shopWindow: ShopWindow;
  now: number;
}) {
  const { municipality } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const title = pickLocalizedText(municipality.frontPage.title, locale);
  const intro = pickLocalizedText(municipality.frontPage.intro, locale);
  const pageRef = useAccentColour(municipality.primaryColor);
  return (
    <div className="page municipality-page" ref={pageRef}>
      <div className="municipality-banner">
        {municipality.logo ? (
          <ResponsiveImage
            image={municipality.logo}
            className="municipality-banner__logo"
            // The banner draws the logo at most 5rem high.
            sizes={sizesAtHeight(municipality.logo, 80)}
            alt={t('municipality.logoAlt', { name: municipality.name })}
            isPriority
          />
        ) : null}
        <PageHeading title={title.text} lang={title.lang} />
      </div>
      {intro.text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph} className="lead" lang={intro.lang}>
          {paragraph}
        </p>
      ))}
      <ProductSearchBox variant="page" />
      <ShopWindowSections window={props.shopWindow} municipality={municipality} now={props.now} />
      <HomeDeliveryNotice municipality={municipality} />
      <ContactDetails municipality={municipality} />
    </div>
  );
}

/**
 * The admin's colour reaches CSS as custom properties set through the CSSOM, which the CSP
 * allows (it forbids style="" attributes, and a page rendered on the server would carry one
 * from React's style prop); the text colour on it is chosen for contrast. Set before paint.
 */
function useAccentColour(colour: string) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.style.setProperty('--accent', colour);
    ref.current?.style.setProperty('--on-accent', readableTextColor(colour));
  }, [colour]);
  return ref;
}

/** Told only where the municipality runs home delivery, with its fee and a link to the details. */
function HomeDeliveryNotice({ municipality }: { municipality: MunicipalityPublic }) {
  const { t } = useTranslation();
  const { homeDelivery } = useLoaderData<typeof loadMunicipalityPage>();
  if (!homeDelivery?.isEnabled) return null;
  return (
    <section aria-labelledby="home-delivery-heading" className="panel">
      <h2 id="home-delivery-heading">{t('homeDelivery.frontPage.heading')}</h2>
      <p>{t('homeDelivery.frontPage.text', { fee: formatOre(homeDelivery.feeOre) })}</p>
      <p>
        <Link to={`/${municipality.slug}/hemleverans`}>
          {t('homeDelivery.frontPage.link', { municipality: municipality.name })}
        </Link>
      </p>
    </section>
  );
}

function ContactDetails({ municipality }: { municipality: MunicipalityPublic }) {
  const { t } = useTranslation();
  const { contactEmail, contactPhone } = municipality;
  return (
    <section aria-labelledby="contact-heading" className="panel">
      <h2 id="contact-heading">{t('municipality.contactHeading')}</h2>
      {contactEmail || contactPhone ? (
        <dl className="details-list">
          {contactEmail ? (
            <>
              <dt>{t('municipality.contactEmail')}</dt>
              <dd>
                <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
              </dd>
            </>
          ) : null}
          {contactPhone ? (
            <>
              <dt>{t('municipality.contactPhone')}</dt>
              <dd>
                <a href={telHref(contactPhone)}>{contactPhone}</a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t('municipality.noContact')}</p>
      )}
    </section>
  );
}

function ComingSoon({ municipality }: { municipality: MunicipalityPublic }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading title={t('municipality.comingSoonTitle', { name: municipality.name })} />
      <p className="lead">{t('municipality.comingSoonText', { name: municipality.name })}</p>
      <p>
        <Link to="/">{t('municipality.otherMunicipalities')}</Link>
      </p>
      <ContactDetails municipality={municipality} />
    </div>
  );
}
