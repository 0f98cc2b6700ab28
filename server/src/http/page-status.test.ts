import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagePaths } from '@e-galleria/shared/page-paths';
import { createPageStatus } from './page-status.ts';

/** The `path:` strings of the client's route table, read from its source. */
function clientRouterPaths(): string[] {
  const source = fs.readFileSync(
    new URL('../../../client/src/router.tsx', import.meta.url),
    'utf8',
  );
  return [...source.matchAll(/\bpath: '([^']*)'/g)].map((match) => match[1] ?? '');
}

describe('the server’s table of pages', () => {
  it('names exactly the client router’s pages (its catch-all aside)', () => {
    const routerPaths = clientRouterPaths().filter((path) => path !== '*');
    expect([...routerPaths].sort()).toEqual([...pagePaths].sort());
  });
});

describe('createPageStatus', () => {
  const statusOf = createPageStatus({
    municipality: (slug) => Promise.resolve(slug === 'arjeplog'),
    shop: (slug, shopSlug) => Promise.resolve(slug === 'arjeplog' && shopSlug === 'bageriet'),
    servicePoint: (pointSlug) => Promise.resolve(pointSlug === 'laisvall'),
    product: (productId) => Promise.resolve(productId === 'p1'),
    isDemo: false,
  });

  it('answers 200 where the page and what it shows exist, 404 otherwise', async () => {
    expect(await statusOf('/arjeplog/butiker/bageriet')).toBe(200);
    expect(await statusOf('/arjeplog/servicepunkter/laisvall')).toBe(200);
    expect(await statusOf('/kiruna/servicepunkter/laisvall')).toBe(404);
    expect(await statusOf('/kiruna/butiker')).toBe(404);
    expect(await statusOf('/produkter/p2')).toBe(404);
    expect(await statusOf('/dev/mailbox')).toBe(404);
    expect(await statusOf('/sok')).toBe(200);
  });
});
