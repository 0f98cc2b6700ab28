import type { BasketProblem } from '@e-galleria/shared/basket';
import type { PaymentMethod } from '@e-galleria/shared/checkout';

/** Texts of the basket, "Lägg i varukorgen" and the checkout (sv is the source). */
export const svBasket = {
  headerLink: 'Varukorg ({{count}})',
  add: {
    quantity: 'Antal',
    variant: 'Variant',
    slot: 'Välj tid',
    slotRequired: 'Välj en av de lediga tiderna.',
    soldOut: 'Slut i lager just nu.',
    noFreeSlots: 'Inga lediga tider de närmaste två veckorna. Kontakta butiken.',
    submit: 'Lägg i varukorgen',
    added: '{{title}} ligger nu i varukorgen.',
    toBasket: 'Gå till varukorgen',
  },
  title: 'Varukorg',
  empty: 'Varukorgen är tom.',
  findGoods: 'Hitta varor och tjänster',
  intro: 'Varorna kommer från flera butiker. I kassan väljer du för varje butik hur du får dem.',
  subtotal: 'Summa från {{shop}}:',
  totalHeading: 'Att betala',
  totalNote: 'Priserna är inklusive moms.',
  fixProblems: 'Ändra eller ta bort de markerade varorna innan du går till kassan.',
  toCheckout: 'Till kassan',
  slot: 'Tid: {{time}}',
  heldUntil: '(hålls åt dig till {{time}})',
  quantity: 'Antal',
  quantityInvalid: 'Skriv ett antal från 1 till {{max}}.',
  update: 'Ändra antal',
  remove: 'Ta bort',
  problems: {
    unavailable: 'Finns inte längre att köpa. Ta bort den.',
    out_of_stock: 'Slut i lager. Ta bort den.',
    not_enough_stock: 'Bara {{count}} kvar i lager. Minska antalet.',
    hold_expired:
      'Tiden hölls bara en stund. Är den fortfarande ledig bokas den när du beställer; annars får du välja en ny.',
  } satisfies Record<BasketProblem, string>,
};

export const svCheckout = {
  title: 'Kassa',
  loginSuggestion: 'Logga in så sparas beställningen på ditt konto',
  backToBasket: 'Se över varukorgen',
  contactHeading: 'Dina uppgifter',
  name: 'Namn',
  email: 'E-postadress',
  phone: 'Telefon (valfritt)',
  phoneHint: 'Butiken ringer bara om något är fel med beställningen.',
  receiveHeading: 'Hur vill du få varorna?',
  receiveLegend: 'Hämta varorna från {{shop}}',
  chooseFulfilment: 'Välj hur du vill få varorna.',
  line: '{{quantity}} × {{title}}',
  noOptions:
    'Butiken kan inte lämna ut varor just nu. Ta bort varorna från varukorgen eller kontakta butiken.',
  coldHint: 'Kylvaror och frysvaror kan bara hämtas där det finns kyl eller frys.',
  pickupInShop: 'Hämta i butiken',
  readyFrom: 'Klart att hämta från {{time}}',
  collectFrom: 'Hämta från {{date}}',
  orderBy: 'Beställ senast {{time}}',
  noColdStorage: 'Har inte kyl eller frys för dina varor.',
  paymentHeading: 'Betalning',
  paymentLegend: 'Betalningssätt',
  payment: {
    pay_at_pickup: 'Betala när du hämtar',
    card: 'Kort',
  } satisfies Record<PaymentMethod, string>,
  paymentNote: {
    pay_at_pickup: 'Du betalar i butiken eller hos ombudet när du hämtar varorna.',
    card: 'Du betalar med kort nu, på betalsidan.',
  } satisfies Record<PaymentMethod, string>,
  submit: 'Beställ',
};
