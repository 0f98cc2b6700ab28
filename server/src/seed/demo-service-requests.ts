import type { Knex } from 'knex';
import { newId } from '../db/ids.ts';

/**
 * One request for a haircut at home (decision 0071), made yesterday by an invented person, so
 * the demo salon's "Förfrågningar" shows what a request looks like. Call after the catalogue.
 */
export async function seedDemoServiceRequests(knex: Knex, now: number): Promise<void> {
  const product = await knex('products as p')
    .join('shops as s', 's.id', 'p.shop_id')
    .where({ 's.slug': 'salong-norrsken', 'p.title': 'Klippning i hemmet' })
    .first<{ id: string; shop_id: string; title: string } | undefined>(
      'p.id',
      'p.shop_id',
      'p.title',
    );
  if (!product) throw new Error('The demo salon sells Klippning i hemmet.');
  await knex('service_requests').insert({
    id: newId(),
    shop_id: product.shop_id,
    product_id: product.id,
    product_title: product.title,
    user_id: null,
    name: 'Greta Granlund',
    email: 'greta.granlund@example.se',
    phone: '070-555 01 23',
    street_address: 'Fjällvägen 12',
    postal_code: '93092',
    village: 'Jäckvik',
    preferred_time: 'En eftermiddag nästa vecka, gärna onsdag eller torsdag.',
    message: 'Porten är på baksidan av huset.',
    locale: 'sv',
    status: 'new',
    decline_reason: null,
    created_at: now - 24 * 60 * 60 * 1000,
    handled_at: null,
    handled_by_user_id: null,
  });
}
