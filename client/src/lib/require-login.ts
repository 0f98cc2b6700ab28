import { redirect } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { loginPathReturningTo } from './safe-return-path.ts';

/**
 * For loaders of pages that need a session, from their catch block: an anonymous visitor
 * is redirected to the login page, which brings them back here afterwards. Any other
 * failure is rethrown for the error boundary.
 */
export function loginRedirectIfAnonymous(error: unknown, request: Request): Response {
  if (!isApiError(error, 'unauthenticated')) throw error;
  const url = new URL(request.url);
  return redirect(loginPathReturningTo(`${url.pathname}${url.search}`));
}
