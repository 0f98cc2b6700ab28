import { describe, expect, it } from 'vitest';
import { matchPagePath, pagePaths } from './page-paths.ts';
import { reservedSlugs } from './slugify.ts';

describe('matchPagePath', () => {
  it('prefers fixed segments to parameters, as the client router does', () => {
    expect(matchPagePath('/sok')).toEqual({ path: 'sok', params: {} });
    expect(matchPagePath('/arjeplog')).toEqual({ path: ':slug', params: { slug: 'arjeplog' } });
    expect(matchPagePath('/konto/butiker/abc')?.path).toBe('konto/butiker/:shopId');
    expect(matchPagePath('/arjeplog/butiker/slagnas-bageri')).toEqual({
      path: ':slug/butiker/:shopSlug',
      params: { slug: 'arjeplog', shopSlug: 'slagnas-bageri' },
    });
    expect(matchPagePath('/admin/kommun/arjeplog/servicepunkter/ny')?.path).toBe(
      'admin/kommun/:slug/servicepunkter/ny',
    );
  });

  it('matches the front page, ignores a trailing slash and decodes escaped segments', () => {
    expect(matchPagePath('/')?.path).toBe('/');
    expect(matchPagePath('/arjeplog/')?.params).toEqual({ slug: 'arjeplog' });
    expect(matchPagePath('/s%C3%B6k')?.params).toEqual({ slug: 'sök' });
  });

  it('matches nothing for addresses no page has, or a malformed escape', () => {
    for (const path of ['/arjeplog/finns-inte', '/a/b/c/d/e/f/g', '/konto/okand', '/%E0%A4%A'])
      expect(matchPagePath(path), path).toBeNull();
  });
});

describe('the storefront’s own first segments', () => {
  it('are all reserved, so no municipality can take one as its slug', () => {
    const firstSegments = pagePaths
      .map((path) => path.split('/')[0] ?? '')
      .filter((segment) => segment !== '' && !segment.startsWith(':'));
    expect(firstSegments.filter((segment) => !reservedSlugs.has(segment))).toEqual([]);
  });
});
