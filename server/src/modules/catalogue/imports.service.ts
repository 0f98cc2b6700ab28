import type { Queryable, TransactionRunner } from '../../db/database.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import {
  importFailures,
  type ImportFailure,
  type ImportJob,
  type ImportReport,
  type ImportRowError,
} from '@e-galleria/shared/catalogue-import';
import { newId } from '../../db/ids.ts';
import { writeSearchDocuments } from '../../db/search-index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import { parseCatalogueCsv, type ImportRow } from './catalogue-csv.ts';
import { planRow, type PlannedRow } from './import-plan.ts';
import type { ImportJobRow, ImportsRepository } from './imports.repository.ts';
import {
  categorySearchText,
  deriveListingColumns,
  searchDocumentOf,
} from './product-derivations.ts';
import type { ProductRow, ProductsRepository, VariantRow } from './products.repository.ts';
import type { ProductsService } from './products.service.ts';

/** Rows per transaction: small enough to keep other requests flowing on SQLite's one writer. */
export const importBatchSize = 500;
const listedErrors = 1000;

// A job failed before failures were kept to these words may hold an error's own text (SQL).
function failureOf(stored: string | null): ImportFailure | null {
  if (stored === null) return null;
  return (importFailures as readonly string[]).includes(stored)
    ? (stored as ImportFailure)
    : 'internal_error';
}

function toJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    status: row.status,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    createdCount: row.created_count,
    updatedCount: row.updated_count,
    unchangedCount: row.unchanged_count,
    failure: failureOf(row.failure),
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
  };
}

/**
 * CSV import of goods. The whole file is checked first (the dry run's report); a file with
 * any bad row changes nothing. A good file is then written in batches, each in its own
 * transaction with the search index and the job's progress, in the background; the screen
 * polls the job. Idempotent by SKU, so a re-run after a failure is safe.
 */
