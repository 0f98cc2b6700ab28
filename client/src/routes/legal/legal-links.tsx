import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { type LegalDocumentName, legalDocumentNames } from '../../i18n/legal-texts.ts';
import { legalPaths } from './legal-paths.ts';

/** Links to the legal pages, for the footer, the checkout and the pages themselves. */
export function LegalLinks({ except }: { except?: LegalDocumentName }) {
  const { t } = useTranslation();
  return (
    <>
      {legalDocumentNames
        .filter((name) => name !== except)
        .map((name) => (
          <li key={name}>
            <Link to={legalPaths[name]}>{t(`legal.${name}`)}</Link>
          </li>
        ))}
    </>
  );
}
