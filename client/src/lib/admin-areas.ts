import type { RoleAssignment } from '@e-galleria/shared/roles';

/** An admin screen a user may open, in the order their roles list them. */
export type AdminArea =
  | { kind: 'region'; path: string }
  | { kind: 'municipality'; path: string; municipalitySlug: string }
  | { kind: 'shop'; path: string; shopName: string };

export function adminAreasOf(roles: readonly RoleAssignment[]): AdminArea[] {
  return roles.flatMap((assignment): AdminArea[] => {
    if (assignment.role === 'region_admin') return [{ kind: 'region', path: '/admin/region' }];
    if (assignment.role === 'municipality_admin' && assignment.scope.slug)
      return [
        {
          kind: 'municipality',
          path: `/admin/kommun/${assignment.scope.slug}`,
          municipalitySlug: assignment.scope.slug,
        },
      ];
    if (
      (assignment.role === 'shop_owner' || assignment.role === 'shop_staff') &&
      assignment.scope.slug
    )
      return [
        {
          kind: 'shop',
          path: `/konto/butiker/${assignment.scope.id}`,
          shopName: assignment.scope.name ?? assignment.scope.slug,
        },
      ];
    return [];
  });
}
