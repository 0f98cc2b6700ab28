import type { TransactionRunner } from '../../db/database.ts';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { Locale } from '@e-galleria/shared/locales';
import type {
  CreateServicePointInput,
  ServicePointDetail,
  ServicePointOperator,
  ServicePointPage,
  ServicePointStatus,
  ServicePointSummary,
  UpdateServicePointInput,
} from '@e-galleria/shared/service-points';
import type { AuditAction } from '@e-galleria/shared/shops';
import { firstFreeSlug, slugify } from '@e-galleria/shared/slugify';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { servicePointScope } from './service-point-directory.service.ts';
import {
  servicePointColumns,
  toServicePointDetail,
  toServicePointPage,
  toServicePointSummary,
} from './service-point-presenters.ts';
import type { ServicePointsRepository } from './service-points.repository.ts';

/** What changed in an update, for the audit log: closing and reopening are their own events. */
function auditActionOf(before: ServicePointStatus, after: ServicePointStatus): AuditAction {
  if (before === after) return 'service_point.updated';
  return after === 'closed' ? 'service_point.closed' : 'service_point.reopened';
}

/**
 * Service points: residents see the active ones; the municipality's admins create, change
 * and close them (never delete: orders reference them) and invite their operators.
 */
export function createServicePointsService(deps: {
  transaction: TransactionRunner;
  servicePoints: ServicePointsRepository;
  shops: ShopDirectory;
  users: UsersService;
  municipalities: MunicipalitiesService;
  invitations: InvitationsService;
  audit: AuditService;
  now: () => number;
}) {
  const { transaction, servicePoints, shops, users, municipalities, invitations, audit, now } =
    deps;

  /** Anonymous callers learn nothing, not even whether an id exists. */
  async function findForActor(actor: Actor | null, id: string) {
    if (!actor) throw new AppError('unauthenticated');
    const row = await servicePoints.findById(id);
    if (!row) throw notFound('The service point');
    return row;
  }

  async function detail(id: string): Promise<ServicePointDetail> {
    const row = await servicePoints.findById(id);
    if (!row) throw notFound('The service point');
    return toServicePointDetail(row);
  }

  /**
   * A host shop must belong to the point's galleria: its own municipality's shop, or one
   * with an approved listing there. An unknown id gets the same answer as a foreign one.
   */
  async function checkHostShop(hostShopId: string | null | undefined, municipalityId: string) {
    if (!hostShopId) return;
    const shop = await shops.find(hostShopId);
    const allowed =
      shop &&
      (shop.municipality_id === municipalityId ||
        (await shops.findListing(shop.id, municipalityId))?.status === 'approved');
    if (!allowed)
      throw new AppError('host_shop_not_allowed', undefined, {
        fieldErrors: [
          {
            field: 'hostShopId',
            code: 'host_shop_not_allowed',
            message: 'A shop of this municipality, or one listed here.',
          },
        ],
      });
  }

  return {
    detail,

    async listPublic(slug: string): Promise<ServicePointSummary[]> {
      const municipality = await municipalities.findOrThrow(slug);
      const rows = await servicePoints.listForMunicipality(municipality.id, { activeOnly: true });
      return sortSwedish(rows, (row) => row.name).map(toServicePointSummary);
    },

    /** By slug (the storefront's URLs) or id (links from orders); closed points are gone. */
    async getPublic(idOrSlug: string): Promise<ServicePointPage> {
      const row =
        (await servicePoints.findBySlug(idOrSlug)) ?? (await servicePoints.findById(idOrSlug));
      if (!row || row.status !== 'active') throw notFound('The service point');
      return toServicePointPage(row);
    },

    async listAdmin(
      actor: Actor | null,
      slug: string,
      status: ServicePointStatus | undefined,
    ): Promise<ServicePointDetail[]> {
      if (!actor) throw new AppError('unauthenticated');
      const municipality = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.service_points.manage', municipalities.scopeOf(municipality));
      const rows = await servicePoints.listForMunicipality(municipality.id, {
        activeOnly: false,
        status,
      });
      return sortSwedish(rows, (row) => row.name).map(toServicePointDetail);
    },

    async create(
      actor: Actor | null,
      slug: string,
      body: CreateServicePointInput,
    ): Promise<ServicePointDetail> {
      if (!actor) throw new AppError('unauthenticated');
      const municipality = await municipalities.findOrThrow(slug);
      const admin = authorize(
        actor,
        'municipality.service_points.manage',
        municipalities.scopeOf(municipality),
      );
      await checkHostShop(body.hostShopId, municipality.id);
      const id = newId();
      const base = slugify(body.name) || 'servicepunkt';
      await transaction(async (trx) => {
        const created = now();
        await servicePoints.insert(
          {
            id,
            municipality_id: municipality.id,
            slug: firstFreeSlug(base, await servicePoints.slugsLike(base, trx)),
            name: body.name,
            kind: body.kind,
            host_shop_id: body.hostShopId,
            host_name: body.hostName,
            street_address: body.streetAddress,
            postal_code: body.postalCode,
            village: body.village,
            latitude: body.latitude,
            longitude: body.longitude,
            opening_hours: JSON.stringify(body.openingHours),
            amenities: JSON.stringify(body.amenities),
            hold_days: body.holdDays,
            status: 'active',
            created_at: created,
            updated_at: created,
          },
          trx,
        );
        await audit.record(
          {
            municipalityId: municipality.id,
            shopId: null,
            actorUserId: admin.user.id,
            action: 'service_point.created',
            details: { servicePointId: id, name: body.name },
          },
          trx,
        );
      });
      return detail(id);
    },

    async get(actor: Actor | null, id: string): Promise<ServicePointDetail> {
      const row = await findForActor(actor, id);
      authorize(actor, 'service_point.read', servicePointScope(row));
      return toServicePointDetail(row);
    },

    async update(
      actor: Actor | null,
      id: string,
      body: UpdateServicePointInput,
    ): Promise<ServicePointDetail> {
      const row = await findForActor(actor, id);
      const admin = authorize(actor, 'service_point.update', servicePointScope(row));
      await checkHostShop(body.hostShopId, row.municipality_id);
      const changes = servicePointColumns(body);
      // One host at a time: naming one kind of host replaces the other.
      if (body.hostShopId) changes.host_name = null;
      if (body.hostName) changes.host_shop_id = null;
      await transaction(async (trx) => {
        await servicePoints.update(row.id, { ...changes, updated_at: now() }, trx);
        await audit.record(
          {
            municipalityId: row.municipality_id,
            shopId: null,
            actorUserId: admin.user.id,
            action: auditActionOf(row.status, body.status ?? row.status),
            details: { servicePointId: row.id, name: row.name, fields: Object.keys(body) },
          },
          trx,
        );
      });
      return detail(row.id);
    },

    async inviteOperator(
      actor: Actor | null,
      id: string,
      input: { email: string; locale: Locale },
    ): Promise<Invitation> {
      const row = await findForActor(actor, id);
      const admin = authorize(actor, 'service_point.operators.manage', servicePointScope(row));
      const invitation = await transaction(async (trx) => {
        const created = await invitations.create(
          {
            email: input.email,
            locale: input.locale,
            role: 'service_point_operator',
            scopeType: 'service_point',
            scopeId: row.id,
            invitedByUserId: admin.user.id,
            mail: {
              kind: 'invitation_service_point_operator',
              params: { servicePoint: row.name, municipality: row.municipality_name },
            },
          },
          trx,
        );
        await audit.record(
          {
            municipalityId: row.municipality_id,
            shopId: null,
            actorUserId: admin.user.id,
            action: 'service_point.operator_invited',
            details: { servicePointId: row.id, name: row.name, invitationId: created.id },
          },
          trx,
        );
        return created;
      });
      return invitations.present(invitation);
    },

    async listInvitations(actor: Actor | null, id: string): Promise<Invitation[]> {
      const row = await findForActor(actor, id);
      authorize(actor, 'service_point.operators.manage', servicePointScope(row));
      return invitations.listForScope('service_point', row.id);
    },

    async listOperators(actor: Actor | null, id: string): Promise<ServicePointOperator[]> {
      const row = await findForActor(actor, id);
      authorize(actor, 'service_point.operators.manage', servicePointScope(row));
      const holders = await users.listRoleHolders(
        'service_point_operator',
        'service_point',
        row.id,
      );
      return holders.map((holder) => ({
        id: holder.id,
        name: holder.name,
        email: holder.email,
        since: new Date(holder.created_at).toISOString(),
      }));
    },
  };
}

export type ServicePointsService = ReturnType<typeof createServicePointsService>;