export function createImportsService(deps: {
  transaction: TransactionRunner;
  imports: ImportsRepository;
  products: ProductsRepository;
  productsService: ProductsService;
  shops: ShopDirectory;
  now: () => number;
  /** Where an unexpected failure's own text goes; the shop only sees `internal_error`. */
  logError: (error: unknown, job: { importId: string; shopId: string }) => void;
}) {
  const { transaction, imports, products, now, logError } = deps;

  async function check(shopId: string, buffer: Buffer) {
    const parsed = parseCatalogueCsv(buffer);
    const categories = await products.listCategories();
    const categoryIds = new Map<string, string>();
    for (const category of categories) {
      categoryIds.set(category.id, category.id);
      categoryIds.set(category.slug, category.id);
    }
    const errors: ImportRowError[] = [...parsed.errors];
    const rows: { row: ImportRow; categoryId: string }[] = [];
    for (const row of parsed.rows) {
      const categoryId = categoryIds.get(row.category.toLowerCase());
      if (categoryId) rows.push({ row, categoryId });
      else
        errors.push({
          line: row.line,
          column: 'category',
          code: 'unknown_category',
          reason: 'Unknown category.',
        });
    }
    errors.sort((a, b) => a.line - b.line);
    const planned = await plan(shopId, rows);
    const report: ImportReport = {
      totalRows: parsed.rows.length + new Set(parsed.errors.map((error) => error.line)).size,
      isValid: errors.length === 0,
      errors: errors.slice(0, listedErrors),
      errorCount: errors.length,
      summary: {
        create: planned.filter((entry) => entry.kind === 'create').length,
        update: planned.filter((entry) => entry.kind === 'update').length,
        unchanged: planned.filter((entry) => entry.kind === 'unchanged').length,
      },
    };
    return { report, rows };
  }

  async function plan(
    shopId: string,
    rows: readonly { row: ImportRow; categoryId: string }[],
    db?: Queryable,
  ): Promise<PlannedRow[]> {
    const found = await imports.findBySkus(
      shopId,
      rows.map(({ row }) => row.sku),
      db,
    );
    const productsById = new Map(found.products.map((product) => [product.id, product]));
    const bySku = new Map<string, { variant: VariantRow; product: ProductRow }>();
    for (const variant of found.matched) {
      const product = productsById.get(variant.product_id);
      if (product) bySku.set(variant.sku, { variant, product });
    }
    return rows.map(({ row, categoryId }) => planRow(row, categoryId, bySku.get(row.sku)));
  }

  async function writeBatch(
    job: ImportJobRow,
    batch: readonly { row: ImportRow; categoryId: string }[],
  ) {
    const categoryNames = new Map(
      (await products.listCategories()).map((category) => [
        category.id,
        categorySearchText(category.name),
      ]),
    );
    const shop = await deps.shops.find(job.shop_id);
    await transaction(async (trx) => {
      // Planned again inside the transaction: the catalogue may have changed since the check.
      const planned = await plan(job.shop_id, batch, trx);
      const at = now();
      const newProducts: ProductRow[] = [];
      const newVariants: VariantRow[] = [];
      const touched = new Set<string>();
      for (const entry of planned) {
        if (entry.kind === 'create') {
          const { row } = entry;
          const id = newId();
          const variant: VariantRow = {
            id: newId(),
            product_id: id,
            shop_id: job.shop_id,
            name: null,
            sku: row.sku,
            price_ore: row.priceOre,
            stock: row.stock,
            content_amount: row.contentAmount,
            content_unit: row.contentUnit,
            position: 0,
            created_at: at,
            updated_at: at,
          };
          const status = row.status ?? 'draft';
          newVariants.push(variant);
          newProducts.push({
            id,
            shop_id: job.shop_id,
            kind: 'good',
            title: row.title,
            description: row.description,
            category_id: entry.categoryId,
            status,
            vat_class: row.vatClass,
            unit: row.unit,
            storage_class: row.storageClass,
            track_stock: row.stock !== null,
            ...deriveListingColumns(row.stock !== null, [variant]),
            published_at: status === 'published' ? at : null,
            created_at: at,
            updated_at: at,
          });
        } else if (entry.kind === 'update') {
          touched.add(entry.product.id);
          if (Object.keys(entry.productChanges).length > 0)
            await products.updateProduct(entry.product.id, entry.productChanges, trx);
          if (Object.keys(entry.variantChanges).length > 0)
            await products.updateVariant(
              entry.variant.id,
              { ...entry.variantChanges, updated_at: at },
              trx,
            );
        }
      }
      await imports.insertMany('products', newProducts, trx);
      await imports.insertMany('product_variants', newVariants, trx);
      const refreshed = await imports.findBySkus(
        job.shop_id,
        planned.filter((entry) => entry.kind === 'update').map((entry) => entry.row.sku),
        trx,
      );
      for (const product of refreshed.products) {
        const variants = refreshed.variants.filter((variant) => variant.product_id === product.id);
        await products.updateProduct(
          product.id,
          {
            ...deriveListingColumns(product.track_stock, variants),
            ...(product.status === 'published' && product.published_at === null
              ? { published_at: at }
              : {}),
            updated_at: at,
          },
          trx,
        );
      }
      const variantsOf = (productId: string) => [
        ...newVariants.filter((variant) => variant.product_id === productId),
        ...refreshed.variants.filter((variant) => variant.product_id === productId),
      ];
      await writeSearchDocuments(
        trx,
        [...newProducts, ...refreshed.products].map((product) =>
          searchDocumentOf(product, variantsOf(product.id), {
            categoryName: categoryNames.get(product.category_id) ?? '',
            shopName: shop?.name ?? '',
          }),
        ),
      );
      await imports.incrementJob(
        job.id,
        {
          processed: batch.length,
          created: newProducts.length,
          updated: touched.size,
          unchanged: planned.filter((entry) => entry.kind === 'unchanged').length,
        },
        trx,
      );
    });
  }

  async function run(job: ImportJobRow, rows: readonly { row: ImportRow; categoryId: string }[]) {
    try {
      for (let start = 0; start < rows.length; start += importBatchSize)
        await writeBatch(job, rows.slice(start, start + importBatchSize));
      await imports.updateJob(job.id, { status: 'completed', finished_at: now() });
    } catch (error) {
      // Batches written stay written (each was whole); the job says where it stopped. The
      // error's text can hold SQL with the shop's rows: it is logged, never stored or shown.
      logError(error, { importId: job.id, shopId: job.shop_id });
      const failure: ImportFailure = 'internal_error';
      await imports
        .updateJob(job.id, { status: 'failed', failure, finished_at: now() })
        .catch((updateError: unknown) =>
          logError(updateError, { importId: job.id, shopId: job.shop_id }),
        );
    }
  }

  return {
    async dryRun(actor: Actor | null, shopId: string, buffer: Buffer | undefined) {
      const shop = await deps.productsService.loadShop(actor, shopId, 'shop.catalogue.manage');
      if (!buffer) throw new AppError('validation_failed', 'Attach the file as the field "file".');
      return (await check(shop.id, buffer)).report;
    },

    async start(actor: Actor | null, shopId: string, buffer: Buffer | undefined) {
      const shop = await deps.productsService.loadShop(actor, shopId, 'shop.catalogue.manage');
      if (!buffer) throw new AppError('validation_failed', 'Attach the file as the field "file".');
      const { report, rows } = await check(shop.id, buffer);
      if (!report.isValid)
        throw new AppError('import_has_errors', `${report.errorCount} problems in the file.`, {
          fieldErrors: report.errors.map((error) => ({
            field: `line.${error.line}${error.column ? `.${error.column}` : ''}`,
            code: 'invalid_row',
            message: error.reason,
          })),
        });
      const job: ImportJobRow = {
        id: newId(),
        shop_id: shop.id,
        created_by_user_id: actor?.user.id ?? null,
        status: 'running',
        total_rows: rows.length,
        processed_rows: 0,
        created_count: 0,
        updated_count: 0,
        unchanged_count: 0,
        failure: null,
        created_at: now(),
        finished_at: null,
      };
      await imports.insertJob(job);
      void run(job, rows);
      return { job: toJob(job), report };
    },

    /** At startup: jobs a previous process left running are failed (see failInterrupted). */
    failInterrupted: () => imports.failInterrupted(now()),

    async get(actor: Actor | null, shopId: string, importId: string): Promise<ImportJob> {
      const shop = await deps.productsService.loadShop(actor, shopId, 'shop.catalogue.read');
      const job = await imports.findJob(shop.id, importId);
      if (!job) throw notFound('The import');
      return toJob(job);
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
