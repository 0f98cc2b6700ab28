import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import type {
  EligibilityView,
  HouseholdAddressView,
  MunicipalityHousehold,
  ResidentHousehold,
  ShopHousehold,
  ShopHouseholdMatch,
} from '@e-galleria/shared/households';
import { phoneDigitsOf, phoneEndingOf, searchNameOf } from './household-keys.ts';
import type {
  DecidedHouseholdRow,
  HouseholdContactColumns,
  HouseholdRow,
  OwnHouseholdRow,
} from './households.repository.ts';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** The columns a saved name and address write; empty optional fields are stored as null. */
export function contactColumnsOf(name: string, address: DeliveryAddress): HouseholdContactColumns {
  return {
    name,
    street_address: address.streetAddress,
    postal_code: address.postalCode,
    village: address.village,
    door_code: address.doorCode || null,
    driver_note: address.driverNote || null,
    phone: address.phone,
    phone_digits: phoneDigitsOf(address.phone),
    search_name: searchNameOf(name),
  };
}

/** Only live (never erased) rows reach a presenter: their address columns are set. */
export function addressViewOf(row: HouseholdRow): HouseholdAddressView {
  return {
    streetAddress: row.street_address ?? '',
    postalCode: row.postal_code ?? '',
    village: row.village ?? '',
    doorCode: row.door_code,
    driverNote: row.driver_note,
    phone: row.phone ?? '',
  };
}

/** The address as checkout and a delivery note take it. */
export function deliveryAddressOf(row: HouseholdRow): DeliveryAddress {
  const view = addressViewOf(row);
  return {
    streetAddress: view.streetAddress,
    postalCode: view.postalCode,
    village: view.village,
    phone: view.phone,
    ...(view.doorCode ? { doorCode: view.doorCode } : {}),
    ...(view.driverNote ? { driverNote: view.driverNote } : {}),
  };
}

function eligibilityOf(row: HouseholdRow): EligibilityView {
  return {
    status: row.eligibility_status,
    reason: row.eligibility_reason,
    appliedAt: iso(row.applied_at),
    decidedAt: iso(row.decided_at),
    decisionReason: row.decision_reason,
  };
}

export function toResidentHousehold(row: OwnHouseholdRow): ResidentHousehold {
  return {
    id: row.id,
    municipality: { slug: row.municipality_slug, name: row.municipality_name },
    name: row.name ?? '',
    address: addressViewOf(row),
    eligibility: eligibilityOf(row),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Eligibility and address: no door code, no note, nothing anyone bought (decision 0021). */
export function toMunicipalityHousehold(row: DecidedHouseholdRow): MunicipalityHousehold {
  const address = addressViewOf(row);
  return {
    id: row.id,
    name: row.name ?? '',
    streetAddress: address.streetAddress,
    postalCode: address.postalCode,
    village: address.village,
    phone: address.phone,
    hasAccount: row.user_id !== null,
    eligibility: { ...eligibilityOf(row), decidedBy: row.decided_by_name },
    isAddressChangedSinceDecision:
      row.decided_at !== null && row.address_changed_at > row.decided_at,
  };
}

export function toShopHouseholdMatch(row: HouseholdRow): ShopHouseholdMatch {
  const address = addressViewOf(row);
  return {
    id: row.id,
    name: row.name ?? '',
    streetAddress: address.streetAddress,
    postalCode: address.postalCode,
    village: address.village,
    phoneEnding: phoneEndingOf(row.phone_digits ?? ''),
    hasAccount: row.user_id !== null,
  };
}

export function toShopHousehold(row: HouseholdRow): ShopHousehold {
  return {
    id: row.id,
    name: row.name ?? '',
    email: row.contact_email,
    address: addressViewOf(row),
    hasAccount: row.user_id !== null,
  };
}
