import type {
  FrontPage,
  MunicipalityPublic,
  MunicipalitySettings,
  MunicipalitySummary,
  UpdateMunicipalitySettingsBody,
} from '@e-galleria/shared/municipalities';
import type { MunicipalityStatus } from '@e-galleria/shared/municipalities';
import type { StoredImage } from '@e-galleria/shared/images';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { ImagesService } from '../images/images.service.ts';
import type {
  MunicipalitiesRepository,
  MunicipalityRow,
  RegionRow,
} from './municipalities.repository.ts';

export function defaultFrontPage(name: string): FrontPage {
  return {
    title: { sv: `Välkommen till ${name}s e-galleria`, en: `Welcome to the ${name} e-galleria` },
    intro: {
      sv: `Handla från butikerna i ${name} och hämta på närmaste servicepunkt.`,
      en: `Shop from the shops of ${name} and collect at the nearest service point.`,
    },
  };
}

function toSummary(row: MunicipalityRow): MunicipalitySummary {
  return { slug: row.slug, name: row.name, status: row.status };
}

function toPublic(row: MunicipalityRow, logo: StoredImage | null): MunicipalityPublic {
  return {
    ...toSummary(row),
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    primaryColor: row.primary_color,
    logoUrl: logo ? logo.fallback.url : row.logo_path ? `/files/${row.logo_path}` : null,
    logo,
    frontPage: JSON.parse(row.front_page) as FrontPage,
  };
}

