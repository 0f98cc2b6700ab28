// No zod here: plain data the server reads to answer unknown addresses with 404.

/**
 * Every page of the storefront as client/src/router.tsx names it (react-router path
 * patterns, `:name` for a parameter). The server answers an address that none of these
 * matches with 404 — the client still renders its "page not found" there — and a unit test
 * (server/src/http/page-status.test.ts) fails when this list and the router disagree.
 */
export const pagePaths = [
  '/',
  'registrera',
  'registrera/bekrafta',
  'logga-in',
  'logga-ut',
  'glomt-losenord',
  'aterstall-losenord',
  'kopvillkor',
  'integritet',
  'angerratt',
  'kakor',
  'konto',
  'konto/bestallningar',
  'konto/adresser',
  'konto/adresser/ny',
  'konto/adresser/:householdId',
  'varukorg',
  'kassa',
  'bestallningar/:checkoutId',
  'inbjudan/:token',
  'admin/region',
  'admin/kommun/:slug',
  'konto/ombud/:servicePointSlug',
  'konto/bud/:carrierSlug',
  'konto/butiker/:shopId',
  'konto/butiker/:shopId/leverans',
  'konto/butiker/:shopId/betalningar',
  'konto/butiker/:shopId/bestallningar',
  'konto/butiker/:shopId/telefonorder',
  'konto/butiker/:shopId/bestallningar/:orderId/etikett',
  'konto/butiker/:shopId/hemleveranser',
  'konto/butiker/:shopId/hemleveranser/:orderId/sedel',
  'konto/butiker/:shopId/forfragningar',
  'konto/butiker/:shopId/forsaljning',
  'konto/butiker/:shopId/bestallningar/etiketter',
  'konto/butiker/:shopId/sortiment',
  'konto/butiker/:shopId/sortiment/ny',
  'konto/butiker/:shopId/sortiment/import',
  'konto/butiker/:shopId/sortiment/:productId',
  'admin/kommun/:slug/bestallningar',
  'admin/kommun/:slug/statistik',
  'admin/region/statistik',
  'admin/kommun/:slug/hemsandningsbidrag',
  'admin/region/hemsandningsbidrag/ansokningar',
  'admin/region/hemsandningsbidrag',
  'konto/butiker/:shopId/statistik',
  'admin/kommun/:slug/butiker',
  'admin/kommun/:slug/butiker/:shopId',
  'admin/kommun/:slug/servicepunkter',
  'admin/kommun/:slug/servicepunkter/ny',
  'admin/kommun/:slug/servicepunkter/:id',
  'admin/kommun/:slug/hushall',
  'admin/kommun/:slug/hemleverans',
  'admin/kommun/:slug/hemleverans/zoner/ny',
  'admin/kommun/:slug/hemleverans/zoner/:zoneId',
  'admin/kommun/:slug/hemleverans/bud/ny',
  'admin/kommun/:slug/hemleverans/bud/:carrierId',
  'konto/butiker/:shopId/hemleverans',
  ':slug/hemleverans',
  ':slug/servicepunkter',
  ':slug/servicepunkter/:pointSlug',
  ':slug/butiker',
  ':slug/butiker/:shopSlug',
  'dev/mailbox',
  'sok',
  'produkter/:productId',
  ':slug/sok',
  ':slug/produkter/:productId',
  ':slug',
] as const;

export type PagePath = (typeof pagePaths)[number];

export type PageMatch = { path: PagePath; params: Record<string, string> };

const patterns = pagePaths.map((path) => ({
  path,
  segments: path === '/' ? [] : path.split('/'),
}));

/**
 * The page an address shows, chosen as react-router chooses: among the patterns that match
 * every segment, the one with the most fixed segments first (`/sok` is the search page, not a
 * municipality called "sok"; `/konto/butiker/x` is the owner's shop page). Null when no
 * page matches; a malformed escape in the address matches nothing either.
 */
export function matchPagePath(pathname: string): PageMatch | null {
  let segments: string[];
  try {
    segments = pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
  let best: (PageMatch & { score: number }) | null = null;
  for (const pattern of patterns) {
    if (pattern.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let score = 0;
    const matches = pattern.segments.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        score += 3;
        return true;
      }
      score += 10;
      return part === segment;
    });
    if (matches && (best === null || score > best.score))
      best = { path: pattern.path, params, score };
  }
  return best && { path: best.path, params: best.params };
}
