// No zod here: the storefront imports this without bundling the schema library.

/**
 * First path segments the storefront uses for its own pages, so no municipality may take
 * them as its slug (`/konto` must never be a galleria).
 */
export const reservedSlugs = new Set([
  'api',
  'admin',
  'assets',
  'dev',
  'files',
  'konto',
  'logga-in',
  'logga-ut',
  'registrera',
  'glomt-losenord',
  'aterstall-losenord',
  'inbjudan',
  'sok',
  'produkter',
  'varukorg',
  'kassa',
  'bestallningar',
  'kopvillkor',
  'integritet',
  'angerratt',
  'kakor',
  'favicon.ico',
  'robots.txt',
]);

const folded: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** `Gällivare` → `gallivare`, `Övertorneå` → `overtornea` (DESIGN §7). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åäöéüæø]/g, (letter) => folded[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** First free slug: `name`, then `name-2`, `name-3`, … (unique in the region). */
export function firstFreeSlug(base: string, taken: string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1)
    if (!used.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
