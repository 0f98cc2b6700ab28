import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LegalLinks } from '../routes/legal/legal-links.tsx';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer.about')}</p>
        <nav aria-label={t('footer.footerNavigation')}>
          <ul className="inline-list">
            <LegalLinks />
            <li>
              <Link to="/dev/mailbox">{t('footer.demoMailbox')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
