import {
  Link,
  isRouteErrorResponse,
  useLocation,
  useRevalidator,
  useRouteError,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { type ApiErrorCode, isApiError } from '../../api/api-error.ts';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { loginPathReturningTo } from '../../lib/safe-return-path.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** What a page shows when its loader failed: the header and footer stay, so the user can go on. */
export function RouteErrorPage() {
  const error = useRouteError();
  const code = errorCodeOf(error);
  if (code === 'not_found') return <NotFoundPage />;
  if (code === 'forbidden') return <ForbiddenPage />;
  if (code === 'unauthenticated') return <LoginRequiredPage />;
  return <FailedPage code={code} />;
}

function errorCodeOf(error: unknown): ApiErrorCode {
  if (isApiError(error)) return error.code;
  if (isRouteErrorResponse(error) && error.status === 404) return 'not_found';
  // A bug or a failed chunk download: logged for developers, shown as a plain failure.
  console.error(error);
  return 'internal_error';
}

function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading title={t('errors.forbiddenTitle')} />
      <p>{t('errors.forbiddenText')}</p>
      <p>
        <Link to="/">{t('app.toFrontPage')}</Link>
      </p>
    </div>
  );
}

function LoginRequiredPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="page">
      <PageHeading title={t('errors.unauthenticatedTitle')} />
      <p>{t('errors.unauthenticatedText')}</p>
      <p>
        <Link to={loginPathReturningTo(`${location.pathname}${location.search}`)}>
          {t('header.login')}
        </Link>
      </p>
    </div>
  );
}

function FailedPage({ code }: { code: ApiErrorCode }) {
  const { t } = useTranslation();
  const describeCode = useErrorCodeMessage();
  const revalidator = useRevalidator();
  return (
    <div className="page">
      <PageHeading title={t('errors.pageTitle')} />
      <p role="alert">{describeCode({ code })}</p>
      <p>
        <button type="button" className="button" onClick={() => void revalidator.revalidate()}>
          {t('app.retry')}
        </button>
      </p>
    </div>
  );
}
