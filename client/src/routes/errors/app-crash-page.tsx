import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/**
 * When even the root data (session, municipality list) cannot load, there is no header to
 * show. A full reload is the honest retry: it also fetches a new build after a deploy.
 */
export function AppCrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const describeCode = useErrorCodeMessage();
  usePageTitle(t('errors.pageTitle'));
  if (!isApiError(error)) console.error(error);
  return (
    <main id="main" className="site-main">
      <div className="page">
        <h1>{t('errors.pageTitle')}</h1>
        <p role="alert">
          {describeCode({ code: isApiError(error) ? error.code : 'internal_error' })}
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('app.retry')}
          </button>
        </p>
      </div>
    </main>
  );
}
