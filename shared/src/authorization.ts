import type { Role, RoleAssignment, ScopeType } from './roles.ts';

/**
 * The one authorization table. An action is allowed when the actor holds one of its roles
 * for a scope that contains the resource. Later features add rows here, never checks of
 * their own beside it.
 */
export const permissions = {
  'region.municipalities.list': ['region_admin'],
  'region.municipalities.create': ['region_admin'],
  'municipality.settings.read': ['municipality_admin', 'region_admin'],
  'municipality.settings.update': ['municipality_admin', 'region_admin'],
  'municipality.admins.invite': ['municipality_admin', 'region_admin'],
  'municipality.admins.list': ['municipality_admin', 'region_admin'],
  'municipality.shops.list': ['municipality_admin', 'region_admin'],
  'municipality.shops.invite': ['municipality_admin', 'region_admin'],
  'municipality.listings.decide': ['municipality_admin', 'region_admin'],
  'municipality.audit.read': ['municipality_admin', 'region_admin'],
  'municipality.orders.read': ['municipality_admin', 'region_admin'],
  'municipality.service_points.manage': ['municipality_admin', 'region_admin'],
  'service_point.read': ['service_point_operator', 'municipality_admin', 'region_admin'],
  'service_point.update': ['municipality_admin', 'region_admin'],
  'service_point.operators.manage': ['municipality_admin', 'region_admin'],
  // The counter: what is on its way and waiting there, seen by the point's operators and the
  // admins above them; checking in, handing over and sending back is the operator's own work.
  'service_point.parcels.read': ['service_point_operator', 'municipality_admin', 'region_admin'],
  'service_point.counter.work': ['service_point_operator'],
  'municipality.fee.read': ['municipality_admin', 'region_admin'],
  'municipality.fee.update': ['municipality_admin', 'region_admin'],
  'shop.read': ['shop_owner', 'shop_staff', 'municipality_admin', 'region_admin'],
  'shop.profile.update': ['shop_owner'],
  'shop.submit': ['shop_owner'],
  'shop.listings.request': ['shop_owner'],
  'shop.staff.invite': ['shop_owner'],
  'shop.staff.list': ['shop_owner'],
  'shop.review': ['municipality_admin', 'region_admin'],
  'shop.catalogue.read': ['shop_owner', 'shop_staff'],
  'shop.catalogue.manage': ['shop_owner', 'shop_staff'],
  'shop.fulfilment.read': ['shop_owner', 'shop_staff', 'municipality_admin', 'region_admin'],
  'shop.fulfilment.manage': ['shop_owner', 'shop_staff'],
  'shop.orders.read': ['shop_owner', 'shop_staff'],
  'shop.orders.manage': ['shop_owner', 'shop_staff'],
  // Where the shop's money goes is the owner's decision alone.
  'shop.payments.read': ['shop_owner'],
  'shop.payments.manage': ['shop_owner'],
  // Takings, transfers and fees are the owner's books; staff work the orders, not the money.
  'shop.sales.read': ['shop_owner'],
  // Households for home delivery (decision 0021). Eligibility is the municipality's decision
  // and sensitive, so only its own admins see and decide it, not the region's. Shop staff find
  // or take down a household of their shop's municipality to order on its behalf.
  'municipality.households.read': ['municipality_admin'],
  'municipality.households.decide': ['municipality_admin'],
  'shop.households.find': ['shop_owner', 'shop_staff'],
  // A carrier's day (decision 0020): its staff read and work the notes assigned to their
  // company while the goods are in its hands; nobody above them drives.
  'carrier.deliveries.read': ['carrier'],
  'carrier.deliveries.work': ['carrier'],
  // Home delivery's set-up (decision 0020): the municipality's zones, fee, carriers and
  // agreements are its admins' (and the region's, like its other settings); whether and where
  // a shop delivers home is its owner's decision, like where its money goes.
  'municipality.home_delivery.read': ['municipality_admin', 'region_admin'],
  'municipality.home_delivery.manage': ['municipality_admin', 'region_admin'],
  'shop.home_delivery.read': ['shop_owner'],
  'shop.home_delivery.manage': ['shop_owner'],
  // The subsidy's dated rules are the region's to keep (decision 0038).
  'region.subsidy_rules.read': ['region_admin'],
  'region.subsidy_rules.manage': ['region_admin'],
  // The yearly subsidy claim from the approved reports (decision 0043): the municipality's
  // own admins and the region, which sees every municipality's claim side by side.
  'municipality.subsidy_claim.read': ['municipality_admin', 'region_admin'],
  'region.subsidy_claims.read': ['region_admin'],
  // Statistics: counts and sums, never people (decision 0038). The region sees every
  // municipality; a municipality admin its own; a shop owner its own shop's.
  'region.statistics.read': ['region_admin'],
  // Card refunds made in the payment provider's dashboard, settled by hand (decision 0070).
  'region.outside_refunds.read': ['region_admin'],
  'region.outside_refunds.settle': ['region_admin'],
  'municipality.statistics.read': ['municipality_admin', 'region_admin'],
  'shop.statistics.read': ['shop_owner'],
  // A carrier's monthly report (issue 14): its own staff produce and submit it; the
  // municipality's own admins receive and decide it (approval feeds its subsidy claim).
  'carrier.reports.read': ['carrier'],
  'carrier.reports.submit': ['carrier'],
  // Correcting a run or a note of a month not yet submitted, with a reason (decision 0044).
  'carrier.reports.correct': ['carrier'],
  'municipality.carrier_reports.read': ['municipality_admin'],
  'municipality.carrier_reports.decide': ['municipality_admin'],
  // Forwarding an approved report's PDF by mail, e.g. to the county board (decision 0044).
  'municipality.carrier_reports.forward': ['municipality_admin'],
  // What waits on a municipality, on its admins' start page: counts only, but of household
  // applications and carrier reports, which only its own admins see — so not the region's.
  'municipality.to_do.read': ['municipality_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

/**
 * Where a resource sits: the ids of every scope that contains it, from the region down.
 * A municipality's settings are `{ region, municipality }`; a shop's product will be
 * `{ region, municipality, shop }`.
 */
export type ResourceScope = Partial<Record<ScopeType, string>> & { region: string };

export function isAllowed(
  assignments: readonly Pick<RoleAssignment, 'role' | 'scope'>[],
  action: Action,
  resource: ResourceScope,
): boolean {
  const allowedRoles: readonly Role[] = permissions[action];
  return assignments.some(
    (assignment) =>
      allowedRoles.includes(assignment.role) &&
      resource[assignment.scope.type] === assignment.scope.id,
  );
}
