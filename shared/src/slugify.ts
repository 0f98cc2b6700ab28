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

/**
 * The longest slug `slugify` makes: what a slug may be (shared/src/slug.ts) and the narrowest
 * slug column (60). The wider columns (80) keep room for `firstFreeSlug`'s `-2`, `-3`, ….
 */
export const maxSlugLength = 60;

/**
 * `Gällivare` → `gallivare`, `Övertorneå` → `overtornea` (DESIGN §7). A long name is cut to
 * `maxSlugLength` (folding lengthens it: `æ` is `ae`), never ending on a hyphen.
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åäöéüæø]/g, (letter) => folded[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/, '');
}

/** First free slug: `name`, then `name-2`, `name-3`, … (unique in the region). */
export function firstFreeSlug(base: string, taken: string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1)
    if (!used.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
