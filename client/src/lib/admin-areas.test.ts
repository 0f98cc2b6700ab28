import { expect, test } from 'vitest';
import { adminAreasOf } from './admin-areas.ts';

test('lists the admin screens of admin roles only, in role order', () => {
  const areas = adminAreasOf([
    {
      role: 'resident',
      scope: { type: 'region', id: 'r1', slug: 'norrbotten', name: 'Norrbotten' },
    },
    {
      role: 'municipality_admin',
      scope: { type: 'municipality', id: 'm1', slug: 'arjeplog', name: 'Arjeplog' },
    },
    {
      role: 'region_admin',
      scope: { type: 'region', id: 'r1', slug: 'norrbotten', name: 'Norrbotten' },
    },
  ]);
  expect(areas.map((area) => area.path)).toEqual(['/admin/kommun/arjeplog', '/admin/region']);
});

test('names a shop by its name', () => {
  const [area] = adminAreasOf([
    {
      role: 'shop_owner',
      scope: { type: 'shop', id: 's1', slug: 'silvervagens-livs', name: 'Silvervägens Livs' },
    },
  ]);
  expect(area).toEqual({ kind: 'shop', path: '/konto/butiker/s1', shopName: 'Silvervägens Livs' });
});
