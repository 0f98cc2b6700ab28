import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import { newId } from '../../db/ids.ts';
import { contactColumnsOf } from './household-presenters.ts';
import type { HouseholdOrigin, HouseholdRow } from './households.repository.ts';

/**
 * A new household, undecided: a resident's (from the account page or checkout), a guest's
 * (keyed by e-mail and door), or a contact shop staff took down by phone.
 */
export function newHouseholdRow(household: {
  municipalityId: string;
  userId: string | null;
  via: HouseholdOrigin;
  createdByShopId?: string;
  createdByUserId: string | null;
  name: string;
  address: DeliveryAddress;
  contactEmail?: string | undefined;
  guestKey?: string;
  at: number;
}): HouseholdRow {
  const { at } = household;
  return {
    id: newId(),
    municipality_id: household.municipalityId,
    user_id: household.userId,
    created_via: household.via,
    created_by_shop_id: household.createdByShopId ?? null,
    created_by_user_id: household.createdByUserId,
    ...contactColumnsOf(household.name, household.address),
    contact_email: household.contactEmail?.trim().toLowerCase() ?? null,
    guest_key: household.guestKey ?? null,
    eligibility_status: 'none',
    eligibility_reason: null,
    applied_at: null,
    decided_at: null,
    decided_by_user_id: null,
    decision_reason: null,
    address_changed_at: at,
    last_used_at: at,
    erased_at: null,
    created_at: at,
    updated_at: at,
  };
}
