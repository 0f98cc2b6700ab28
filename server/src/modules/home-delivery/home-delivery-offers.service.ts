import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import type {
  PublicDeliveryZone,
  PublicHomeDelivery,
  ShopHomeDeliveryOffer,
} from '@e-galleria/shared/home-delivery';
import { upcomingHomeDeliveries } from '@e-galleria/shared/home-delivery-schedule';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { AppError, notFound } from '../../errors.ts';
import type { HouseholdAreas } from '../households/households.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { HomeDeliveryOffer, HomeDeliveryOffers } from '../orders/home-delivery.port.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { CarriersRepository } from './carriers.repository.ts';
import {
  routeDaysOf,
  type DeliveryZonesRepository,
  type HomeDeliverySettingsRow,
  type PlaceInZoneRow,
} from './delivery-zones.repository.ts';
import { coversDate, presentPublicZone } from './home-delivery-presenters.ts';
import type { ShopHomeDeliveryRepository } from './shop-home-delivery.repository.ts';

/** Why a shop does not deliver to a place; `field` names the address field at fault. */
type Refusal = {
  code: string;
  field: 'postalCode' | 'village' | null;
  message: string;
};

type Place = Pick<DeliveryAddress, 'postalCode'> & { village?: string | undefined };

class Refused extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
}

const refuse = (code: string, field: Refusal['field'], message: string): never => {
  throw new Refused({ code, field, message });
};

/** The refusal as checkout's door says it: a field error on the address, or unavailable. */
function toAppError(refusal: Refusal): AppError {
  return refusal.field
    ? new AppError('validation_failed', refusal.message, {
        fieldErrors: [
          { field: `address.${refusal.field}`, code: refusal.code, message: refusal.message },
        ],
      })
    : new AppError('fulfilment_unavailable', refusal.message);
}

const sameVillage = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/** The place of the list an address names: its postal code, then its village among those. */
function matchPlace(places: PlaceInZoneRow[], place: Place, noun: string): PlaceInZoneRow {
  const [first] = places;
  if (!first) return refuse('outside_zones', 'postalCode', `The postal code is not in ${noun}.`);
  if (place.village === undefined) return first;
  const match = places.find((candidate) => sameVillage(candidate.village, place.village ?? ''));
  return (
    match ??
    refuse(
      'village_not_in_zone',
      'village',
      `The village is not in ${noun} for that postal code (${sortSwedish(
        places.map((candidate) => candidate.village),
        (village) => village,
      ).join(', ')}).`,
    )
  );
}

/** Only approved households, unless the date falls in a trial period for everyone. */
function isForApprovedOnly(settings: HomeDeliverySettingsRow, date: string): boolean {
  if (settings.eligibility !== 'approved') return false;
  const inTrial =
    settings.trial_starts_on !== null &&
    settings.trial_ends_on !== null &&
    coversDate({ valid_from: settings.trial_starts_on, valid_to: settings.trial_ends_on }, date);
  return !inTrial;
}

/**
 * What a shop's home delivery is to a place for an order placed at a moment (decision 0020):
 * checkout's `HomeDeliveryOffers`, the public question behind it, the households module's
 * `HouseholdAreas`, and each municipality's public page.
 */
