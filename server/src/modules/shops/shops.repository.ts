import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { readPartOf } from '../../db/read-parts.ts';
import type { ListingStatus, ShopStatus } from '@e-galleria/shared/shops';
import { lockSlugChoice } from '../../db/slug-lock.ts';

export type ShopRow = {
  id: string;
  municipality_id: string;
  slug: string;
  name: string;
  status: ShopStatus;
  org_number: string | null;
  vat_number: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  village: string | null;
  description: string;
  logo_image_id: string | null;
  cover_image_id: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  website_url: string | null;
  opening_hours: string;
  /** The language of the shop's own texts (decision 0073). */
  content_locale: Locale;
  review_comment: string | null;
  submitted_at: number | null;
  published_at: number | null;
  created_at: number;
  updated_at: number;
};

/** A shop with the slug and name of its home municipality, joined in the same query. */
export type ShopWithHomeRow = ShopRow & { home_slug: string; home_name: string; region_id: string };

export type ShopChanges = Partial<Omit<ShopRow, 'id' | 'municipality_id' | 'slug' | 'created_at'>>;

export type CategoryRow = { id: string; slug: string; name: string; position: number };
export type ShopCategoryRow = CategoryRow & { shop_id: string };

export type ListingRow = {
  shop_id: string;
  municipality_id: string;
  status: ListingStatus;
  requested_at: number;
  decided_at: number | null;
  decided_by_user_id: string | null;
};

function withHome(db: Knex) {
  return db('shops as s')
    .join('municipalities as hm', 'hm.id', 's.municipality_id')
    .select<ShopWithHomeRow[]>(
      's.*',
      'hm.slug as home_slug',
      'hm.name as home_name',
      'hm.region_id as region_id',
    );
}

/** Where a shop's new-order notices go: its contact address, else its owners'. */
type NoticeRecipientRow = {
  shop_id: string;
  contact_email: string | null;
  email: string | null;
  locale: string | null;
};

function noticeRecipientsQuery(shopIds: readonly string[], db: Knex) {
  return db('shops as s')
    .leftJoin('role_assignments as r', (on) => {
      void on
        .on('r.scope_id', '=', 's.id')
        .andOnVal('r.scope_type', '=', 'shop')
        .andOnVal('r.role', '=', 'shop_owner');
    })
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .whereIn('s.id', [...shopIds])
    .select<NoticeRecipientRow[]>('s.id as shop_id', 's.contact_email', 'u.email', 'u.locale');
}

