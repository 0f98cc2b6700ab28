import type { Messages } from './messages.ts';
import { fiShops } from './fi-shops.ts';
import { fiCatalogue } from './fi-catalogue.ts';
import { fiServicePoints } from './fi-service-points.ts';
import { fiFulfilment } from './fi-fulfilment.ts';
import { fiPayments } from './fi-payments.ts';
import { fiBasket, fiCheckout } from './fi-basket.ts';
import { fiOrders, fiShopOrders } from './fi-orders.ts';
import { fiCounter } from './fi-counter.ts';
import { fiDeliveries } from './fi-deliveries.ts';
import { fiServiceRequests } from './fi-service-requests.ts';
import { fiCarrierReports } from './fi-carrier-reports.ts';
import { fiRunCorrections } from './fi-run-corrections.ts';
import { fiHomeDelivery } from './fi-home-delivery.ts';
import { fiHouseholds } from './fi-households.ts';
import { fiPhoneOrders } from './fi-phone-orders.ts';
import { fiShopFulfilment } from './fi-shop-fulfilment.ts';

export const fi: Messages = {
  app: {
    name: 'e-galleria',
    titleSuffix: 'e-galleria',
    skipToContent: 'Siirry sisältöön',
    loading: 'Ladataan…',
    loadingPage: 'Ladataan sivua…',
    retry: 'Yritä uudelleen',
    toFrontPage: 'Etusivulle',
    keep: 'Ei, peruuta',
  },
  header: {
    mainNavigation: 'Päävalikko',
    municipalitySwitcherLabel: 'Kunta',
    municipalitySwitcherPlaceholder: 'Valitse kunta',
    municipalitySwitcherSubmit: 'Näytä',
    languageGroup: 'Kieli',
    menu: 'Valikko',
    accountMenu: 'Tili',
    login: 'Kirjaudu sisään',
    register: 'Luo tili',
    account: 'Oma tili',
    regionAdmin: 'Alueen ylläpito',
    municipalityAdmin: 'Ylläpito – {{municipality}}',
    logout: 'Kirjaudu ulos',
  },
  footer: {
    about: 'e-galleria – kuntasi paikalliset kaupat verkossa.',
    demoMailbox: 'Demopostilaatikko',
    footerNavigation: 'Alatunniste',
  },
  legal: {
    linksHeading: 'Ehdot ja tietosuoja',
    terms: 'Ostoehdot',
    privacy: 'Tietosuoja ja henkilötiedot',
    withdrawal: 'Peruuttamisoikeus',
    cookies: 'Evästeet',
    checkoutNote:
      'Ostoon sovelletaan gallerian ostoehtoja. Niissä kerrotaan myös peruuttamisoikeudesta ja siitä, miten käsittelemme henkilötietojasi.',
  },
  languageNames: { sv: 'Svenska', en: 'English', fi: 'Suomi' },
  notices: {
    loggedOut: 'Olet kirjautunut ulos.',
    passwordChanged: 'Salasanasi on vaihdettu. Kirjaudu sisään uudella salasanalla.',
    accountCreated: 'Tervetuloa! Tilisi on luotu, ja olet kirjautunut sisään.',
    invitationAccepted: 'Tervetuloa! Olet nyt ylläpitäjä kunnassa {{municipality}}.',
  },
  region: {
    title: 'Osta paikallisesti – {{region}}',
    intro:
      'Valitse kuntasi ja tee ostoksia sen paikallisista kaupoista. Nouda ostoksesi kaupasta tai palvelupisteestä läheltäsi.',
    municipalitiesHeading: 'Kunnat',
    comingSoon: 'Tulossa pian',
    noMunicipalities: 'Täällä ei ole vielä kuntia.',
    shopCount_one: '{{count}} kauppa',
    shopCount_other: '{{count}} kauppaa',
    noShopsYet: 'Ei vielä kauppoja',
  },
  municipality: {
    logoAlt: 'Logo: {{name}}',
    contactHeading: 'Yhteystiedot',
    contactEmail: 'Sähköposti',
    contactPhone: 'Puhelin',
    noContact: 'Kunta ei ole vielä lisännyt yhteystietoja.',
    comingSoonTitle: '{{name}} – tulossa pian',
    comingSoonText:
      '{{name}} liittyy pian e-galleriaan. Sitä ennen voit tehdä ostoksia kunnissa, jotka ovat jo mukana.',
    otherMunicipalities: 'Katso kaikki kunnat',
    shopsHeading: 'Kaupat',
    noShops: 'Täällä ei ole vielä avattu yhtään kauppaa.',
    allShops_one: 'Katso kauppa',
    allShops_other: 'Katso kaikki {{count}} kauppaa',
    categoriesHeading: 'Osta tuoteryhmittäin',
    newGoodsHeading: 'Uutta galleriassa',
    moreNewGoods: 'Katso lisää uutuuksia',
    servicePointsHeading: 'Nouda omasta kylästäsi',
    servicePointsIntro:
      'Näistä paikoista voit noutaa ostoksesi. Kassalla näet, mihin palvelupisteisiin kukin kauppa toimittaa.',
    servicePointsMap: 'Katso kaikki palvelupisteet kartalla',
  },
  auth: {
    email: 'Sähköpostiosoite',
    password: 'Salasana',
    newPassword: 'Uusi salasana',
    passwordHint: 'Vähintään 10 merkkiä. Pitkä lause on helppo muistaa ja vaikea arvata.',
    name: 'Nimi',
    language: 'Kieli',
    languageHint: 'Kieli, jota käytämme sivuilla ja sinulle lähettämissämme sähköposteissa.',
    login: {
      title: 'Kirjaudu sisään',
      submit: 'Kirjaudu sisään',
      forgotPassword: 'Unohditko salasanasi?',
      noAccount: 'Eikö sinulla ole tiliä?',
      registerLink: 'Luo tili',
    },
    register: {
      title: 'Luo tili',
      intro: 'Yhdellä tilillä voit tehdä ostoksia alueen kaikkien kuntien gallerioissa.',
      submit: 'Luo tili',
      haveAccount: 'Onko sinulla jo tili?',
      loginLink: 'Kirjaudu sisään',
      sent: 'Lähetimme sähköpostiviestin osoitteeseen {{email}}. Luo tili viestissä olevan linkin kautta; linkki on voimassa vuorokauden. Jos osoitteella on jo tili, viestissä kerrotaan, miten kirjaudut sisään.',
    },
    confirmRegistration: {
      title: 'Vahvista sähköpostiosoitteesi',
      intro: 'Paina painiketta, niin tilisi luodaan ja sinut kirjataan sisään.',
      submit: 'Luo tili',
      missingToken:
        'Linkistä puuttuu koodi. Avaa sähköpostissa oleva linkki uudelleen tai rekisteröidy uudelleen.',
      registerAgain: 'Rekisteröidy uudelleen',
    },
    forgot: {
      title: 'Unohtunut salasana',
      intro:
        'Kirjoita sähköpostiosoitteesi, niin lähetämme linkin, jonka kautta voit valita uuden salasanan.',
      submit: 'Lähetä linkki',
      sent: 'Jos osoitteella {{email}} on tili, lähetimme siihen linkin. Linkki on voimassa tunnin.',
      backToLogin: 'Takaisin kirjautumiseen',
    },
    reset: {
      title: 'Valitse uusi salasana',
      submit: 'Tallenna uusi salasana',
      missingToken:
        'Linkistä puuttuu koodi. Avaa sähköpostissa oleva linkki uudelleen tai pyydä uusi linkki.',
      requestNew: 'Pyydä uusi linkki',
    },
  },
  account: {
    title: 'Oma tili',
    detailsHeading: 'Tiedot',
    email: 'Sähköpostiosoite',
    rolesHeading: 'Roolit',
    noRoles: 'Tililläsi ei ole vielä rooleja.',
    roleInScope: '{{role}} – {{scope}}',
    save: 'Tallenna',
    saved: 'Tietosi on tallennettu.',
    logout: 'Kirjaudu ulos',
    wholeRegion: 'koko alue',
  },
  roles: {
    resident: 'Asukas',
    shop_owner: 'Kaupan omistaja',
    shop_staff: 'Kaupan henkilökunta',
    service_point_operator: 'Palvelupisteen hoitaja',
    carrier: 'Kuljetusyritys',
    municipality_admin: 'Kunnan ylläpitäjä',
    region_admin: 'Alueen ylläpitäjä',
  },
  shops: fiShops,
  catalogue: fiCatalogue,
  servicePoints: fiServicePoints,
  fulfilment: fiFulfilment,
  payments: fiPayments,
  basket: fiBasket,
  checkout: fiCheckout,
  orders: fiOrders,
  shopOrders: fiShopOrders,
  counter: fiCounter,
  households: fiHouseholds,
  deliveries: fiDeliveries,
  serviceRequests: fiServiceRequests,
  carrierReports: fiCarrierReports,
  runCorrections: fiRunCorrections,
  phoneOrders: fiPhoneOrders,
  homeDelivery: fiHomeDelivery,
  shopFulfilment: fiShopFulfilment,
  municipalityStatus: {
    active: 'Avoinna',
    onboarding: 'Tulossa pian',
  },
  invitation: {
    title: 'Kutsu',
    intro: 'Sinut on kutsuttu e-galleriaan. Rooli: {{role}} ({{municipality}}).',
    invitedEmail: 'Kutsu koskee osoitetta {{email}}.',
    newAccountIntro: 'Valitse nimesi ja salasana, niin tilisi luodaan.',
    existingAccountIntro: 'Sinulla on jo tili. Vahvista salasanallasi.',
    submit: 'Hyväksy kutsu',
    invalid:
      'Kutsu on virheellinen, jo käytetty tai vanhentunut. Pyydä uusi kutsu siltä, joka kutsui sinut.',
  },
  admin: {
    regionTitle: 'Alueen ylläpito',
    outsideRefunds: {
      heading: 'Hyvitykset e-gallerian ulkopuolella',
      intro:
        'Korttimaksut, jotka on hyvitetty suoraan maksupalvelun kautta. Tilaus näyttää yhä maksetulta, eikä kaupan osuutta ole peritty takaisin: selvitä asia kaupan ja asiakkaan kanssa.',
      empty: 'E-gallerian ulkopuolella ei ole tehty hyvityksiä.',
      amount: '{{amount}} hyvitetty {{when}}',
      order: 'Tilaus {{id}}, {{total}} – {{shops}}',
      notOurs: 'Maksua ei löydy gallerian tilauksista.',
      reason: 'Syy: {{reason}}',
      settle: 'Merkitse selvitetyksi',
      settled: 'Selvitetty {{date}}',
      settledBy: 'Selvitetty {{date}} (merkitsi {{name}})',
    },
    paymentDisputes: {
      heading: 'Kiistetyt korttimaksut',
      intro:
        'Maksut, jotka kortinhaltija on kiistänyt pankissaan. Pankki perii rahat takaisin, jos Stripessä ei vastata ajoissa ja toimiteta todisteita.',
      empty: 'Yhtään korttimaksua ei ole kiistetty.',
      amount: '{{amount}} kiistetty {{when}}',
      dueBy: 'Vastaa Stripessä viimeistään {{date}}',
    },
    municipalitiesHeading: 'Kunnat',
    noMunicipalities: 'Kuntia ei ole vielä.',
    manageAdmins: 'Ylläpitäjät – {{name}}',
    settingsLink: 'Asetukset – {{name}}',
    slugLabel: 'Osoite: /{{slug}}',
    create: {
      heading: 'Lisää kunta',
      name: 'Nimi',
      slug: 'Verkko-osoite',
      slugHint: 'Pienet kirjaimet a–z, numerot ja yhdysmerkit. Ehdotetaan nimen perusteella.',
      status: 'Tila',
      submit: 'Lisää kunta',
      created: '{{name}} on lisätty.',
    },
    invitations: {
      heading: 'Ylläpitäjät – {{name}}',
      intro:
        'Kutsu ylläpitäjä. Hän saa sähköpostiviestin, jossa on 7 päivää voimassa oleva linkki.',
      email: 'Sähköpostiosoite',
      locale: 'Viestin kieli',
      submit: 'Lähetä kutsu',
      sent: 'Kutsu on lähetetty osoitteeseen {{email}}.',
      listHeading: 'Kutsut',
      empty: 'Ei vielä kutsuja.',
      pending: 'Odottaa – voimassa {{date}} asti',
      accepted: 'Hyväksytty {{date}}',
      expired: 'Vanhentui {{date}}',
      close: 'Sulje',
    },
    toDo: {
      heading: 'Tehtävät',
      empty: 'Juuri nyt ei ole odottavia tehtäviä.',
      shop_applications_one: '{{count}} kauppa odottaa tarkistusta',
      shop_applications_other: '{{count}} kauppaa odottaa tarkistusta',
      household_applications_one: '{{count}} kotitalous odottaa päätöstä kotiinkuljetuksesta',
      household_applications_other: '{{count}} kotitaloutta odottaa päätöstä kotiinkuljetuksesta',
      listing_requests_one:
        '{{count}} kauppa toisesta kunnasta haluaa näkyä tämän kunnan galleriassa',
      listing_requests_other:
        '{{count}} kauppaa muista kunnista haluaa näkyä tämän kunnan galleriassa',
      carrier_reports_one: '{{count}} kuukausiraportti kuljetusyritykseltä odottaa hyväksyntää',
      carrier_reports_other: '{{count}} kuukausiraporttia kuljetusyrityksiltä odottaa hyväksyntää',
    },
    settings: {
      title: 'Asetukset – {{name}}',
      detailsHeading: 'Tiedot',
      name: 'Kunnan nimi',
      contactEmail: 'Yhteystiedot, sähköposti',
      contactPhone: 'Yhteystiedot, puhelin',
      contactPhoneHint: 'Esimerkiksi 0961-123 45.',
      colorHeading: 'Väri',
      colorPicker: 'Valitse väri',
      colorText: 'Värikoodi',
      colorHint:
        'Kuusi merkkiä #-merkin jälkeen, esimerkiksi #1d4f91. Käytetään korostusvärinä kunnan sivulla.',
      frontPageHeading: 'Etusivu',
      titleSv: 'Otsikko ruotsiksi',
      titleEn: 'Otsikko englanniksi',
      titleFi: 'Otsikko suomeksi',
      introSv: 'Johdanto ruotsiksi',
      introEn: 'Johdanto englanniksi',
      introFi: 'Johdanto suomeksi',
      translationHint: 'Jos kenttä jätetään tyhjäksi, näytetään ruotsinkielinen teksti.',
      save: 'Tallenna muutokset',
      saved: 'Muutokset on tallennettu.',
      viewPublicPage: 'Näytä kunnan sivu',
      logoHeading: 'Logo',
      currentLogo: 'Nykyinen logo',
      noLogo: 'Logoa ei ole ladattu.',
      logoFile: 'Kuvatiedosto',
      logoHint:
        'JPEG, PNG, WebP tai AVIF. Suuri JPEG-valokuva pienennetään ennen lähettämistä; muut tiedostot enintään 5 Mt.',
      logoPreview: 'Esikatselu',
      uploadLogo: 'Lataa logo',
      logoUploaded: 'Logo on ladattu.',
    },
  },
  mailbox: {
    title: 'Demopostilaatikko',
    intro:
      'Tänne tulevat sähköpostit, jotka e-galleria lähettää demotilassa, jotta voit seurata niiden linkkejä.',
    empty: 'Ei vielä viestejä.',
    to: 'Vastaanottaja',
    sent: 'Lähetetty',
    refresh: 'Päivitä',
  },
  errors: {
    pageTitle: 'Jokin meni vikaan',
    notFoundTitle: 'Sivua ei löydy',
    notFoundText: 'Tästä osoitteesta ei löydy sivua. Tarkista osoite tai siirry etusivulle.',
    forbiddenTitle: 'Sinulla ei ole käyttöoikeutta',
    forbiddenText:
      'Tililläsi ei ole oikeutta tähän sivuun. Ota yhteyttä e-gallerian ylläpitäjään, jos tarvitset oikeuden.',
    unauthenticatedTitle: 'Sinun täytyy kirjautua sisään',
    unauthenticatedText: 'Kirjaudu sisään, niin näet tämän sivun.',
    summaryHeading: 'Lomaketta ei voitu lähettää',
    retryAfter: 'Yritä uudelleen {{minutes}} minuutin kuluttua.',
    overlapsPeriod:
      'Toinen sopimus on voimassa {{period}}. Muuta päivämääriä tai päätä tai poista ensin se sopimus.',
    periodBetween: '{{from}} – {{to}}',
    periodFrom: '{{from}} alkaen toistaiseksi',
    onlyLeftInStock_one: 'Varastossa on jäljellä vain {{count}}. Valitse pienempi määrä.',
    onlyLeftInStock_other: 'Varastossa on jäljellä vain {{count}}. Valitse pienempi määrä.',
    onlyPlacesLeft_one:
      'Sille ajalle on jäljellä vain {{count}} paikka. Valitse vähemmän paikkoja tai toinen aika.',
    onlyPlacesLeft_other:
      'Sille ajalle on jäljellä vain {{count}} paikkaa. Valitse vähemmän paikkoja tai toinen aika.',
    code: {
      validation_failed: 'Joitakin kenttiä täytyy korjata.',
      invalid_json: 'Pyyntöä ei voitu lukea. Lataa sivu uudelleen ja yritä sitten uudestaan.',
      unsupported_media_type:
        'Pyyntöä ei voitu lukea. Lataa sivu uudelleen ja yritä sitten uudestaan.',
      payload_too_large: 'Tiedosto tai teksti on liian suuri.',
      not_found: 'Etsimääsi ei löydy.',
      method_not_allowed: 'Tätä ei voi tehdä näin.',
      unauthenticated: 'Sinun täytyy kirjautua sisään.',
      forbidden: 'Sinulla ei ole oikeutta tehdä tätä.',
      cross_site_request_rejected:
        'Pyyntö pysäytettiin turvallisuussyistä. Lataa sivu uudelleen ja yritä sitten uudestaan.',
      invalid_credentials: 'Väärä sähköpostiosoite tai salasana.',
      rate_limited: 'Liian monta yritystä.',
      account_locked:
        'Tilille on kokeiltu liian monta väärää salasanaa tuntemattomista selaimista. Kirjaudu sisään selaimella, jota olet käyttänyt aiemmin, seuraa linkkiä, jonka lähetimme sinulle sähköpostitse, tai valitse uusi salasana.',
      email_taken:
        'Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään tai valitse uusi salasana.',
      slug_taken: 'Osoite on jo toisen kunnan käytössä.',
      status_conflict: 'Tämä ei onnistu nykyisessä tilassa. Lataa sivu uudelleen.',
      report_locked: 'Kuukauden raportti on lähetetty tai hyväksytty, eikä sitä voi nyt korjata.',
      invalid_token: 'Linkki on virheellinen, jo käytetty tai vanhentunut.',
      invalid_image: 'Tiedosto ei ole kuva, jota voimme käyttää.',
      sku_taken: 'Kaupalla on jo tuote, jolla on sama tuotenumero.',
      product_has_variants:
        'Tuotteella on vaihtoehtoja: muuta hintaa, tuotenumeroa ja varastoa kunkin vaihtoehdon kohdalla.',
      last_variant: 'Tuotteella täytyy olla vähintään yksi vaihtoehto.',
      variant_ordered:
        'Vaihtoehtoa on tilattu, ja se säilyy tilauksissa. Aseta sen varastosaldoksi 0 tai poista tuote julkaisusta.',
      import_has_errors: 'Tiedostossa on rivejä, joita ei voi tuoda. Mitään ei muutettu.',
      image_limit_reached: 'Tuotteella voi olla enintään 8 kuvaa. Poista ensin yksi kuva.',
      basket_empty: 'Ostoskori on tyhjä.',
      basket_changed: 'Ostoskori on muuttunut. Tarkista se ja yritä uudelleen.',
      out_of_stock: 'Varastossa ei ole tarpeeksi tuotteita.',
      slot_unavailable: 'Aika ei ole enää vapaa. Valitse toinen aika.',
      booked_with_shop:
        'Tämän palvelun varaat suoraan kaupasta. Soita kauppaan tai lähetä sille sähköpostia.',
      not_requested_with_shop:
        'Tästä palvelusta ei lähetetä tiedustelua. Lisää se sen sijaan ostoskoriin.',
      not_enough_places:
        'Sille ajalle ei ole jäljellä niin monta paikkaa. Valitse vähemmän paikkoja tai toinen aika.',
      fulfilment_unavailable: 'Kauppa ei voi toimittaa tällä tavalla. Valitse toinen tapa.',
      home_delivery_needs_approval:
        'Kotiinkuljetus on vain kotitalouksille, jotka kunta on hyväksynyt kotiinkuljetukseen. Valitse toinen tapa saada tuotteet tai kirjaudu sisään, jos kotitaloutesi on hyväksytty.',
      storage_not_supported:
        'Palvelupisteessä ei voi säilyttää kylmä- tai pakastetuotteita. Valitse toinen palvelupiste.',
      payment_method_unavailable:
        'Tätä maksutapaa ei voi käyttää täällä. Valitse maksu noudettaessa.',
      idempotency_key_reused:
        'Tilaus lähetettiin jo eri tiedoilla. Lataa sivu uudelleen ja yritä sitten uudestaan.',
      host_shop_not_allowed:
        'Isäntäkaupan täytyy olla kunnan kauppa tai kauppa, joka näkyy täällä.',
      service_point_unavailable:
        'Kauppa ei voi toimittaa tähän palvelupisteeseen: se on suljettu tai sijaitsee kunnassa, jossa kauppa ei myy.',
      payments_not_configured: 'Korttimaksua ei ole otettu käyttöön tässä galleriassa.',
      payment_provider_error:
        'Maksupalvelu ei vastannut odotetusti. Yritä hetken kuluttua uudelleen.',
      webhook_signature_invalid: 'Maksupalvelun viestiä ei voitu varmentaa.',
      household_exists: 'Sinulla on jo osoite tässä kunnassa. Muuta sitä uuden lisäämisen sijaan.',
      agreement_overlaps:
        'Jakso menee päällekkäin kaupan toisen sopimuksen kanssa. Samana päivänä voi olla voimassa vain yksi sopimus.',
      internal_error: 'Meillä tapahtui virhe. Yritä hetken kuluttua uudelleen.',
      not_ready: 'Palvelu käynnistyy tai päivittyy. Yritä minuutin kuluttua uudelleen.',
      network_error:
        'Emme saaneet yhteyttä palvelimeen. Tarkista verkkoyhteytesi ja yritä uudelleen.',
    },
    field: {
      required: 'Täytä kenttä.',
      tooShort: 'Teksti on liian lyhyt.',
      tooLong: 'Teksti on liian pitkä.',
      invalidFormat: 'Väärä muoto.',
      invalid: 'Tätä ei voi tallentaa. Tarkista, mitä olet kirjoittanut.',
      quantityRange: 'Kirjoita määrä väliltä 1–{{max}}.',
      orgNumberCheckDigit: 'Organisaationumeron tarkistusnumero on väärä. Tarkista numerot.',
      orgNumberFormat:
        'Kirjoita organisaationumero kymmenellä numerolla ja yhdysmerkillä, esimerkiksi 556036-0793.',
      vatNumberFormat:
        'Kirjoita alv-numero näin: SE, kymmenen numeroa ja 01, esimerkiksi SE556036079301.',
      vatNumberMismatch: 'Alv-numeron täytyy olla SE, organisaationumeron kymmenen numeroa ja 01.',
      postalCode: 'Kirjoita postinumero viidellä numerolla, esimerkiksi 930 90.',
      websiteUrl: 'Kirjoita koko osoite https://-alkuineen, esimerkiksi https://www.esimerkki.se.',
      notAPrice: 'Kirjoita hinta kruunuina, esimerkiksi 12,50.',
      notAWholeNumber: 'Kirjoita kokonaisluku, joka on 0 tai suurempi, esimerkiksi 3.',
      holdDaysOutOfRange: 'Kirjoita päivien määrä väliltä 1–60.',
      chooseOne: 'Valitse yksi vaihtoehdoista.',
      passwordTooShort: 'Salasanassa täytyy olla vähintään 10 merkkiä.',
      invalidEmail: 'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.se.',
      invalidSlug:
        'Käytä pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä. Jotkin sanat on varattu.',
      invalidColor: 'Kirjoita väri muodossa # ja kuusi merkkiä, esimerkiksi #1d4f91.',
      invalidPhone: 'Kirjoita puhelinnumero, esimerkiksi 0961-123 45.',
    },
  },
};
