import type { RequestHandler } from 'express';
import { sendProblem } from './problem.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery protection without tokens, as Go's http.CrossOriginProtection
 * does it: browsers send `Sec-Fetch-Site` and `Origin` on every state-changing request, so a
 * request from another site is recognised by them. A request without either comes from a
 * non-browser client (curl, a municipality's script), which cannot carry a victim's cookie
 * to begin with. The session cookie's SameSite=Lax is the second line.
 */
export function crossSiteProtection(publicUrl: string): RequestHandler {
  const trustedOrigin = new URL(publicUrl).origin;
  return (request, response, next) => {
    if (safeMethods.has(request.method)) return next();
    const fetchSite = request.get('sec-fetch-site');
    if (fetchSite === 'same-origin' || fetchSite === 'none') return next();
    const origin = request.get('origin');
    if (origin !== undefined && origin === trustedOrigin) return next();
    if (fetchSite === undefined && origin === undefined) return next();
    sendProblem(response, 'cross_site_request_rejected', {
      detail: 'State-changing requests must come from this site.',
    });
  };
}
