import type { svCarrierReports } from './sv-carrier-reports.ts';

type Translation<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? string : Translation<Source[Key]>;
};

/** The carriers' monthly reports. */
export const fiCarrierReports: Translation<typeof svCarrierReports> = {
  carrier: {
    heading: 'Kuukausiraportti',
    intro: 'Raportti kunnalle lasketaan yrityksen ajoista ja toimitetuista tilauksista.',
    month: 'Kuukausi',
    show: 'Näytä',
    loading: 'Haetaan raporttia …',
    loadFailed: 'Raporttia ei voitu hakea: {{reason}}',
    tableLabel: 'Toimitukset kotitalouksittain ja päivittäin',
    empty: 'Ei toimituksia tässä kuussa.',
    date: 'Päivämäärä',
    household: 'Kotitalous',
    village: 'Kylä',
    deliveries: 'Toimitukset',
    fee: 'Maksu',
    totals: 'Yhteenveto',
    totalDeliveries: 'Toimitukset: {{count}}',
    totalHouseholds: 'Kotitaloudet: {{count}}',
    totalRuns: 'Ajot: {{count}}',
    totalKm: 'Kilometrit: {{km}}',
    totalFees: 'Kotitalouksien maksut: {{amount}}',
    costToInvoice: 'Laskutettava: {{amount}}',
    pdf: 'Lataa PDF-tiedostona',
    csv: 'Lataa CSV-tiedostona',
    costBasis: 'Hinta lasketaan',
    perDelivery: 'toimitusta kohden',
    perRun: 'ajoa kohden',
    costUnit: 'Hinta (kr)',
    submit: 'Lähetä raportti kunnalle',
    submitting: 'Lähetetään …',
    invalidCost: 'Kirjoita hinta kruunuina, esimerkiksi 150 tai 150,50.',
    status: {
      submitted: 'Lähetetty, odottaa kuntaa',
      approved: 'Kunta on hyväksynyt',
      returned: 'Kunta on palauttanut',
    },
    comment: 'Kunnan kommentti: {{comment}}',
  },
  admin: {
    heading: 'Kuljetusyritysten kuukausiraportit',
    loading: 'Haetaan raportteja …',
    loadFailed: 'Raportteja ei voitu hakea: {{reason}}',
    empty: 'Lähetettyjä raportteja ei ole vielä.',
    report: '{{carrier}}, {{month}}',
    summary:
      'Toimituksia {{deliveries}}, kotitalouksia {{households}}, ajoja {{runs}}, {{km}} km. Laskutettava: {{cost}}.',
    differs: 'Poikkeaa siitä, mitä nyt on kirjattu.',
    recorded:
      'Kirjattu: toimituksia {{deliveries}}, kotitalouksia {{households}}, ajoja {{runs}}, {{km}} km, maksut {{fees}}.',
    pdf: 'PDF',
    comment: 'Kommentti kuljetusyritykselle',
    approve: 'Hyväksy',
    return: 'Palauta',
    commentRequired: 'Kirjoita, mitä kuljetusyrityksen pitää korjata.',
    status: {
      submitted: 'Odottaa päätöstä',
      approved: 'Hyväksytty',
      returned: 'Palautettu',
    },
  },
};
