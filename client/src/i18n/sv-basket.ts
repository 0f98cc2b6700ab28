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
    noFreeSlotsLater:
      'Inga lediga tider de två veckorna efter den tiden. Se ännu senare tider eller kontakta butiken.',
    laterSlots: 'Senare tider',
    firstSlots: 'Till de första lediga tiderna',
    submit: 'Lägg i varukorgen',
    added: '{{title}} ligger nu i varukorgen.',
    toBasket: 'Gå till varukorgen',
  },
  title: 'Varukorg',
  empty: 'Varukorgen är tom.',
  findGoods: 'Hitta varor och tjänster',
  intro: 'Varorna kommer från flera butiker. I kassan väljer du för varje butik hur du får dem.',
  introOneShop: 'I kassan väljer du hur du får varorna.',
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
    booked_with_shop:
      'Tjänsten görs hemma hos dig och bokas direkt med butiken: se produktsidan. Ta bort den här.',
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
  /** Only booked times in the basket: nothing is received, the times are what was chosen. */
  bookingsHeading: 'Dina bokade tider',
  receiveLegend: 'Så får du varorna från {{shop}}',
  /** A shop whose lines are all booked times: nothing to collect, the service is at its time. */
  bookingsOnly:
    'Du har bokat en tid: tjänsten utförs då, i butiken eller där det står vid tjänsten. Det finns inget att hämta.',
  chooseFulfilment: 'Välj hur du vill få varorna.',
  orderTooLarge: 'En beställning får vara på högst {{max}}. Beställ färre varor åt gången.',
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
  /** Only booked times in the basket: paid where the service is done. */
  payAtServiceNote: 'Du betalar när tjänsten utförs.',
  payOnSite: 'Betala på plats',
  /** The same way of paying when some of the goods are driven home. */
  payAtHandoverNote:
    'Du betalar när du hämtar varorna, och det som körs hem betalar du till chauffören när det levereras.',
  submit: 'Beställ',
  homeDelivery: {
    title: 'Hemleverans',
    deliveredOn: 'Körs hem till dig {{date}}',
    fee: 'Avgift {{fee}} per leverans.',
    subsidisedFee: 'Hushåll som kommunen beviljat hemsändning betalar {{fee}}.',
    approvedOnly: 'Bara för hushåll som kommunen beviljat hemsändning.',
    logInIfApproved: 'Logga in om ditt hushåll är beviljat.',
    applyForApproval: 'Ansök om hemsändning under Adresser för hemleverans.',
    villages: 'Kör ut till {{villages}}. Fyll i din adress ovan så ser du leveransdagen.',
    outsideZones: 'Butiken kör inte ut till den adressen.',
    unavailable: 'Butiken kan inte köra hem varor just nu.',
    addressHeading: 'Adress för hemleverans',
    addressHint: 'Fyll i om du väljer hemleverans från någon butik nedan.',
    savedAddress: 'Dina sparade adresser',
    otherAddress: 'En annan adress',
    feeIncluded: 'Varav hemleverans {{fee}}.',
    feeIfApproved: 'Beviljade hushåll betalar {{fee}} för hemleveransen.',
    feeApproved: 'Avgift {{fee}} per leverans: ditt hushåll är beviljat hemsändning.',
  },
};
