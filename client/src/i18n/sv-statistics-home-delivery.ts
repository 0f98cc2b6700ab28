/** Home delivery's section of the statistics pages (decision 0038; sv is the source). */
export const svStatisticsHomeDelivery = {
  heading: 'Hemsändning',
  deliveries: 'Leveranser',
  households: 'Hushåll',
  perMonth: 'Leveranser per månad',
  householdsPerMonth: 'Hushåll per månad',
  perVillage: 'Per by',
  village: 'By',
  perShop: 'Per butik',
  shop: 'Butik',
  perCarrier: 'Per bud',
  carrier: 'Bud',
  none: 'Inga hemsändningar levererades under perioden.',
  note: 'Bara levererade hemsändningar räknas. Ett hushåll räknas en gång per rad, även om det fick flera leveranser.',
  shopHeading: 'Butikens hemsändningar',
};
