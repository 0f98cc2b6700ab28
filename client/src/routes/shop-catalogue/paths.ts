/** The shop's catalogue screens live under the owner's shop page (`/konto/butiker/:shopId`). */
export function cataloguePath(shopId: string, rest = ''): string {
  return `/konto/butiker/${encodeURIComponent(shopId)}/sortiment${rest}`;
}
