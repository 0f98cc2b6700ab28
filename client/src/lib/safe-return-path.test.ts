import { describe, expect, test } from 'vitest';
import { loginPathReturningTo, safeReturnPath } from './safe-return-path.ts';

describe('safeReturnPath', () => {
  test('accepts a path on this site, with its query', () => {
    expect(safeReturnPath('/admin/kommun/arjeplog?x=1')).toBe('/admin/kommun/arjeplog?x=1');
  });

  test.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'konto', '', null])(
    'refuses %j, which would leave the site or is no path',
    (value) => {
      expect(safeReturnPath(value)).toBeNull();
    },
  );

  test('refuses the login and register pages, which would loop', () => {
    expect(safeReturnPath('/logga-in?fran=/konto')).toBeNull();
    expect(safeReturnPath('/registrera')).toBeNull();
  });

  test('round-trips through the login link', () => {
    const link = new URL(loginPathReturningTo('/konto?flik=roller'), 'http://localhost');
    expect(safeReturnPath(link.searchParams.get('fran'))).toBe('/konto?flik=roller');
  });
});
