const segment = encodeURIComponent;

/** The municipality admin's home delivery: the overview, a zone, a carrier. */
export const adminHomeDeliveryPath = (slug: string) => `/admin/kommun/${segment(slug)}/hemleverans`;
export const zoneEditorPath = (slug: string, zoneId: string | null) =>
  `${adminHomeDeliveryPath(slug)}/zoner/${zoneId ? segment(zoneId) : 'ny'}`;
export const carrierEditorPath = (slug: string, carrierId: string | null) =>
  `${adminHomeDeliveryPath(slug)}/bud/${carrierId ? segment(carrierId) : 'ny'}`;

/** The shop owner's opt-in. */
export const shopHomeDeliveryPath = (shopId: string) =>
  `/konto/butiker/${segment(shopId)}/hemleverans`;

/** Each municipality's public page about its home delivery. */
export const publicHomeDeliveryPath = (slug: string) => `/${segment(slug)}/hemleverans`;
