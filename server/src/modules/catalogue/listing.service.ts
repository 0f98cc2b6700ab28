import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type {
  ProductFacets,
  ProductListItem,
  ProductListQuery,
  ProductPage,
  ProductSort,
  ShopProductItem,
  ShopProductListQuery,
  Slot,
  VatRatesResponse,
} from '@e-galleria/shared/catalogue';
import type { ListResponse } from '@e-galleria/shared/lists';
import { searchTerms } from '@e-galleria/shared/search-text';
import { compareSwedish } from '@e-galleria/shared/swedish-order';
import { vatClasses } from '@e-galleria/shared/vat';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor.ts';
import { JsonText, listJsonText } from '../../http/json-text.ts';
import type { StoredImage } from '@e-galleria/shared/images';
import {
  type ListingPageRow,
  type ListingRepository,
  type ListingScope,
} from './listing.repository.ts';
import { toShopItem } from './product-views.ts';
import { suggestSpelling } from './spelling-suggestion.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { TakenSeats } from './catalogue.port.ts';
import type { ProductsRepository } from './products.repository.ts';
import type { ProductsService } from './products.service.ts';
import { listSlots } from '@e-galleria/shared/service-slots';

/**
 * A listing page's item with its photo: the item's text ends with the value of `"image"`,
 * null as the database wrote it (listing.repository.ts `listItemJsonSql`).
 */
function withImage(row: ListingPageRow, image: StoredImage | null): JsonText<ProductListItem> {
  if (image === null) return new JsonText(row.item);
  const withoutNull = row.item.slice(0, row.item.length - 'null}'.length);
  return new JsonText(`${withoutNull}${JSON.stringify(image)}}`);
}

