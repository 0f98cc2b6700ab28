import type { svStatisticsHomeDelivery } from './sv-statistics-home-delivery.ts';

export const enStatisticsHomeDelivery: Record<keyof typeof svStatisticsHomeDelivery, string> = {
  heading: 'Home delivery',
  deliveries: 'Deliveries',
  households: 'Households',
  perMonth: 'Deliveries per month',
  householdsPerMonth: 'Households per month',
  perVillage: 'Per village',
  village: 'Village',
  perShop: 'Per shop',
  shop: 'Shop',
  perCarrier: 'Per carrier',
  carrier: 'Carrier',
  none: 'No home deliveries were delivered in the period.',
  note: 'Only delivered home deliveries count. A household counts once per row, even if it received several deliveries.',
  shopHeading: 'The shop’s home deliveries',
};
