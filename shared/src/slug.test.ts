import { describe, expect, it } from 'vitest';
import { slugSchema } from './slug.ts';
import { maxSlugLength, slugify } from './slugify.ts';

describe('slugify', () => {
  it.each([
    ['Gällivare', 'gallivare'],
    ['Luleå', 'lulea'],
    ['Älvsbyn', 'alvsbyn'],
    ['Övertorneå', 'overtornea'],
    ['Överkalix', 'overkalix'],
    ['Piteå', 'pitea'],
    ['  Fisk & Vilt i Arjeplog ', 'fisk-vilt-i-arjeplog'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('slugSchema', () => {
  it('accepts lowercase ASCII words joined by single hyphens', () => {
    expect(slugSchema.safeParse('arjeplog').success).toBe(true);
    expect(slugSchema.safeParse('ovre-soppero').success).toBe(true);
  });

  it('refuses the storefront’s own path segments and malformed slugs', () => {
    for (const slug of ['konto', 'admin', 'api', 'Arjeplog', 'gäll', '-x-', 'a--b', 'a']) {
      expect(slugSchema.safeParse(slug).success, slug).toBe(false);
    }
  });
});

describe('slugify of a long name', () => {
  it('cuts the slug to maxSlugLength, never ending on a hyphen', () => {
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(maxSlugLength));
    // `æ` folds to two letters: 60 of them would be 120.
    expect(slugify('æ'.repeat(60))).toBe('ae'.repeat(maxSlugLength / 2));
    const cutAtHyphen = slugify(`${'a'.repeat(maxSlugLength - 1)} bcd`);
    expect(cutAtHyphen).toBe('a'.repeat(maxSlugLength - 1));
  });

  it('leaves a name that fits as it was, and its slug stays a valid slug', () => {
    const name = 'b'.repeat(maxSlugLength);
    expect(slugify(name)).toBe(name);
    expect(slugSchema.safeParse(slugify('Ö'.repeat(200))).success).toBe(true);
  });
});
