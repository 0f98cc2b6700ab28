import type { Knex } from 'knex';
import type { FileStorage } from '../integrations/file-storage.ts';
import { createImagePipeline, type ProcessedImage } from '../integrations/images.ts';
import { createImagesRepository } from '../modules/images/images.repository.ts';
import { createImagesService } from '../modules/images/images.service.ts';
import { drawProduct, type Motif } from './demo-drawings-goods.ts';
import { drawShopCover, drawShopLogo, scenes } from './demo-drawings-shops.ts';

// Every demo shop gets a logo and a cover and most demo products a picture: invented and
// drawn here as SVG, then rasterised and stored through the real image pipeline, so the demo
// shows what residents will see of real uploads (docs/decisions/0028).

/** Each shop's trade (the icon of its logo) and colour, by name. */
const shopLooks: Record<string, { trade: string; color: string }> = {
  'Silvervägens Livs': { trade: 'livsmedel', color: '#1d6b45' },
  'Fjälljärn Arjeplog': { trade: 'jarn-och-bygg', color: '#9c3d1f' },
  'Hornavans Fisk & Vilt': { trade: 'fisk-och-vilt', color: '#1f5f8b' },
  'Slagnäs Bageri': { trade: 'bageri', color: '#a35a16' },
  'Salong Norrsken': { trade: 'halsa-och-skonhet', color: '#7a3e8e' },
  'Mellanströms Tvätt & Mangel': { trade: 'tvatt-och-stad', color: '#2a7480' },
  'Lappstadens Handel': { trade: 'livsmedel', color: '#2f5f8f' },
  'Glommersträsk Slöjd': { trade: 'hantverk', color: '#6b4f2a' },
  'Malmfältens Friluft': { trade: 'klader-och-friluft', color: '#35506b' },
  'Dundrets Bröd': { trade: 'bageri', color: '#8a4b2a' },
};

/**
 * Which products have a picture, by title. A few have none (Älgfärs, some services), as in
 * any real shop, so the storefront shows that case too.
 */
const productMotifs: Record<string, Motif> = {
  Räksmörgås: 'sandwich',
  'Mellanmjölk 1,5 %': 'milk',
  'Smör normalsaltat': 'butter',
  'Ägg frigående höns': 'eggs',
  Falukorv: 'sausage',
  'Blåbär frysta': 'berries',
  Vaniljglass: 'icecream',
  'Bryggkaffe mellanrost': 'coffee',
  'Knäckebröd råg': 'crispbread',
  'Träskruv förzinkad': 'screws',
  'Snöskyffel med D-handtag': 'shovel',
  'Pannlampa 400 lumen': 'headlamp',
  Tändvätska: 'bottle',
  'Kallrökt röding': 'char',
  Renskav: 'meat',
  'Gravad sik': 'whitefish',
  Tunnbröd: 'flatbread',
  Kanelbullar: 'buns',
  'Surdegsbröd råg': 'loaf',
  Kardemummakrans: 'wreath',
  Klippning: 'scissors',
  'Tvättstuga, två timmar': 'washer',
};

/** Runs the jobs a few at a time: the pipeline refuses work beyond its queue. */
async function runFewAtATime(jobs: (() => Promise<void>)[], workers: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < jobs.length) await jobs[next++]?.();
    }),
  );
}

export type DemoPictures = {
  /** Records the pictures and links them to the demo's shops and products, in `trx`. */
  linkTo: (trx: Knex) => Promise<void>;
};

/**
 * Draws and stores every demo picture — before the seed's transaction, which then only
 * links them. Drawings already stored from an earlier seed are not encoded again.
 */
export async function drawDemoPictures(
  knex: Knex,
  files: FileStorage,
  now: number,
): Promise<DemoPictures> {
  const pipeline = createImagePipeline({ storage: files });
  const images = createImagesService({
    pipeline,
    images: createImagesRepository(knex),
    storage: files,
    now: () => now,
  });
  const logos = new Map<string, ProcessedImage>();
  const covers = new Map<string, ProcessedImage>();
  const photos = new Map<Motif, ProcessedImage>();
  const jobs = Object.entries(shopLooks).flatMap(([name, look], index) => [
    async () => {
      logos.set(name, await pipeline.storeDrawing(drawShopLogo(look.trade, look.color), 'logo'));
    },
    async () => {
      const scene = scenes[index % scenes.length] ?? scenes[0];
      if (scene) covers.set(name, await pipeline.storeDrawing(drawShopCover(name, scene), 'cover'));
    },
  ]);
  for (const motif of new Set(Object.values(productMotifs)))
    jobs.push(async () => {
      photos.set(motif, await pipeline.storeDrawing(drawProduct(motif), 'product'));
    });
  // Two encode while a third is drawn: the pipeline decodes at most two images at once.
  await runFewAtATime(jobs, 3);

  return {
    async linkTo(trx) {
      const shops = await trx('shops').select<{ id: string; name: string }[]>('id', 'name');
      for (const shop of shops) {
        const logo = logos.get(shop.name);
        const cover = covers.get(shop.name);
        if (!logo || !cover) continue;
        const owner = { type: 'shop', id: shop.id } as const;
        const [logoImage, coverImage] = [
          await images.record(logo, owner, trx),
          await images.record(cover, owner, trx),
        ];
        await trx('shops')
          .where({ id: shop.id })
          .update({ logo_image_id: logoImage.id, cover_image_id: coverImage.id });
      }
      const products = await trx('products').select<
        { id: string; title: string; shop_id: string }[]
      >('id', 'title', 'shop_id');
      for (const product of products) {
        const motif = productMotifs[product.title];
        const photo = motif ? photos.get(motif) : undefined;
        if (!photo) continue;
        const image = await images.record(
          photo,
          { type: 'product', id: product.id, shopId: product.shop_id },
          trx,
        );
        await trx('product_images').insert({
          product_id: product.id,
          image_id: image.id,
          position: 0,
        });
      }
    },
  };
}
