import type { Database } from '../../db/database.ts';
import { lockSearchWords, pruneSearchWords } from '../../db/search-index.ts';
import { categorySearchText, vocabularyOf } from './product-derivations.ts';
import type { ProductsRepository } from './products.repository.ts';

/** Products read per page while the sweep collects the words in use. */
const pageSize = 2000;

/**
 * The nightly sweep of the search's vocabulary (decision 0061). Words are added with the
 * products that use them and were never taken out: a product renamed or deleted, or a shop
 * named after its owner that closed, left its words behind. They were never suggested (a
 * suggestion must find something), but kept a person's name with no purpose. The sweep reads
 * every product's words in pages and removes the rest, in one transaction that product
 * writes adding words wait for, so none it did not see can go.
 */
export function createVocabularySweep(deps: {
  transaction: Database['transaction'];
  products: ProductsRepository;
}) {
  return {
    sweep: () =>
      deps.transaction(async (trx) => {
        await lockSearchWords(trx);
        const used = new Map<string, boolean>();
        const categoryNames = new Map<string, string>();
        let afterId: string | null = null;
        for (;;) {
          const page = await deps.products.vocabularySources(afterId, pageSize, trx);
          const last = page.products.at(-1);
          if (!last) break;
          const variantNames = new Map<string, string[]>();
          for (const variant of page.variants) {
            const names = variantNames.get(variant.product_id) ?? [];
            names.push(variant.name);
            variantNames.set(variant.product_id, names);
          }
          for (const product of page.products) {
            let categoryName = categoryNames.get(product.category_name);
            if (categoryName === undefined) {
              categoryName = categorySearchText(product.category_name);
              categoryNames.set(product.category_name, categoryName);
            }
            for (const word of vocabularyOf(
              product.title,
              (variantNames.get(product.id) ?? []).join(' '),
              { categoryName, shopName: product.shop_name },
            ))
              used.set(word.word, (used.get(word.word) ?? false) || word.isWholeWord);
          }
          afterId = last.id;
        }
        return { kept: used.size, ...(await pruneSearchWords(trx, used)) };
      }),
  };
}

export type VocabularySweep = ReturnType<typeof createVocabularySweep>;
