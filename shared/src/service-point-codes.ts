// No zod here: the admin form's checkboxes and the storefront's labels import these lists.

/** What kind of place a service point is (issue 4). */
export const servicePointKinds = [
  'village_shop',
  'fuel_station',
  'library',
  'parcel_locker',
  'other',
] as const;
export type ServicePointKind = (typeof servicePointKinds)[number];

/**
 * What a resident finds at a service point, in the order forms and pages show them. `fridge`
 * and `freezer` decide whether chilled and frozen goods may be sent there.
 */
export const servicePointAmenities = [
  'public_wifi',
  'cafe_corner',
  'toilet',
  'defibrillator',
  'tourist_information',
  'printer_computer',
  'parcel_lockers',
  'fridge',
  'freezer',
  'pharmacy_agent',
  'postal_agent',
  'payment_agent',
] as const;
export type ServicePointAmenity = (typeof servicePointAmenities)[number];

/** A closed point stays in the database (orders reference it) but residents no longer see it. */
export const servicePointStatuses = ['active', 'closed'] as const;
export type ServicePointStatus = (typeof servicePointStatuses)[number];

export const defaultHoldDays = 14;
export const maxHoldDays = 60;
