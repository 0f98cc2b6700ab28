import type { UpdateShopProfileBody } from '@e-galleria/shared/shops';
import type { ShopChanges } from './shops.repository.ts';

/** The columns a profile PATCH changes; fields left out of the body stay as they are. */
export function profileChanges(body: UpdateShopProfileBody): ShopChanges {
  const changes: ShopChanges = {};
  if (body.name !== undefined) changes.name = body.name;
  if (body.orgNumber !== undefined) changes.org_number = body.orgNumber;
  if (body.vatNumber !== undefined) changes.vat_number = body.vatNumber;
  if (body.streetAddress !== undefined) changes.street_address = body.streetAddress || null;
  if (body.postalCode !== undefined) changes.postal_code = body.postalCode;
  if (body.city !== undefined) changes.city = body.city || null;
  if (body.village !== undefined) changes.village = body.village || null;
  if (body.description !== undefined) changes.description = body.description;
  if (body.contactEmail !== undefined) changes.contact_email = body.contactEmail;
  if (body.contactPhone !== undefined) changes.contact_phone = body.contactPhone;
  if (body.websiteUrl !== undefined) changes.website_url = body.websiteUrl;
  if (body.openingHours !== undefined) changes.opening_hours = JSON.stringify(body.openingHours);
  if (body.contentLocale !== undefined) changes.content_locale = body.contentLocale;
  return changes;
}