/** What residents read: listings, search, facets, product pages and free slots. */
export function createListingService(deps: {
  listing: ListingRepository;
  /** The same reads on the writer: a shop sees its own change at once. */
  shopListing: ListingRepository;
  shops: ShopDirectory;
  /** Seats of a service's slots taken by orders and baskets (the basket module counts them). */
  takenSeats: TakenSeats;
  products: ProductsRepository;
  productsService: ProductsService;
  municipalities: MunicipalitiesService;
  images: ImagesService;
  now: () => number;
}) {
  /**
   * The first photo of each row on a page: one statement, or none without photos; a public
   * page's on the reader connections, a shop's own on the writer.
   */
  async function firstImages<Row extends { first_image_id: string | null }>(
    rows: readonly Row[],
    isPublic: boolean,
  ) {
    const ids = rows.map((row) => row.first_image_id);
    const described = await (isPublic
      ? deps.images.describeManyForPublicReads(ids)
      : deps.images.describeMany(ids));
    return (row: Row) =>
      row.first_image_id === null ? null : (described.get(row.first_image_id) ?? null);
  }

  const { listing, municipalities } = deps;

  // A slug names the same municipality for good (slugs are not edited), so a listing
  // spends no statement on it after the first time.
  const municipalityIds = new Map<string, string>();
  async function scopeOf(municipalitySlug: string | null): Promise<ListingScope> {
    if (municipalitySlug === null) return { municipalityId: null };
    let id = municipalityIds.get(municipalitySlug);
    if (id === undefined) {
      id = (await municipalities.findOrThrow(municipalitySlug)).id;
      if (municipalityIds.size < 1000) municipalityIds.set(municipalitySlug, id);
    }
    return { municipalityId: id };
  }

  async function publishedPage(productId: string): Promise<ProductPage> {
    const page = await deps.productsService.page(productId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    });
    const shop = page ? await deps.shops.find(page.shop.id) : undefined;
    if (!page || page.status !== 'published' || shop?.status !== 'published')
      throw notFound('The product');
    return page;
  }

  return {
    async list(
      municipalitySlug: string | null,
      query: ProductListQuery,
    ): Promise<JsonText<ListResponse<ProductListItem>>> {
      const { sort: requested, cursor: cursorText, limit, ...filters } = query;
      const hasTerms = searchTerms(filters.q ?? '').length > 0;
      const sort: ProductSort = requested ?? (hasTerms ? 'relevance' : 'newest');
      const cursor = decodeCursor(
        cursorText,
        sort,
        sort === 'relevance' && hasTerms ? 'score' : 'integer',
      );
      const rows = await listing.listPage(
        await scopeOf(municipalitySlug),
        filters,
        sort,
        cursor,
        limit,
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const imageOf = await firstImages(page, true);
      return listJsonText(
        page.map((row) => withImage(row, imageOf(row))),
        rows.length > limit && last
          ? encodeCursor({ sort, key: Number(last.sort_key ?? 0), id: last.id })
          : null,
      );
    },

    async facets(municipalitySlug: string | null, query: ProductListQuery): Promise<ProductFacets> {
      const { sort: _sort, cursor: _cursor, limit: _limit, ...filters } = query;
      if (filters.q !== undefined && searchTerms(filters.q).length === 0)
        return {
          total: 0,
          categories: [],
          shops: [],
          villages: [],
          price: null,
          inStock: 0,
          kinds: { good: 0, service: 0 },
          didYouMean: null,
        };
      const scope = await scopeOf(municipalitySlug);
      const { categories, shops, villages, totals } = await listing.facets(scope, filters);
      const total = Number(totals.total);
      const { q } = filters;
      const didYouMean =
        total === 0 && q !== undefined
          ? await suggestSpelling(q, {
              ...listing.vocabulary,
              findsAny: (corrected) => listing.hasAny(scope, { ...filters, q: corrected }),
            })
          : null;
      const services = Number(totals.services ?? 0);
      const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
      // Places with as many hits keep Swedish order, the same on both engines.
      const byCountThenName = <T extends { count: number; name: string }>(a: T, b: T) =>
        b.count - a.count || compareSwedish(a.name, b.name);
      return {
        total,
        categories: categories
          .map((row) => ({ id: row.id, slug: row.slug, count: Number(row.count) }))
          .sort(byCount),
        shops: shops
          .map((row) => ({ id: row.id, slug: row.slug, name: row.name, count: Number(row.count) }))
          .sort(byCountThenName),
        villages: villages
          .map((row) => ({ name: row.name, count: Number(row.count) }))
          .sort(byCountThenName),
        price:
          total > 0 && totals.min_ore != null && totals.max_ore != null
            ? { minOre: Number(totals.min_ore), maxOre: Number(totals.max_ore) }
            : null,
        inStock: Number(totals.in_stock ?? 0),
        kinds: { good: total - services, service: services },
        didYouMean,
      };
    },

    publishedPage,

    async vatRates(): Promise<VatRatesResponse> {
      const date = swedishDateOf(deps.now());
      const rows = await deps.products.listVatRates(date);
      const rateOf = new Map<string, number>();
      // Two rows may overlap when a new decision is added; the latest one counts, as on a product.
      for (const row of rows)
        if (!rateOf.has(row.vat_class)) rateOf.set(row.vat_class, row.rate_basis_points);
      // In the order of vatClasses, so forms list them as the select does.
      const items = vatClasses.flatMap((vatClass) => {
        const rateBasisPoints = rateOf.get(vatClass);
        return rateBasisPoints === undefined ? [] : [{ vatClass, rateBasisPoints }];
      });
      return { items, date };
    },

    async slots(
      productId: string,
      query: {
        from?: string | undefined;
        after?: string | undefined;
        days: number;
        limit: number;
      },
    ): Promise<Slot[]> {
      const page = await publishedPage(productId);
      if (page.service?.bookingMode !== 'slots') return [];
      const details = page.service;
      // Times after `after` (the last one a page showed), and never in the past.
      const earliest = Math.max(
        deps.now(),
        query.after === undefined ? 0 : Date.parse(query.after) + 1,
      );
      const firstDate = [swedishDateOf(earliest), query.from ?? ''].sort().at(-1) ?? '';
      const slots = listSlots({
        availability: details.availability,
        durationMinutes: details.durationMinutes,
        capacity: details.slotCapacity ?? 1,
        fromDate: firstDate,
        days: query.days,
        limit: query.limit,
        now: earliest,
      });
      // Booked by orders and held in baskets: one statement each for the whole list.
      const taken = await deps.takenSeats(
        productId,
        slots.map((slot) => Date.parse(slot.startsAt)),
        deps.now(),
      );
      return slots.map((slot) => ({
        ...slot,
        available: Math.max(0, slot.capacity - (taken.get(Date.parse(slot.startsAt)) ?? 0)),
      }));
    },

    async listForShop(
      actor: Actor | null,
      shopId: string,
      query: ShopProductListQuery,
    ): Promise<ListResponse<ShopProductItem>> {
      const shop = await deps.productsService.loadShop(actor, shopId, 'shop.catalogue.read');
      const cursor = decodeCursor(query.cursor, 'updated');
      const rows = await deps.shopListing.shopProductsPage(
        shop.id,
        query.status,
        cursor,
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const imageOf = await firstImages(page, false);
      return {
        items: page.map((row) => toShopItem(row, imageOf(row))),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'updated', key: last.updated_at, id: last.id })
            : null,
      };
    },
  };
}

export type ListingService = ReturnType<typeof createListingService>;
