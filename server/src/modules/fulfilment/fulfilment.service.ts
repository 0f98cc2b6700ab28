import type { TransactionRunner } from '../../db/database.ts';
import type { ReadPart } from '../../db/read-parts.ts';
import type { FulfilmentChoice } from '@e-galleria/shared/checkout';
import type { FieldError } from '@e-galleria/shared/errors';
import {
  defaultPickupInShop,
  type FulfilmentOption,
  type FulfilmentSettings,
  type UpdateFulfilmentInput,
} from '@e-galleria/shared/fulfilment';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type {
  ServicePointDirectory,
  ServicePointRecord,
} from '../service-points/service-point-directory.service.ts';
import type { ShopDirectory, ShopRecord } from '../shops/shop-directory.service.ts';
import {
  computeOptions,
  deliveriesOf,
  pointOfSchedule,
  pointOfServicePoint,
  shopPickupAt,
  upcomingAt,
} from './fulfilment-options.ts';
import type {
  FulfilmentRepository,
  PickupScheduleRow,
  ShopPickupRow,
} from './fulfilment.repository.ts';

/** How many coming dates the owner's preview shows per service point. */
const previewCount = 3;

/** What a PUT compares to decide whether anything changed (and is worth an audit line). */
function fingerprint(
  pickupInShop: boolean,
  preparationMinutes: number,
  schedules: Pick<PickupScheduleRow, 'service_point_id' | 'is_active' | 'deliveries'>[],
): string {
  const routes = schedules
    .map((row) => [row.service_point_id, row.is_active, row.deliveries])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify([pickupInShop, preparationMinutes, routes]);
}

/**
 * How a shop's goods reach residents: pickup in the shop and pickup at service points on a
 * schedule. The earliest dates come from shared/src/pickup-schedule.ts, never from storage.
 */
