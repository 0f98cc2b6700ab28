/**
 * What the deliveries module asks of home delivery's set-up (decision 0020), handed in when the
 * app is composed: the carriers as companies, which shop may hand an order to which carrier,
 * and who drives which zone on which day. The `home-delivery` module fills it.
 */
export type CarrierSummary = {
  id: string;
  municipalityId: string;
  slug: string;
  name: string;
  orgNumber: string;
};

export type CarrierDirectory = {
  /** The carrier by id, or null (unknown or inactive). */
  carrierById: (carrierId: string) => Promise<CarrierSummary | null>;
  /** The carrier by slug (the carrier's screen `/konto/bud/:slug`), or null. */
  carrierBySlug: (slug: string) => Promise<CarrierSummary | null>;
  /** The active carriers a shop hands its home deliveries to, in Swedish order of name. */
  carriersOfShop: (shopId: string) => Promise<CarrierSummary[]>;
  /**
   * Whether the carrier drives the zone on that date's weekday: a shop may only assign an
   * order to a carrier that does.
   */
  drives: (carrierId: string, zoneId: string, date: string) => Promise<boolean>;
  /** A zone's name and village list, for the carrier's day grouped by route. */
  zoneName: (zoneId: string) => Promise<string | null>;
  /**
   * Whether the date's weekday is one of the zone's route days (and the zone is active): a
   * failed delivery is only sent out again on one.
   */
  isRouteDay: (zoneId: string, date: string) => Promise<boolean>;
};
