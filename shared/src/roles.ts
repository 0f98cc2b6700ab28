import { z } from 'zod';

export const roles = [
  'resident',
  'shop_owner',
  'shop_staff',
  'service_point_operator',
  'carrier',
  'municipality_admin',
  'region_admin',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** What a role is held for. A role is never global: it always names its scope (DESIGN §1). */
export const scopeTypes = ['region', 'municipality', 'shop', 'service_point', 'carrier'] as const;
export const scopeTypeSchema = z.enum(scopeTypes);
export type ScopeType = z.infer<typeof scopeTypeSchema>;

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  scope: z.object({
    type: scopeTypeSchema,
    id: z.string(),
    slug: z.string().nullable(),
    /** What people call the scope (the shop's, point's, municipality's or region's name). */
    name: z.string().nullable(),
  }),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

/** The scope type each role is held for; a role assigned at another type is a bug. */
export const scopeTypeOfRole: Record<Role, ScopeType> = {
  resident: 'region',
  shop_owner: 'shop',
  shop_staff: 'shop',
  service_point_operator: 'service_point',
  carrier: 'carrier',
  municipality_admin: 'municipality',
  region_admin: 'region',
};
