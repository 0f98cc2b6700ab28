import { matchPagePath, type PagePath } from '@e-galleria/shared/page-paths';
import { AppError } from '../errors.ts';

/** Whether what a page shows exists; each answers false for "not found", throws otherwise. */
export type PageLookups = {
  municipality: (slug: string) => Promise<boolean>;
  shop: (municipalitySlug: string, shopSlug: string) => Promise<boolean>;
  servicePoint: (pointSlug: string) => Promise<boolean>;
  product: (productId: string) => Promise<boolean>;
  /** The demo mailbox page exists only where its API does. */
  isDemo: boolean;
};

type Params = Record<string, string>;

/**
 * The HTTP status of a storefront address: 404 when no page of the client's route table
 * matches it, or when the page's loader would not find what it shows (a municipality, shop,
 * service point or product that does not exist) — the same index.html is sent either way and
 * the client renders its "page not found". Pages behind a login answer 200 and let the page
 * say what the visitor may see, so a status never tells strangers what exists there.
 */
export function createPageStatus(lookups: PageLookups) {
  const municipality = (params: Params) => lookups.municipality(params.slug ?? '');
  const checks: Partial<Record<PagePath, (params: Params) => Promise<boolean>>> = {
    ':slug': municipality,
    ':slug/butiker': municipality,
    ':slug/servicepunkter': municipality,
    ':slug/sok': municipality,
    ':slug/butiker/:shopSlug': (params) => lookups.shop(params.slug ?? '', params.shopSlug ?? ''),
    ':slug/servicepunkter/:pointSlug': async (params) =>
      (await municipality(params)) && lookups.servicePoint(params.pointSlug ?? ''),
    // The product page reads only the product, whichever galleria's address it is under.
    ':slug/produkter/:productId': (params) => lookups.product(params.productId ?? ''),
    'produkter/:productId': (params) => lookups.product(params.productId ?? ''),
    'dev/mailbox': () => Promise.resolve(lookups.isDemo),
  };

  return async function statusOf(pathname: string): Promise<200 | 404> {
    const match = matchPagePath(pathname);
    if (!match) return 404;
    const check = checks[match.path];
    return !check || (await check(match.params)) ? 200 : 404;
  };
}

export type PageStatus = ReturnType<typeof createPageStatus>;

/** True when `read` finds it, false when it throws `not_found`; other failures propagate. */
export async function isFound(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return false;
    throw error;
  }
}
