import type { Knex } from 'knex';
import { newId } from '../../server/src/db/ids.ts';
import { hashToken, newSecretToken } from '../../server/src/modules/auth/secret-tokens.port.ts';
import { deriveListingColumns } from '../../server/src/modules/catalogue/product-derivations.ts';
import type {
  ProductRow,
  VariantRow,
} from '../../server/src/modules/catalogue/products.repository.ts';

// The realistic checkout mix of `bench:checkout`: residents buying 1–6 different goods from
// 1–3 shops out of thousands of goods, instead of every checkout buying the same one. The
// shops, goods and filled baskets are written in bulk straight into the database (seconds,
// not minutes through the API); the checkouts themselves then go through the service or HTTP.

/** One resident's basket: the guest cookie's token and the shops its lines come from. */
export type MixBasket = { guestToken: string; shopIds: string[] };

export type MixOptions = {
  shops: number;
  goods: number;
  baskets: number;
  now: number;
};

export const defaultMix = { shops: 60, goods: 6000 };

/** A small deterministic generator: the same mix on every run and every engine. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function insertInChunks(knex: Knex, table: string, rows: readonly object[], size = 200) {
  for (let start = 0; start < rows.length; start += size)
    await knex(table).insert(rows.slice(start, start + size));
}

/**
 * Shops cloned from the demo grocer (its opening hours and settings: in-shop pickup works),
 * `goods` goods spread over them with plenty of tracked stock, and `baskets` guest baskets of
 * 1–6 goods from 1–3 shops. Needs the demo region seeded first.
 */
export async function seedCheckoutMix(knex: Knex, options: MixOptions): Promise<MixBasket[]> {
  const { now } = options;
  const random = randomFrom(20261206);
  const template = await knex('shops')
    .where({ slug: 'silvervagens-livs' })
    .first<Record<string, unknown> | undefined>();
  if (!template) throw new Error('Seed the demo region before the checkout mix.');
  const shops = Array.from({ length: options.shops }, (_, index) => ({
    ...template,
    id: newId(),
    slug: `mix-butik-${index}`,
    name: `Mixbutik ${index}`,
    created_at: now,
    updated_at: now,
  }));
  await insertInChunks(knex, 'shops', shops, 50);

  const goodsOfShop = new Map<string, { productId: string; variantId: string }[]>(
    shops.map((shop) => [shop.id, []]),
  );
  const products: ProductRow[] = [];
  const variants: VariantRow[] = [];
  for (let index = 0; index < options.goods; index++) {
    const shopId = shops[index % shops.length]?.id ?? '';
    const id = newId();
    const variant: VariantRow = {
      id: newId(),
      product_id: id,
      shop_id: shopId,
      name: null,
      sku: `MIX-${index}`,
      price_ore: 500 + ((index * 7919) % 20_000),
      stock: 1_000_000_000,
      content_amount: 500,
      content_unit: 'g',
      position: 0,
      created_at: now,
      updated_at: now,
    };
    products.push({
      id,
      shop_id: shopId,
      kind: 'good',
      title: `Mixvara ${index}`,
      description: 'Från trakten.',
      category_id: 'cat-livsmedel',
      status: 'published',
      vat_class: 'food',
      unit: 'piece',
      storage_class: 'ambient',
      track_stock: true,
      ...deriveListingColumns(true, [variant]),
      published_at: now,
      created_at: now,
      updated_at: now,
    });
    variants.push(variant);
    goodsOfShop.get(shopId)?.push({ productId: id, variantId: variant.id });
  }
  await knex.transaction(async (trx) => {
    await insertInChunks(trx, 'products', products);
    await insertInChunks(trx, 'product_variants', variants);
  });

  const baskets: MixBasket[] = [];
  const basketRows: object[] = [];
  const itemRows: object[] = [];
  for (let index = 0; index < options.baskets; index++) {
    const { token } = newSecretToken();
    const basketId = newId();
    const lineCount = 1 + Math.floor(random() * 6);
    const shopCount = Math.min(lineCount, 1 + Math.floor(random() * 3));
    const chosenShops = new Set<string>();
    while (chosenShops.size < shopCount)
      chosenShops.add(shops[Math.floor(random() * shops.length)]?.id ?? '');
    const shopIds = [...chosenShops];
    const chosenGoods = new Map<string, { productId: string; variantId: string }>();
    for (let line = 0; chosenGoods.size < lineCount; line++) {
      // Every chosen shop gets a line first; the rest fall where they fall.
      const shopId = shopIds[line < shopCount ? line : Math.floor(random() * shopCount)] ?? '';
      const goods = goodsOfShop.get(shopId) ?? [];
      const good = goods[Math.floor(random() * goods.length)];
      if (good) chosenGoods.set(good.variantId, good);
    }
    basketRows.push({
      id: basketId,
      user_id: null,
      guest_token_hash: hashToken(token),
      created_at: now,
      updated_at: now,
    });
    for (const good of chosenGoods.values())
      itemRows.push({
        id: newId(),
        basket_id: basketId,
        product_id: good.productId,
        variant_id: good.variantId,
        quantity: 1 + Math.floor(random() * 2),
        slot_start: 0,
        hold_expires_at: null,
        created_at: now,
        updated_at: now,
      });
    baskets.push({ guestToken: token, shopIds });
  }
  await knex.transaction(async (trx) => {
    await insertInChunks(trx, 'baskets', basketRows);
    await insertInChunks(trx, 'basket_items', itemRows);
  });
  return baskets;
}

/** The checkout body for a mixed basket: in-shop pickup at each of its shops. */
export function mixCheckoutBody(basket: MixBasket) {
  return {
    contact: { name: 'Bench Bänksson', email: 'bench@example.se' },
    fulfilments: basket.shopIds.map((shopId) => ({ shopId, method: 'pickup_in_shop' as const })),
    payment: 'pay_at_pickup' as const,
  };
}

export type RateFigures = {
  checkouts: number;
  failures: number;
  checkoutsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
};

/** Runs `one` for every item with `concurrency` at once; its rate and latencies. */
export async function runConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  one: (item: T) => Promise<boolean>,
): Promise<RateFigures & { firstFailure: string | null }> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        const before = performance.now();
        const ok = await one(item).catch((error: unknown) => {
          firstFailure ??= String(error);
          return false;
        });
        latencies.push(performance.now() - before);
        if (!ok) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    Math.round(
      (latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0) *
        100,
    ) / 100;
  return {
    checkouts: items.length,
    failures,
    firstFailure,
    checkoutsPerSecond: Math.round(items.length / seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

/**
 * The mixed checkouts over HTTP, spread round-robin over `baseUrls`: one server, or the
 * proxy in front of three (checkout.ts, `mixOnThreeInstances`).
 */
export async function measureMixOverHttp(
  baseUrls: readonly string[],
  baskets: readonly MixBasket[],
  concurrency: number,
) {
  let turn = 0;
  return runConcurrently(baskets, concurrency, async (basket) => {
    const baseUrl = baseUrls[turn++ % baseUrls.length] ?? '';
    const response = await fetch(`${baseUrl}/api/v1/checkout`, {
      method: 'POST',
      headers: {
        origin: baseUrl,
        'content-type': 'application/json',
        cookie: `galleria_basket=${basket.guestToken}`,
      },
      body: JSON.stringify(mixCheckoutBody(basket)),
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`${response.status} ${text.slice(0, 300)}`);
    return true;
  });
}
