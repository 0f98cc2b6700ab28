import type { svStatisticsHomeDelivery } from './sv-statistics-home-delivery.ts';

export const fiStatisticsHomeDelivery: Record<keyof typeof svStatisticsHomeDelivery, string> = {
  heading: 'Kotiinkuljetus',
  deliveries: 'Toimitukset',
  households: 'Kotitaloudet',
  perMonth: 'Toimitukset kuukausittain',
  householdsPerMonth: 'Kotitaloudet kuukausittain',
  perVillage: 'Kylittäin',
  village: 'Kylä',
  perShop: 'Kaupoittain',
  shop: 'Kauppa',
  perCarrier: 'Kuljetusyrityksittäin',
  carrier: 'Kuljetusyritys',
  none: 'Ajanjaksolla ei toimitettu yhtään kotiinkuljetusta.',
  note: 'Vain toimitetut kotiinkuljetukset lasketaan. Kotitalous lasketaan kerran riviä kohden, vaikka se olisi saanut useita toimituksia.',
  shopHeading: 'Kaupan kotiinkuljetukset',
};