export function createShopsRepository(knex: Knex) {
  return {
    async insert(row: ShopRow, db: Knex = knex) {
      await db('shops').insert(row);
    },

    findById: (id: string, db: Knex = knex) => withHome(db).where('s.id', id).first(),

    /**
     * Slugs that start like a candidate, to pick the first free `name`, `name-2`, … In a
     * transaction, no other creation picks a slug here until it ends (lockSlugChoice).
     */
    async slugsLike(base: string, db: Knex = knex) {
      await lockSlugChoice(db, 'shops');
      return (await db('shops')
        .where('slug', base)
        .orWhere('slug', 'like', `${base}-%`)
        .pluck('slug')) as string[];
    },

    async update(id: string, changes: ShopChanges, db: Knex = knex) {
      await db('shops').where({ id }).update(changes);
    },

    /** Moves a shop from one status to the next, only if nobody moved it meanwhile. */
    async transition(
      id: string,
      from: ShopStatus,
      changes: ShopChanges & { status: ShopStatus },
      db: Knex,
    ): Promise<boolean> {
      return (await db('shops').where({ id, status: from }).update(changes)) === 1;
    },

    listCategories: () => knex<CategoryRow>('categories').orderBy('position'),

    async setCategories(shopId: string, categoryIds: string[], db: Knex) {
      await db('shop_categories').where({ shop_id: shopId }).delete();
      if (categoryIds.length > 0)
        await db('shop_categories').insert(
          categoryIds.map((categoryId) => ({ shop_id: shopId, category_id: categoryId })),
        );
    },

    /** The categories of many shops in one query. */
    categoriesOf: (shopIds: string[]) =>
      shopIds.length === 0
        ? Promise.resolve([] as ShopCategoryRow[])
        : knex('shop_categories as sc')
            .join('categories as c', 'c.id', 'sc.category_id')
            .whereIn('sc.shop_id', shopIds)
            .orderBy('c.position')
            .select<ShopCategoryRow[]>('sc.shop_id', 'c.id', 'c.slug', 'c.name', 'c.position'),

    listForMunicipality: (municipalityId: string, status: ShopStatus | undefined) => {
      const query = knex<ShopRow>('shops').where({ municipality_id: municipalityId });
      if (status) void query.andWhere({ status });
      return query.orderBy('name').limit(500);
    },

    /**
     * The published shops a municipality's galleria shows: its own and those with an approved
     * listing there, filtered in SQL by category and village.
     */
    listPublished: (
      municipalityId: string,
      filters: { categorySlug?: string | undefined; village?: string | undefined },
    ) => {
      const query = withHome(knex)
        .where('s.status', 'published')
        .andWhere((where) => {
          void where
            .where('s.municipality_id', municipalityId)
            .orWhereExists(
              knex('shop_listings as l')
                .whereRaw('l.shop_id = s.id')
                .andWhere('l.municipality_id', municipalityId)
                .andWhere('l.status', 'approved'),
            );
        });
      if (filters.village) void query.andWhere('s.village', filters.village);
      if (filters.categorySlug)
        void query.whereExists(
          knex('shop_categories as sc')
            .join('categories as c', 'c.id', 'sc.category_id')
            .whereRaw('sc.shop_id = s.id')
            .andWhere('c.slug', filters.categorySlug),
        );
      return query.orderBy('s.name').limit(500);
    },

    /**
     * Published shops each municipality's galleria shows — its own and those with an
     * approved listing there — in one statement; municipalities without any are absent.
     */
    countPublishedByMunicipality: () => {
      const own = knex('shops as s')
        .where('s.status', 'published')
        .select('s.municipality_id', 's.id as shop_id');
      const listed = knex('shop_listings as l')
        .join('shops as s', 's.id', 'l.shop_id')
        .where('s.status', 'published')
        .andWhere('l.status', 'approved')
        .select('l.municipality_id', 'l.shop_id');
      return knex
        .from(own.union(listed).as('shown'))
        .join('municipalities as m', 'm.id', 'shown.municipality_id')
        .groupBy('m.id', 'm.slug')
        .select<{ slug: string; count: number | string }[]>(
          'm.slug',
          knex.raw('count(distinct shown.shop_id) as count'),
        );
    },

    findPublished: (municipalityId: string, slug: string) =>
      withHome(knex)
        .where('s.slug', slug)
        .andWhere('s.status', 'published')
        .andWhere((where) => {
          void where
            .where('s.municipality_id', municipalityId)
            .orWhereExists(
              knex('shop_listings as l')
                .whereRaw('l.shop_id = s.id')
                .andWhere('l.municipality_id', municipalityId)
                .andWhere('l.status', 'approved'),
            );
        })
        .first(),

    listingsOf: (shopId: string) =>
      knex('shop_listings as l')
        .join('municipalities as m', 'm.id', 'l.municipality_id')
        .where('l.shop_id', shopId)
        .orderBy('m.name')
        .select<(ListingRow & { slug: string; name: string })[]>('l.*', 'm.slug', 'm.name'),

    findListing: (shopId: string, municipalityId: string) =>
      knex<ListingRow>('shop_listings')
        .where({ shop_id: shopId, municipality_id: municipalityId })
        .first() as Promise<ListingRow | undefined>,

    /** A new request, or a renewed one after a decline. */
    async requestListing(shopId: string, municipalityId: string, now: number, db: Knex) {
      await db('shop_listings')
        .insert({
          shop_id: shopId,
          municipality_id: municipalityId,
          status: 'requested',
          requested_at: now,
          decided_at: null,
          decided_by_user_id: null,
        })
        .onConflict(['shop_id', 'municipality_id'])
        .merge(['status', 'requested_at', 'decided_at', 'decided_by_user_id']);
    },

    async decideListing(
      shopId: string,
      municipalityId: string,
      decision: { status: ListingStatus; decidedAt: number; decidedBy: string },
      db: Knex,
    ): Promise<boolean> {
      const updated = await db('shop_listings')
        .where({ shop_id: shopId, municipality_id: municipalityId, status: 'requested' })
        .update({
          status: decision.status,
          decided_at: decision.decidedAt,
          decided_by_user_id: decision.decidedBy,
        });
      return updated === 1;
    },

    /** Each shop's contact address and its owners' addresses, for the new-order notice. */
    noticeRecipients: (shopIds: readonly string[], db: Knex = knex) =>
      noticeRecipientsQuery(shopIds, db),

    /** The same, built to be read with other modules' reads (`readTogether`, decision 0055). */
    noticeRecipientsRead: (shopIds: readonly string[], db: Knex = knex) =>
      readPartOf<NoticeRecipientRow>(noticeRecipientsQuery(shopIds, db)),

    /** Shops at home in a municipality that wait for its review (index municipality_id). */
    countSubmitted: async (municipalityId: string, db: Knex = knex) =>
      Number(
        (
          await db('shops')
            .where({ municipality_id: municipalityId, status: 'submitted' })
            .count<{ count: number | string }[]>({ count: '*' })
        )[0]?.count ?? 0,
      ),

    /** Other municipalities' shops asking to be shown here (index municipality_id, status). */
    countListingRequests: async (municipalityId: string, db: Knex = knex) =>
      Number(
        (
          await db('shop_listings')
            .where({ municipality_id: municipalityId, status: 'requested' })
            .count<{ count: number | string }[]>({ count: '*' })
        )[0]?.count ?? 0,
      ),

    listListingRequests: (municipalityId: string) =>
      knex('shop_listings as l')
        .join('shops as s', 's.id', 'l.shop_id')
        .join('municipalities as hm', 'hm.id', 's.municipality_id')
        .where('l.municipality_id', municipalityId)
        .orderBy('l.requested_at', 'desc')
        .limit(500)
        .select<
          (ListingRow & {
            shop_slug: string;
            shop_name: string;
            home_slug: string;
            home_name: string;
          })[]
        >(
          'l.*',
          's.slug as shop_slug',
          's.name as shop_name',
          'hm.slug as home_slug',
          'hm.name as home_name',
        ),
  };
}

export type ShopsRepository = ReturnType<typeof createShopsRepository>;
