import type { RoleAssignment } from '@e-galleria/shared/roles';

/** A screen where a user works for one of their roles, in the order their roles list them. */
export type AdminArea =
  | { kind: 'region'; path: string }
  | { kind: 'municipality'; path: string; municipalitySlug: string }
  | { kind: 'shop'; path: string; shopName: string; ordersPath: string }
  | { kind: 'counter'; path: string; placeName: string }
  | { kind: 'carrier'; path: string; carrierName: string };

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
          ordersPath: `/konto/butiker/${assignment.scope.id}/bestallningar`,
        },
      ];
    if (assignment.role === 'service_point_operator' && assignment.scope.slug)
      return [
        {
          kind: 'counter',
          path: `/konto/ombud/${assignment.scope.slug}`,
          placeName: assignment.scope.name ?? assignment.scope.slug,
        },
      ];
    if (assignment.role === 'carrier' && assignment.scope.slug)
      return [
        {
          kind: 'carrier',
          path: `/konto/bud/${assignment.scope.slug}`,
          carrierName: assignment.scope.name ?? assignment.scope.slug,
        },
      ];
    return [];
  });
}

/**
 * Where someone lands after logging in with no page to return to: where the work of their
 * first role waits — the operator at the counter, a carrier's driver on the day's deliveries, a shop's people on its orders, an admin on
 * the overview. A resident starts on the front page.
 */
export function workPathOf(roles: readonly RoleAssignment[]): string {
  const [first] = adminAreasOf(roles);
  if (!first) return '/';
  return first.kind === 'shop' ? first.ordersPath : first.path;
}
