import { useTranslation } from 'react-i18next';
import type { Locale } from '@e-galleria/shared/locales';
import { PageHeading } from '../../components/page-heading.tsx';
import { enLegal } from '../../i18n/en-legal.ts';
import { fiLegal } from '../../i18n/fi-legal.ts';
import type { LegalDocumentName, LegalTexts } from '../../i18n/legal-texts.ts';
import { svLegal } from '../../i18n/sv-legal.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { LegalLinks } from './legal-links.tsx';

// Every language in this module: a language switch on the page needs no second download.
const textsByLocale: Record<Locale, LegalTexts> = { sv: svLegal, en: enLegal, fi: fiLegal };

/** One legal document: terms of purchase, privacy, right of withdrawal or cookies. */
function LegalPage({ name }: { name: LegalDocumentName }) {
  const { t } = useTranslation();
  const texts = textsByLocale[useLocale()];
  const document = texts.documents[name];
  return (
    <div className="page page--narrow legal-page">
      <PageHeading title={document.title} />
      <p className="lead">{document.summary}</p>
      {document.sections.map((section, sectionIndex) => (
        <section key={section.heading} aria-labelledby={`legal-section-${sectionIndex}`}>
          <h2 id={`legal-section-${sectionIndex}`}>{section.heading}</h2>
          {section.body.map((part, partIndex) =>
            typeof part === 'string' ? (
              <p key={partIndex}>{part}</p>
            ) : (
              <ul key={partIndex}>
                {part.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
      <p className="muted">{texts.version}</p>
      <nav aria-labelledby="legal-links-heading" className="panel">
        <h2 id="legal-links-heading">{t('legal.linksHeading')}</h2>
        <ul>
          <LegalLinks except={name} />
        </ul>
      </nav>
    </div>
  );
}

function TermsPage() {
  return <LegalPage name="terms" />;
}
function PrivacyPage() {
  return <LegalPage name="privacy" />;
}
function WithdrawalPage() {
  return <LegalPage name="withdrawal" />;
}
function CookiesPage() {
  return <LegalPage name="cookies" />;
}

export const routes = {
  terms: { Component: TermsPage },
  privacy: { Component: PrivacyPage },
  withdrawal: { Component: WithdrawalPage },
  cookies: { Component: CookiesPage },
} satisfies Record<LegalDocumentName, object>;
