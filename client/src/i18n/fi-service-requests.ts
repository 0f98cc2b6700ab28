import type { Messages } from './messages.ts';

export const fiServiceRequests: Messages['serviceRequests'] = {
  form: {
    heading: 'Lähetä tiedustelu',
    intro:
      'Kerro, missä ja milloin sinulle sopii. Kauppa soittaa sinulle, ja sovitte ajan ja hinnan.',
    name: 'Nimi',
    email: 'Sähköposti',
    phone: 'Puhelin',
    phoneHint: 'Kauppa soittaa sinulle tähän numeroon.',
    streetAddress: 'Katuosoite',
    postalCode: 'Postinumero',
    postalCodeHint: 'Viisi numeroa, esimerkiksi 938 30.',
    village: 'Paikkakunta',
    preferredTime: 'Milloin sinulle sopii?',
    preferredTimeHint: 'Esimerkiksi ”jonakin aamupäivänä ensi viikolla” tai ”klo 16 jälkeen”.',
    message: 'Viesti (vapaaehtoinen)',
    submit: 'Lähetä tiedustelu',
    sent: 'Tiedustelu on lähetetty kauppaan {{shop}}. Kauppa ottaa sinuun yhteyttä.',
    sentReceipt: 'Saat kopion osoitteeseen {{email}}. Mitään ei ole vielä varattu eikä maksettu.',
  },
  own: {
    heading: 'Tiedustelusi',
    intro:
      'Palvelut, joita olet pyytänyt kotiisi. Kauppa soittaa sinulle sopiakseen ajan ja hinnan.',
    line: '{{product}} – {{shop}}',
    asked: 'Lähetetty {{date}}',
    waiting: 'Kauppa ei ole vielä vastannut.',
  },
  shop: {
    title: 'Tiedustelut',
    link: 'Tiedustelut asiakkaan kotona tehtävistä palveluista',
    linkWithNew_one: 'Tiedustelut asiakkaan kotona tehtävistä palveluista ({{count}} uusi)',
    linkWithNew_other: 'Tiedustelut asiakkaan kotona tehtävistä palveluista ({{count}} uutta)',
    backToOrders: 'Takaisin tilauksiin',
    intro:
      'Asiakkaat, jotka haluavat palvelun kotiinsa. Soita tai lähetä sähköpostia ja sovi ajasta, osoitteesta ja maksusta. Merkitse sitten tiedustelu vastatuksi tai hylkää se.',
    empty: 'Ei vielä tiedusteluja.',
    asked: 'Lähetetty {{date}}',
    when: 'Sopiva aika',
    message: 'Viesti',
    call: 'Soita {{phone}}',
    answer: 'Merkitse vastatuksi',
    decline: 'Hylkää',
    declineReason: 'Syy (vapaaehtoinen, lähetetään asiakkaalle sähköpostilla)',
    declineAgain: 'Kyllä, hylkää',
    saved: 'Tallennettu.',
    declinedReason: 'Syy: {{reason}}',
    status: {
      new: 'Uusi',
      answered: 'Vastattu',
      declined: 'Hylätty',
    },
  },
};
