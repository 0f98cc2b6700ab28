import { expect, test } from 'vitest';
import type { RoleAssignment } from '@e-galleria/shared/roles';
import { adminAreasOf, workPathOf } from './admin-areas.ts';

const resident: RoleAssignment = {
  role: 'resident',
  scope: { type: 'region', id: 'r1', slug: 'norrbotten', name: 'Norrbotten' },
};
const municipalityAdmin: RoleAssignment = {
  role: 'municipality_admin',
  scope: { type: 'municipality', id: 'm1', slug: 'arjeplog', name: 'Arjeplog' },
};
const shopOwner: RoleAssignment = {
  role: 'shop_owner',
  scope: { type: 'shop', id: 's1', slug: 'silvervagens-livs', name: 'Silvervägens Livs' },
};
const operator: RoleAssignment = {
  role: 'service_point_operator',
  scope: { type: 'service_point', id: 'p1', slug: 'laisvall-byhandel', name: 'Laisvall Byhandel' },
};

test('lists the work screens of working roles only, in role order', () => {
  const areas = adminAreasOf([
    resident,
    municipalityAdmin,
    { ...resident, role: 'region_admin' },
    operator,
  ]);
  expect(areas.map((area) => area.path)).toEqual([
    '/admin/kommun/arjeplog',
    '/admin/region',
    '/konto/ombud/laisvall-byhandel',
  ]);
});

test('names a shop by its name', () => {
  const [area] = adminAreasOf([shopOwner]);
  expect(area).toEqual({
    kind: 'shop',
    path: '/konto/butiker/s1',
    shopName: 'Silvervägens Livs',
    ordersPath: '/konto/butiker/s1/bestallningar',
  });
});

test('lands the operator at the counter, the shop owner on the orders and the admin on the overview', () => {
  expect(workPathOf([resident, operator])).toBe('/konto/ombud/laisvall-byhandel');
  expect(workPathOf([resident, shopOwner])).toBe('/konto/butiker/s1/bestallningar');
  expect(workPathOf([resident, municipalityAdmin])).toBe('/admin/kommun/arjeplog');
});

test('lands a resident on the front page', () => {
  expect(workPathOf([resident])).toBe('/');
});

test('lands a carrier’s driver on the day’s deliveries', () => {
  const driver: RoleAssignment = {
    role: 'carrier',
    scope: { type: 'carrier', id: 'c1', slug: 'bussgods-arjeplog', name: 'Bussgods' },
  };
  expect(workPathOf([resident, driver])).toBe('/konto/bud/bussgods-arjeplog');
  expect(adminAreasOf([driver])).toEqual([
    { kind: 'carrier', path: '/konto/bud/bussgods-arjeplog', carrierName: 'Bussgods' },
  ]);
});
