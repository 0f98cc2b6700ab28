import { describe, expect, it } from 'vitest';
import { isAllowed } from './authorization.ts';
import type { RoleAssignment } from './roles.ts';

const arjeplogAdmin: RoleAssignment = {
  role: 'municipality_admin',
  scope: { type: 'municipality', id: 'm-arjeplog', slug: 'arjeplog', name: 'Arjeplog' },
};
const regionAdmin: RoleAssignment = {
  role: 'region_admin',
  scope: { type: 'region', id: 'r-norrbotten', slug: 'norrbotten', name: 'Norrbotten' },
};
const resident: RoleAssignment = {
  role: 'resident',
  scope: { type: 'region', id: 'r-norrbotten', slug: 'norrbotten', name: 'Norrbotten' },
};

const arjeplog = { region: 'r-norrbotten', municipality: 'm-arjeplog' };
const gallivare = { region: 'r-norrbotten', municipality: 'm-gallivare' };

describe('isAllowed', () => {
  it('allows a role for a resource inside its scope', () => {
    expect(isAllowed([arjeplogAdmin], 'municipality.settings.update', arjeplog)).toBe(true);
  });

  it('refuses the same role for a resource in another scope', () => {
    expect(isAllowed([arjeplogAdmin], 'municipality.settings.update', gallivare)).toBe(false);
  });

  it('lets a region role reach everything inside the region, and nothing in another region', () => {
    expect(isAllowed([regionAdmin], 'municipality.settings.read', gallivare)).toBe(true);
    expect(
      isAllowed([regionAdmin], 'municipality.settings.read', {
        region: 'r-other',
        municipality: 'm-x',
      }),
    ).toBe(false);
  });

  it('refuses a role the action does not list, whatever its scope', () => {
    expect(isAllowed([resident], 'municipality.settings.read', arjeplog)).toBe(false);
    expect(
      isAllowed([arjeplogAdmin], 'region.municipalities.create', { region: 'r-norrbotten' }),
    ).toBe(false);
  });

  it('refuses everything to someone without roles', () => {
    expect(isAllowed([], 'municipality.settings.read', arjeplog)).toBe(false);
  });
});
