import { describe, expect, it } from 'vitest';
import { slugSchema } from './slug.ts';
import { slugify } from './slugify.ts';

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