export function createHomeDeliveryOffersService(deps: {
  zones: DeliveryZonesRepository;
  carriers: CarriersRepository;
  shopDelivery: ShopHomeDeliveryRepository;
  municipalities: MunicipalitiesService;
  shops: ShopDirectory;
  now: () => number;
}) {
  const { zones, carriers, shopDelivery, municipalities, shops, now } = deps;

  /** The shop's active zones in municipalities that deliver, with their places. */
  async function servedZones(shopId: string): Promise<PublicDeliveryZone[]> {
    const zoneIds = await shopDelivery.zoneIdsOf(shopId);
    const rows = (await zones.findZones(zoneIds)).filter((zone) => zone.is_active);
    const municipalityIds = [...new Set(rows.map((zone) => zone.municipality_id))];
    const enabled = new Set<string>();
    const places: { zone_id: string; village: string }[] = [];
    for (const municipalityId of municipalityIds) {
      const [settings, list] = await Promise.all([
        zones.findSettings(municipalityId),
        zones.listPlaces(municipalityId),
      ]);
      if (settings?.is_enabled) enabled.add(municipalityId);
      places.push(...list);
    }
    return sortSwedish(
      rows.filter((zone) => enabled.has(zone.municipality_id)),
      (zone) => zone.name,
    ).map((zone) =>
      presentPublicZone(
        zone,
        places.filter((place) => place.zone_id === zone.id).map((place) => place.village),
      ),
    );
  }

  async function offer(shopId: string, place: Place, at: number): Promise<HomeDeliveryOffer> {
    const shop = await shops.find(shopId);
    if (!shop || shop.status !== 'published')
      return refuse('not_offered', null, 'The shop does not deliver home.');
    const optIn = await shopDelivery.findOptIn(shopId);
    if (!optIn?.is_enabled) return refuse('not_offered', null, 'The shop does not deliver home.');
    const zoneIds = await shopDelivery.zoneIdsOf(shopId);
    const candidates = (await zones.placesByPostalCode(place.postalCode, { zoneIds })).filter(
      (row) => row.zone_is_active,
    );
    const matched = matchPlace(candidates, place, 'any zone the shop delivers to');
    const settings = await zones.findSettings(matched.municipality_id);
    if (!settings?.is_enabled)
      return refuse('home_delivery_off', null, 'The municipality has no home delivery now.');
    const [day] = upcomingHomeDeliveries(
      {
        now: at,
        routeDays: routeDaysOf(matched),
        shopHours: JSON.parse(shop.opening_hours) as OpeningHours,
        extraCutoffHours: optIn.extra_cutoff_hours,
      },
      1,
    );
    if (!day) return refuse('no_route_day', 'postalCode', 'No route day ahead for this place.');
    const withAgreement = await shopDelivery.municipalitiesWithAgreementOn(shopId, day.date);
    if (!withAgreement.includes(matched.municipality_id))
      return refuse(
        'no_valid_agreement',
        null,
        'The shop has no valid home-delivery agreement for that day.',
      );
    return {
      municipalityId: matched.municipality_id,
      zoneId: matched.zone_id,
      date: day.date,
      orderBy: day.orderBy,
      feeOre: settings.fee_ore + optIn.extra_fee_ore,
      subsidisedFeeOre: settings.subsidised_fee_ore + optIn.extra_fee_ore,
      feeVatClass: settings.fee_vat_class,
      isLargeLocality: matched.is_large_locality,
      isForApprovedOnly: isForApprovedOnly(settings, day.date),
    };
  }

  const offers: HomeDeliveryOffers = {
    offerFor: (shopId, address, at) =>
      offer(shopId, address, at).catch((error: unknown) => {
        throw error instanceof Refused ? toAppError(error.refusal) : error;
      }),
  };

  const areas: HouseholdAreas = {
    async checkAddress(municipalityId, address) {
      // A municipality without a list of places has not drawn its zones yet: addresses are
      // saved and checked again when an order is placed.
      if (!(await zones.hasPlaces(municipalityId))) return;
      const places = await zones.placesByPostalCode(address.postalCode, { municipalityId });
      try {
        matchPlace(places, address, "the municipality's home-delivery area");
      } catch (error) {
        throw error instanceof Refused ? toAppError(error.refusal) : error;
      }
    },
  };

  return {
    offers,
    areas,

    /** GET /shops/:shopId/home-delivery: whether, when and for how much, or why not. */
    async publicOffer(
      shopId: string,
      query: { postalCode?: string | undefined; village?: string | undefined },
    ): Promise<ShopHomeDeliveryOffer> {
      const shop = await shops.find(shopId);
      if (!shop || shop.status !== 'published') throw notFound('The shop');
      const zoneList =
        (await shopDelivery.findOptIn(shopId))?.is_enabled === true
          ? await servedZones(shopId)
          : [];
      if (query.postalCode === undefined) {
        const isOffered = zoneList.length > 0;
        return {
          isOffered,
          refusal: isOffered
            ? null
            : { code: 'not_offered', field: null, message: 'The shop does not deliver home.' },
          offer: null,
          zones: zoneList,
        };
      }
      try {
        const found = await offer(
          shopId,
          { postalCode: query.postalCode, village: query.village },
          now(),
        );
        const [zone, municipality] = await Promise.all([
          zones.findZone(found.zoneId),
          municipalities.describe(found.municipalityId),
        ]);
        return {
          isOffered: true,
          refusal: null,
          offer: {
            date: found.date,
            orderBy: new Date(found.orderBy).toISOString(),
            feeOre: found.feeOre,
            subsidisedFeeOre: found.subsidisedFeeOre,
            zoneName: zone?.name ?? '',
            municipalitySlug: municipality.slug,
            isForApprovedOnly: found.isForApprovedOnly,
          },
          zones: zoneList,
        };
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        return { isOffered: false, refusal: error.refusal, offer: null, zones: zoneList };
      }
    },

    /** The region's municipalities with home delivery on, for its front page. */
    async deliveringMunicipalities(): Promise<{ slug: string; name: string }[]> {
      const [ids, listed] = await Promise.all([
        zones.enabledMunicipalityIds(),
        municipalities.listPublic(),
      ]);
      const open = new Set(listed.filter((row) => row.status === 'active').map((row) => row.slug));
      const described = await Promise.all(ids.map((id) => municipalities.describe(id)));
      return sortSwedish(
        described.filter((row) => open.has(row.slug)),
        (row) => row.name,
      ).map(({ slug, name }) => ({ slug, name }));
    },

    /** A municipality's public page about its home delivery; only what is on is told. */
    async publicPage(slug: string): Promise<PublicHomeDelivery> {
      const municipality = await municipalities.findOrThrow(slug);
      const settings = await zones.findSettings(municipality.id);
      const base = {
        municipality: { slug: municipality.slug, name: municipality.name },
        feeOre: settings?.fee_ore ?? 0,
        subsidisedFeeOre: settings?.subsidised_fee_ore ?? 0,
        eligibility: settings?.eligibility ?? 'everyone',
        trialStartsOn: settings?.trial_starts_on ?? null,
        trialEndsOn: settings?.trial_ends_on ?? null,
        phone: settings?.phone ?? null,
        publicNote: settings?.public_note ?? null,
      };
      if (!settings?.is_enabled)
        return { ...base, isEnabled: false, zones: [], shops: [], carriers: [] };
      const today = swedishDateOf(now());
      const [zoneRows, places, carrierRows, delivering] = await Promise.all([
        zones.listZones(municipality.id),
        zones.listPlaces(municipality.id),
        carriers.list(municipality.id),
        shopDelivery.deliveringShops(municipality.id),
      ]);
      const shopsWithAgreement = (
        await Promise.all(
          delivering.map(async (shop) =>
            (await shopDelivery.municipalitiesWithAgreementOn(shop.shop_id, today)).includes(
              municipality.id,
            )
              ? [shop]
              : [],
          ),
        )
      ).flat();
      return {
        ...base,
        isEnabled: true,
        zones: sortSwedish(
          zoneRows.filter((zone) => zone.is_active),
          (zone) => zone.name,
        ).map((zone) =>
          presentPublicZone(
            zone,
            places.filter((place) => place.zone_id === zone.id).map((place) => place.village),
          ),
        ),
        shops: sortSwedish(shopsWithAgreement, (shop) => shop.name).map((shop) => ({
          slug: shop.slug,
          name: shop.name,
          phone: shop.contact_phone,
        })),
        carriers: sortSwedish(
          carrierRows.filter((carrier) => carrier.is_active),
          (carrier) => carrier.name,
        ).map((carrier) => ({ name: carrier.name })),
      };
    },
  };
}

export type HomeDeliveryOffersService = ReturnType<typeof createHomeDeliveryOffersService>;
