import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading title={t('errors.notFoundTitle')} />
      <p>{t('errors.notFoundText')}</p>
      <p>
        <Link to="/">{t('app.toFrontPage')}</Link>
      </p>
    </div>
  );
}
