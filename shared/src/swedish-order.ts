// No zod here: the storefront sorts with the same rule as the server.

/**
 * Swedish alphabetical order: Å, Ä and Ö come after Z, in that order (Älvsbyn after Pajala,
 * Åsele before Älvsbyn). Neither database does this by itself — SQLite compares bytes (Ä
 * before Å) and PostgreSQL follows the database's collation, often C or English (Ä as A) —
 * so lists of places are ordered with this wherever they are shown.
 */
const collator = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });

export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy, by the text `textOf` gives each item. */
export function sortSwedish<Item>(items: readonly Item[], textOf: (item: Item) => string): Item[] {
  return [...items].sort((a, b) => collator.compare(textOf(a), textOf(b)));
}