export function createMunicipalitiesService(deps: {
  municipalities: MunicipalitiesRepository;
  images: ImagesService;
  now: () => number;
}) {
  const { municipalities, images, now } = deps;

  /** The region's municipalities in Swedish order (Älvsbyn after Pajala). */
  async function listInRegion(regionId: string): Promise<MunicipalityRow[]> {
    return sortSwedish(await municipalities.listByRegion(regionId), (row) => row.name);
  }

  async function region(): Promise<RegionRow> {
    const found = await municipalities.findRegion();
    if (!found) throw notFound('The region');
    return found;
  }

  async function findOrThrow(slug: string): Promise<MunicipalityRow> {
    const row = await municipalities.findBySlug(slug);
    if (!row) throw notFound(`Municipality ${slug}`);
    return row;
  }

  function scopeOf(row: MunicipalityRow) {
    return { region: row.region_id, municipality: row.id };
  }

  async function toSettings(
    row: MunicipalityRow,
    logo?: StoredImage | null,
  ): Promise<MunicipalitySettings> {
    const { slug: regionSlug } = await region();
    return {
      ...toPublic(row, logo === undefined ? await images.describe(row.logo_image_id) : logo),
      id: row.id,
      regionSlug,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }

  return {
    region: async () => {
      const { slug, name } = await region();
      return { slug, name };
    },
    regionId: async () => (await region()).id,

    async listPublic(): Promise<MunicipalitySummary[]> {
      return (await listInRegion((await region()).id)).map(toSummary);
    },

    async getPublic(slug: string): Promise<MunicipalityPublic> {
      const row = await findOrThrow(slug);
      return toPublic(row, await images.describe(row.logo_image_id));
    },

    async listForRegionAdmin(actor: Actor | null): Promise<MunicipalitySettings[]> {
      const { id } = await region();
      authorize(actor, 'region.municipalities.list', { region: id });
      const rows = await listInRegion(id);
      const logos = await images.describeMany(rows.map((row) => row.logo_image_id));
      return Promise.all(
        rows.map((row) => toSettings(row, logos.get(row.logo_image_id ?? '') ?? null)),
      );
    },

    async create(
      actor: Actor | null,
      input: { name: string; slug: string; status: MunicipalityStatus },
    ): Promise<MunicipalitySettings> {
      const { id: regionId } = await region();
      authorize(actor, 'region.municipalities.create', { region: regionId });
      if (await municipalities.findBySlug(input.slug)) throw new AppError('slug_taken');
      const row = await municipalities
        .insert({
          ...input,
          regionId,
          frontPage: defaultFrontPage(input.name),
          now: now(),
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new AppError('slug_taken') : error;
        });
      return toSettings(row);
    },

    async getSettings(actor: Actor | null, slug: string): Promise<MunicipalitySettings> {
      if (!actor) throw new AppError('unauthenticated');
      const row = await findOrThrow(slug);
      authorize(actor, 'municipality.settings.read', scopeOf(row));
      return toSettings(row);
    },

    async updateSettings(
      actor: Actor | null,
      slug: string,
      changes: UpdateMunicipalitySettingsBody,
    ): Promise<MunicipalitySettings> {
      if (!actor) throw new AppError('unauthenticated');
      const row = await findOrThrow(slug);
      authorize(actor, 'municipality.settings.update', scopeOf(row));
      await municipalities.update(
        row.id,
        {
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.contactEmail === undefined ? {} : { contact_email: changes.contactEmail }),
          ...(changes.contactPhone === undefined ? {} : { contact_phone: changes.contactPhone }),
          ...(changes.primaryColor === undefined
            ? {}
            : { primary_color: changes.primaryColor.toLowerCase() }),
          ...(changes.frontPage === undefined ? {} : { front_page: changes.frontPage }),
        },
        now(),
      );
      return toSettings(await findOrThrow(slug));
    },

    async setLogo(
      actor: Actor | null,
      slug: string,
      upload: Buffer,
    ): Promise<MunicipalitySettings> {
      if (!actor) throw new AppError('unauthenticated');
      const row = await findOrThrow(slug);
      authorize(actor, 'municipality.settings.update', scopeOf(row));
      const logo = await images.store(upload, 'logo', { type: 'municipality', id: row.id });
      await municipalities.update(row.id, { logo_image_id: logo.id }, now());
      return toSettings(await findOrThrow(slug));
    },

    /**
     * The installation's region, created by `npm run setup` on an empty database (no actor:
     * whoever runs the server sets it up). One installation serves one region (DESIGN §1), so
     * another slug is refused.
     */
    async setUpRegion(input: { slug: string; name: string }) {
      const existing = await municipalities.findRegion();
      if (existing && existing.slug !== input.slug)
        throw new AppError('slug_taken', `This installation serves the region ${existing.slug}.`);
      const row =
        existing ??
        (await municipalities
          .insertRegion({ id: newId(), ...input, created_at: now() })
          .catch((error: unknown) => {
            throw isUniqueViolation(error) ? new AppError('slug_taken') : error;
          }));
      return { id: row.id, slug: row.slug, name: row.name, isNew: !existing };
    },

    /** A municipality of the region by `npm run setup`, onboarding until its admins open it. */
    async setUpMunicipality(input: { slug: string; name: string }) {
      const existing = await municipalities.findBySlug(input.slug);
      if (existing) return { slug: existing.slug, name: existing.name, isNew: false };
      const row = await municipalities
        .insert({
          ...input,
          regionId: (await region()).id,
          status: 'onboarding',
          frontPage: defaultFrontPage(input.name),
          now: now(),
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new AppError('slug_taken') : error;
        });
      return { slug: row.slug, name: row.name, isNew: true };
    },

    /** Name and slug of the region by id, for invitations. */
    async describeRegion(id: string) {
      const row = await region();
      if (row.id !== id) throw notFound('The region');
      return { id: row.id, name: row.name, slug: row.slug };
    },

    /** Name and slug of a municipality by id, for invitations and mails. */
    async describe(id: string) {
      const row = await municipalities.findById(id);
      if (!row) throw notFound('The municipality');
      return { id: row.id, name: row.name, slug: row.slug, regionId: row.region_id };
    },

    findOrThrow,
    scopeOf,

    /** The galleria's fee on card payments, in basis points (the payments module's setting). */
    platformFeeOf: (municipalityId: string) => municipalities.platformFeeOf(municipalityId),

    setPlatformFee: (municipalityId: string, feeBasisPoints: number) =>
      municipalities.setPlatformFee(municipalityId, feeBasisPoints, now()),
  };
}

export type MunicipalitiesService = ReturnType<typeof createMunicipalitiesService>;