export function createFulfilmentService(deps: {
  transaction: TransactionRunner;
  fulfilment: FulfilmentRepository;
  shops: ShopDirectory;
  servicePoints: ServicePointDirectory;
  /**
   * The same on the reader connections (Database.reader): checkout asks for its shops'
   * options on every order, beside the writer.
   */
  reads: { fulfilment: FulfilmentRepository };
  audit: AuditService;
  now: () => number;
}) {
  const { transaction, fulfilment, shops, servicePoints, audit, now } = deps;

  async function settingsRowOf(shopId: string, repository: FulfilmentRepository = fulfilment) {
    return (
      (await repository.findSettings(shopId)) ?? {
        pickup_in_shop_enabled: defaultPickupInShop.enabled,
        preparation_minutes: defaultPickupInShop.preparationMinutes,
      }
    );
  }

  /** Active points of the shop's home municipality and of those where its listing is approved. */
  async function availablePoints(shop: ShopRecord): Promise<ServicePointRecord[]> {
    const listed = (await shops.listingsOf(shop.id))
      .filter((listing) => listing.status === 'approved')
      .map((listing) => listing.municipality_id);
    return sortSwedish(
      await servicePoints.listActive([shop.municipality_id, ...listed]),
      (point) => point.name,
    );
  }

  async function settingsOf(shop: ShopRecord): Promise<FulfilmentSettings> {
    const [settings, schedules, available] = await Promise.all([
      settingsRowOf(shop.id),
      fulfilment.listSchedules(shop.id, { servedOnly: false }),
      availablePoints(shop),
    ]);
    const at = now();
    const shopHours = JSON.parse(shop.opening_hours) as OpeningHours;
    return {
      pickupInShop: {
        enabled: settings.pickup_in_shop_enabled,
        preparationMinutes: settings.preparation_minutes,
        earliest: shopPickupAt(settings.preparation_minutes, shopHours, at),
      },
      servicePoints: sortSwedish(schedules, (row) => row.point_name).map((row) => ({
        servicePoint: { ...pointOfSchedule(row), status: row.point_status },
        isActive: row.is_active,
        deliveries: deliveriesOf(row),
        upcoming:
          row.is_active && row.point_status === 'active'
            ? upcomingAt(row, shopHours, at, previewCount)
            : [],
      })),
      availableServicePoints: available.map(pointOfServicePoint),
    };
  }

  /**
   * Points the shop may not serve (closed, another municipality, unknown) are refused, except
   * that a route already saved may stay, switched off, for the owner to see and remove.
   */
  function refusedPoints(
    body: UpdateFulfilmentInput,
    available: ServicePointRecord[],
    saved: Set<string>,
  ): FieldError[] {
    const allowed = new Set(available.map((point) => point.id));
    return body.servicePoints.flatMap((schedule, index): FieldError[] =>
      allowed.has(schedule.servicePointId) ||
      (!schedule.isActive && saved.has(schedule.servicePointId))
        ? []
        : [
            {
              field: `servicePoints.${index}.servicePointId`,
              code: 'service_point_unavailable',
              message: 'Not an active service point where the shop is sold.',
            },
          ],
    );
  }

  /**
   * Every way to receive a published shop's goods for an order placed at `at`, soonest
   * first; or, when the resident has `chosen` one (checkout), only that one: the dates of the
   * others are neither read nor computed.
   */
  async function optionsForShop(
    shopId: string,
    at: number,
    chosen?: FulfilmentChoice,
  ): Promise<FulfilmentOption[]> {
    const options = await optionsForShops([{ shopId, chosen }], at);
    return options.get(shopId) ?? [];
  }

  /**
   * The same for every shop of a checkout: the shops and their settings in one statement
   * whatever their number (decision 0052); a shop's service-point routes only when they can
   * be chosen.
   */
  async function optionsForShops(
    wanted: readonly { shopId: string; chosen: FulfilmentChoice | undefined }[],
    at: number,
    /** The shops as `shopsRead` read them along with other reads; read here when absent. */
    shops?: readonly ShopPickupRow[],
  ): Promise<Map<string, FulfilmentOption[]>> {
    const { reads } = deps;
    const shopsById = new Map(
      (shops ?? (await reads.fulfilment.shopsWithSettings(wanted.map((one) => one.shopId)))).map(
        (row) => [row.shop_id, row],
      ),
    );
    const options = await Promise.all(
      wanted.map(async ({ shopId, chosen }) => {
        const shop = shopsById.get(shopId);
        if (!shop || shop.status !== 'published') throw notFound('The shop');
        const inShop = !chosen || chosen.method === 'pickup_in_shop';
        const atPoints = !chosen || chosen.method === 'pickup_at_service_point';
        const schedules = atPoints
          ? await reads.fulfilment.listSchedules(shopId, { servedOnly: true })
          : [];
        const pointId =
          chosen?.method === 'pickup_at_service_point' ? chosen.servicePointId : undefined;
        return [
          shopId,
          computeOptions({
            shopHours: shop.opening_hours,
            settings: inShop
              ? {
                  pickup_in_shop_enabled:
                    shop.pickup_in_shop_enabled ?? defaultPickupInShop.enabled,
                  preparation_minutes:
                    shop.preparation_minutes ?? defaultPickupInShop.preparationMinutes,
                }
              : { pickup_in_shop_enabled: false, preparation_minutes: 0 },
            schedules:
              pointId === undefined
                ? schedules
                : schedules.filter((row) => row.service_point_id === pointId),
            now: at,
          }),
        ] as const;
      }),
    );
    return new Map(options);
  }

  return {
    optionsForShop,
    optionsForShops,

    /**
     * `optionsForShops`' read of the shops, to send with other modules' reads
     * (`Database.readTogether`, decision 0055) and pass to it.
     */
    shopsRead: (shopIds: readonly string[]): ReadPart<ShopPickupRow> =>
      deps.reads.fulfilment.shopsWithSettingsRead(shopIds),

    async get(actor: Actor | null, shopId: string): Promise<FulfilmentSettings> {
      const { shop } = await shops.authorized(actor, shopId, 'shop.fulfilment.read');
      return settingsOf(shop);
    },

    async update(
      actor: Actor | null,
      shopId: string,
      body: UpdateFulfilmentInput,
    ): Promise<FulfilmentSettings> {
      const { shop, actor: staff } = await shops.authorized(
        actor,
        shopId,
        'shop.fulfilment.manage',
      );
      const [before, available, savedRows] = await Promise.all([
        settingsRowOf(shop.id),
        availablePoints(shop),
        fulfilment.listSchedules(shop.id, { servedOnly: false }),
      ]);
      const refused = refusedPoints(
        body,
        available,
        new Set(savedRows.map((row) => row.service_point_id)),
      );
      if (refused.length > 0)
        throw new AppError('service_point_unavailable', 'The shop cannot serve these points.', {
          fieldErrors: refused,
        });
      const at = now();
      const createdAt = new Map(savedRows.map((row) => [row.service_point_id, row.created_at]));
      const rows: PickupScheduleRow[] = body.servicePoints.map((schedule) => ({
        shop_id: shop.id,
        service_point_id: schedule.servicePointId,
        is_active: schedule.isActive,
        deliveries: JSON.stringify(schedule.deliveries),
        created_at: createdAt.get(schedule.servicePointId) ?? at,
        updated_at: at,
      }));
      const isChange =
        fingerprint(before.pickup_in_shop_enabled, before.preparation_minutes, savedRows) !==
        fingerprint(body.pickupInShop.enabled, body.pickupInShop.preparationMinutes, rows);
      await transaction(async (trx) => {
        await fulfilment.saveSettings(
          {
            shop_id: shop.id,
            pickup_in_shop_enabled: body.pickupInShop.enabled,
            preparation_minutes: body.pickupInShop.preparationMinutes,
            updated_at: at,
          },
          trx,
        );
        await fulfilment.replaceSchedules(shop.id, rows, trx);
        // Only a real change is worth a line in the municipality's audit log.
        if (isChange)
          await audit.record(
            {
              municipalityId: shop.municipality_id,
              shopId: shop.id,
              actorUserId: staff.user.id,
              action: 'shop.fulfilment_updated',
              details: {
                pickupInShop: body.pickupInShop,
                servicePoints: body.servicePoints.map((schedule) => ({
                  servicePointId: schedule.servicePointId,
                  isActive: schedule.isActive,
                  deliveries: schedule.deliveries.length,
                })),
              },
            },
            trx,
          );
      });
      return settingsOf(shop);
    },

    publicOptions(shopId: string): Promise<FulfilmentOption[]> {
      return optionsForShop(shopId, now());
    },
  };
}

export type FulfilmentService = ReturnType<typeof createFulfilmentService>;
