// No zod here: the owner and review screens show only the buttons these rules allow.
import type { ShopStatus } from './shops.ts';

/** Every status, in the order a shop passes them. */
export const shopStatuses = ['draft', 'submitted', 'returned', 'published', 'suspended'] as const;

export type ShopReviewAction = 'submit' | 'approve' | 'return' | 'suspend' | 'reinstate';

/** Who takes an action: the shop's owner, or an admin of its home municipality. */
export type ShopActorKind = 'owner' | 'admin';

const transitions: Record<
  ShopReviewAction,
  { by: ShopActorKind; from: readonly ShopStatus[]; to: ShopStatus }
> = {
  submit: { by: 'owner', from: ['draft', 'returned'], to: 'submitted' },
  approve: { by: 'admin', from: ['submitted'], to: 'published' },
  return: { by: 'admin', from: ['submitted'], to: 'returned' },
  suspend: { by: 'admin', from: ['published'], to: 'suspended' },
  reinstate: { by: 'admin', from: ['suspended'], to: 'published' },
};

/** The status after an action, or null when the action is not possible from this status. */
export function nextShopStatus(status: ShopStatus, action: ShopReviewAction): ShopStatus | null {
  const rule = transitions[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** The actions a kind of actor may take on a shop in a status, for buttons. */
export function allowedShopActions(status: ShopStatus, by: ShopActorKind): ShopReviewAction[] {
  return (Object.keys(transitions) as ShopReviewAction[]).filter(
    (action) => transitions[action].by === by && nextShopStatus(status, action) !== null,
  );
}

/**
 * What the owner may edit: everything before review and after a return; a published shop
 * keeps the organisation and VAT numbers the municipality approved; nothing while the
 * municipality reviews it or has suspended it.
 */
export function editableProfileFields(status: ShopStatus): 'all' | 'all_but_identity' | 'none' {
  if (status === 'draft' || status === 'returned') return 'all';
  if (status === 'published') return 'all_but_identity';
  return 'none';
}

/** A shop may ask to be listed in a neighbouring municipality once it is published. */
export function mayRequestListing(status: ShopStatus): boolean {
  return status === 'published';
}

/** Which required profile fields are still empty before a shop may be submitted. */
export function missingForSubmission(profile: {
  orgNumber: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  categoryCount: number;
}): string[] {
  const missing: string[] = [];
  if (!profile.orgNumber) missing.push('orgNumber');
  if (!profile.streetAddress) missing.push('streetAddress');
  if (!profile.postalCode) missing.push('postalCode');
  if (!profile.city) missing.push('city');
  if (!profile.contactEmail && !profile.contactPhone) missing.push('contactEmail');
  if (profile.categoryCount === 0) missing.push('categoryIds');
  return missing;
}
