/**
 * Where to go after logging in, from a `fran` query parameter. Only paths on this site:
 * `//evil.example` or `https://…` would turn the login page into an open redirect.
 */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return null;
  if (value.startsWith('/logga-in') || value.startsWith('/registrera')) return null;
  return value;
}

export function loginPathReturningTo(path: string): string {
  return `/logga-in?${new URLSearchParams({ fran: path }).toString()}`;
}
