import type { Messages } from './messages.ts';

export const fiPayments: Messages['payments'] = {
  shop: {
    link: 'Maksut',
    title: 'Maksut – {{shop}}',
    intro:
      'Asiakkaat voivat maksaa galleriassa kortilla, kun kauppa on liitetty Stripeen. Kaupan tilausten rahat siirretään kaupan Stripe-tilille, ja niistä vähennetään kunnan alustamaksu.',
    statusHeading: 'Tila',
    state: {
      not_connected: 'Ei liitetty',
      onboarding: 'Liittäminen aloitettu',
      ready: 'Valmis korttimaksuihin',
    },
    stateIntro: {
      not_connected:
        'Kauppa ottaa maksun vastaan vain noudettaessa. Liitä kauppa Stripeen, niin asiakkaat voivat maksaa kortilla.',
      onboarding:
        'Stripe tarvitsee lisää tietoja, ennen kuin kauppa voi ottaa vastaan rahaa. Jatka siitä, mihin jäit.',
      ready:
        'Asiakkaat voivat maksaa kortilla. Tilitykset menevät kaupan pankkitilille Stripen kautta.',
    },
    chargesEnabled: 'Korttimaksut',
    payoutsEnabled: 'Tilitykset',
    detailsSubmitted: 'Tiedot lähetetty',
    yes: 'Kyllä',
    no: 'Ei',
    updatedAt: 'Päivitetty viimeksi {{date}}',
    connect: 'Liitä Stripeen',
    continue: 'Jatka liittämistä Stripessä',
    review: 'Muuta tietoja Stripessä',
    redirectHint: 'Sinut ohjataan Stripeen, ja palaat tänne, kun olet valmis.',
    returned: 'Tervetuloa takaisin. Alla oleva tila on juuri haettu Stripestä.',
    linkExpired: 'Linkki Stripeen oli vanhentunut. Avaa uusi linkki alla olevalla painikkeella.',
    notConfigured:
      'Korttimaksua ei ole otettu käyttöön tässä galleriassa. Asiakkaat maksavat noudettaessa.',
    backToShop: 'Takaisin kauppaan',
  },
  fee: {
    heading: 'Alustamaksu',
    intro:
      'Kunnan osuus jokaisesta kaupalle tulevasta korttimaksusta. Se vähennetään, ennen kuin rahat siirretään kaupalle. Maksu ei koske noudettaessa maksettuja ostoksia.',
    label: 'Maksu prosentteina',
    hint: '0–20 prosenttia, enintään kahdella desimaalilla, esimerkiksi 2,5.',
    save: 'Tallenna maksu',
    saved: 'Alustamaksu on tallennettu.',
    invalid: 'Kirjoita prosenttiluku väliltä 0–20, esimerkiksi 2,5.',
  },
};
