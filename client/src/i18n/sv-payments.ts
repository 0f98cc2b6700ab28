import type { ShopPaymentState } from '@e-galleria/shared/payments';

/** Texts of the shop's payments page and the municipality's platform fee (sv is the source). */
export const svPayments = {
  shop: {
    link: 'Betalningar',
    title: 'Betalningar för {{shop}}',
    intro:
      'Kunder kan betala med kort i gallerian när butiken är ansluten till Stripe. Pengarna för butikens beställningar förs över till butikens Stripe-konto, minus kommunens plattformsavgift.',
    statusHeading: 'Status',
    state: {
      not_connected: 'Inte ansluten',
      onboarding: 'Anslutning påbörjad',
      ready: 'Klar för kortbetalning',
    } satisfies Record<ShopPaymentState, string>,
    stateIntro: {
      not_connected:
        'Butiken tar bara emot betalning vid upphämtning. Anslut butiken till Stripe för att kunderna ska kunna betala med kort.',
      onboarding:
        'Stripe behöver fler uppgifter innan butiken kan ta emot pengar. Fortsätt där du slutade.',
      ready: 'Kunderna kan betala med kort. Utbetalningar går till butikens bankkonto via Stripe.',
    } satisfies Record<ShopPaymentState, string>,
    chargesEnabled: 'Kortbetalningar',
    payoutsEnabled: 'Utbetalningar',
    detailsSubmitted: 'Uppgifter inskickade',
    yes: 'Ja',
    no: 'Nej',
    updatedAt: 'Senast uppdaterad {{date}}',
    connect: 'Anslut till Stripe',
    continue: 'Fortsätt anslutningen hos Stripe',
    review: 'Ändra uppgifterna hos Stripe',
    redirectHint: 'Du skickas till Stripe och kommer tillbaka hit när du är klar.',
    returned: 'Välkommen tillbaka. Statusen nedan är hämtad från Stripe just nu.',
    linkExpired: 'Länken till Stripe hade gått ut. Öppna en ny med knappen nedan.',
    notConfigured:
      'Kortbetalning är inte inställd i den här gallerian. Kunderna betalar vid upphämtning.',
    backToShop: 'Tillbaka till butiken',
  },
  fee: {
    heading: 'Plattformsavgift',
    intro:
      'Kommunens andel av varje kortbetalning till en butik. Den dras av innan pengarna förs över till butiken. Betalning vid upphämtning berörs inte.',
    label: 'Avgift i procent',
    hint: 'Från 0 till 20 procent, med högst två decimaler, till exempel 2,5.',
    save: 'Spara avgiften',
    saved: 'Plattformsavgiften är sparad.',
    invalid: 'Skriv en procentsats från 0 till 20, till exempel 2,5.',
  },
};
