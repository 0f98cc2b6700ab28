import type { ErrorCode } from '@e-galleria/shared/errors';
import type { Locale } from '@e-galleria/shared/locales';
import type { MunicipalityStatus } from '@e-galleria/shared/municipalities';
import type { Role } from '@e-galleria/shared/roles';
import type { ClientErrorCode } from '../api/api-error.ts';
import type { LegalDocumentName } from './legal-texts.ts';
import { svShops } from './sv-shops.ts';
import { svCatalogue } from './sv-catalogue.ts';
import { svServicePoints } from './sv-service-points.ts';
import { svFulfilment } from './sv-fulfilment.ts';
import { svPayments } from './sv-payments.ts';
import { svBasket, svCheckout } from './sv-basket.ts';
import { svOrders, svShopOrders } from './sv-orders.ts';
import { svCounter } from './sv-counter.ts';
import { svDeliveries } from './sv-deliveries.ts';
import { svServiceRequests } from './sv-service-requests.ts';
import { svCarrierReports } from './sv-carrier-reports.ts';
import { svRunCorrections } from './sv-run-corrections.ts';
import { svHomeDelivery } from './sv-home-delivery.ts';
import { svHouseholds } from './sv-households.ts';
import { svPhoneOrders } from './sv-phone-orders.ts';
import { svShopFulfilment } from './sv-shop-fulfilment.ts';

/**
 * Swedish is the source language: every other locale is typed to have exactly these keys.
 * Records keyed by shared unions (error codes, roles) make a new code a type error here
 * until it has a text.
 */
export const sv = {
  app: {
    name: 'e-galleria',
    titleSuffix: 'e-galleria',
    skipToContent: 'Hoppa till innehållet',
    loading: 'Laddar…',
    loadingPage: 'Laddar sidan…',
    retry: 'Försök igen',
    toFrontPage: 'Till startsidan',
    /** The "no" of a step asked twice (ConfirmedSubmitButton). */
    keep: 'Nej, avbryt',
  },
  header: {
    mainNavigation: 'Huvudmeny',
    municipalitySwitcherLabel: 'Kommun',
    municipalitySwitcherPlaceholder: 'Välj kommun',
    municipalitySwitcherSubmit: 'Visa',
    languageGroup: 'Språk',
    menu: 'Meny',
    accountMenu: 'Konto',
    login: 'Logga in',
    register: 'Skapa konto',
    account: 'Mitt konto',
    regionAdmin: 'Administrera regionen',
    municipalityAdmin: 'Administrera {{municipality}}',
    logout: 'Logga ut',
  },
  footer: {
    about: 'e-galleria – de lokala butikerna i din kommun, på nätet.',
    demoMailbox: 'Demo-brevlåda',
    footerNavigation: 'Sidfot',
  },
  legal: {
    linksHeading: 'Villkor och integritet',
    terms: 'Köpvillkor',
    privacy: 'Integritet och personuppgifter',
    withdrawal: 'Ångerrätt',
    cookies: 'Kakor',
    checkoutNote:
      'Köpet följer gallerians köpvillkor. Där står också om ångerrätt och hur vi hanterar dina personuppgifter.',
  } satisfies Record<LegalDocumentName | 'linksHeading' | 'checkoutNote', string>,
  languageNames: { sv: 'Svenska', en: 'English', fi: 'Suomi' } satisfies Record<Locale, string>,
  notices: {
    loggedOut: 'Du är utloggad.',
    passwordChanged: 'Ditt lösenord är bytt. Logga in med det nya lösenordet.',
    accountCreated: 'Välkommen! Ditt konto är skapat och du är inloggad.',
    invitationAccepted: 'Välkommen! Du är nu administratör för {{municipality}}.',
  },
  region: {
    title: 'Handla lokalt i {{region}}',
    intro:
      'Välj din kommun och handla från de lokala butikerna. Hämta i butiken eller på en servicepunkt nära dig.',
    municipalitiesHeading: 'Kommuner',
    comingSoon: 'Kommer snart',
    noMunicipalities: 'Det finns inga kommuner här ännu.',
    shopCount_one: '{{count}} butik',
    shopCount_other: '{{count}} butiker',
    noShopsYet: 'Inga butiker ännu',
  },
  municipality: {
    logoAlt: 'Logotyp för {{name}}',
    contactHeading: 'Kontakt',
    contactEmail: 'E-post',
    contactPhone: 'Telefon',
    noContact: 'Kommunen har inte lagt in några kontaktuppgifter ännu.',
    comingSoonTitle: '{{name}} – kommer snart',
    comingSoonText:
      '{{name}} ansluter snart till e-galleria. Tills dess kan du handla i de kommuner som redan är igång.',
    otherMunicipalities: 'Se alla kommuner',
    shopsHeading: 'Butikerna',
    noShops: 'Ingen butik har öppnat här ännu.',
    allShops_one: 'Se butiken',
    allShops_other: 'Se alla {{count}} butiker',
    categoriesHeading: 'Handla efter kategori',
    newGoodsHeading: 'Nytt i gallerian',
    moreNewGoods: 'Se fler nyheter',
    servicePointsHeading: 'Hämta i din by',
    servicePointsIntro:
      'Här kan du hämta det du handlar. I kassan ser du vilka servicepunkter varje butik levererar till.',
    servicePointsMap: 'Se alla servicepunkter på kartan',
  },
  auth: {
    email: 'E-postadress',
    password: 'Lösenord',
    newPassword: 'Nytt lösenord',
    passwordHint: 'Minst 10 tecken. En lång mening är lätt att minnas och svår att gissa.',
    name: 'Namn',
    language: 'Språk',
    languageHint: 'Det språk vi använder på sidorna och i mejl till dig.',
    login: {
      title: 'Logga in',
      submit: 'Logga in',
      forgotPassword: 'Glömt lösenordet?',
      noAccount: 'Har du inget konto?',
      registerLink: 'Skapa ett konto',
    },
    register: {
      title: 'Skapa konto',
      intro: 'Med ett konto handlar du i alla kommuners gallerior i regionen.',
      submit: 'Skapa konto',
      haveAccount: 'Har du redan ett konto?',
      loginLink: 'Logga in',
      sent: 'Vi har skickat ett mejl till {{email}}. Följ länken i mejlet för att skapa kontot; den gäller i ett dygn. Har adressen redan ett konto står det i mejlet hur du loggar in.',
    },
    confirmRegistration: {
      title: 'Bekräfta din e-postadress',
      intro: 'Tryck på knappen så skapas ditt konto och du loggas in.',
      submit: 'Skapa kontot',
      missingToken:
        'Länken saknar sin kod. Öppna länken i mejlet igen, eller registrera dig på nytt.',
      registerAgain: 'Registrera dig igen',
    },
    forgot: {
      title: 'Glömt lösenordet',
      intro: 'Skriv din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.',
      submit: 'Skicka länk',
      sent: 'Om det finns ett konto med adressen {{email}} har vi skickat en länk dit. Länken gäller i en timme.',
      backToLogin: 'Tillbaka till inloggningen',
    },
    reset: {
      title: 'Välj nytt lösenord',
      submit: 'Spara nytt lösenord',
      missingToken: 'Länken saknar sin kod. Öppna länken i mejlet igen, eller be om en ny.',
      requestNew: 'Be om en ny länk',
    },
  },
  account: {
    title: 'Mitt konto',
    detailsHeading: 'Uppgifter',
    email: 'E-postadress',
    rolesHeading: 'Roller',
    noRoles: 'Ditt konto har inga roller ännu.',
    roleInScope: '{{role}} – {{scope}}',
    save: 'Spara',
    saved: 'Dina uppgifter är sparade.',
    logout: 'Logga ut',
    wholeRegion: 'hela regionen',
  },
  roles: {
    resident: 'Invånare',
    shop_owner: 'Butiksägare',
    shop_staff: 'Butikspersonal',
    service_point_operator: 'Ombud för servicepunkt',
    carrier: 'Transportör',
    municipality_admin: 'Kommunadministratör',
    region_admin: 'Regionadministratör',
  } satisfies Record<Role, string>,
  shops: svShops,
  catalogue: svCatalogue,
  servicePoints: svServicePoints,
  fulfilment: svFulfilment,
  payments: svPayments,
  basket: svBasket,
  checkout: svCheckout,
  orders: svOrders,
  shopOrders: svShopOrders,
  counter: svCounter,
  households: svHouseholds,
  deliveries: svDeliveries,
  serviceRequests: svServiceRequests,
  carrierReports: svCarrierReports,
  runCorrections: svRunCorrections,
  phoneOrders: svPhoneOrders,
  homeDelivery: svHomeDelivery,
  shopFulfilment: svShopFulfilment,
  municipalityStatus: {
    active: 'Öppen',
    onboarding: 'Kommer snart',
  } satisfies Record<MunicipalityStatus, string>,
  invitation: {
    title: 'Inbjudan',
    intro: 'Du är inbjuden som {{role}} för {{municipality}}.',
    invitedEmail: 'Inbjudan gäller {{email}}.',
    newAccountIntro: 'Välj ditt namn och ett lösenord för att skapa ditt konto.',
    existingAccountIntro: 'Du har redan ett konto. Bekräfta med ditt lösenord.',
    submit: 'Acceptera inbjudan',
    invalid:
      'Inbjudan är ogiltig, redan använd eller har gått ut. Be den som bjöd in dig om en ny.',
  },
  admin: {
    regionTitle: 'Administrera regionen',
    outsideRefunds: {
      heading: 'Återbetalningar utanför e-galleria',
      intro:
        'Kortbetalningar som återbetalats direkt hos betalningsleverantören. Beställningen ser fortfarande betald ut och butikens andel har inte tagits tillbaka: stäm av med butiken och kunden.',
      empty: 'Inga återbetalningar har gjorts utanför e-galleria.',
      amount: '{{amount}} återbetalat {{when}}',
      order: 'Beställning {{id}} på {{total}} från {{shops}}',
      notOurs: 'Betalningen finns inte bland gallerians beställningar.',
      reason: 'Orsak: {{reason}}',
      settle: 'Markera som avstämd',
      settled: 'Avstämd {{date}}',
      settledBy: 'Avstämd {{date}} av {{name}}',
    },
    paymentDisputes: {
      heading: 'Bestridda kortbetalningar',
      intro:
        'Betalningar som kortinnehavaren bestridit hos sin bank. Banken tar tillbaka pengarna om ni inte svarar med underlag i Stripe i tid.',
      empty: 'Ingen kortbetalning har bestridits.',
      amount: '{{amount}} bestritt {{when}}',
      dueBy: 'Svara i Stripe senast {{date}}',
    },
    municipalitiesHeading: 'Kommuner',
    noMunicipalities: 'Det finns inga kommuner ännu.',
    manageAdmins: 'Administratörer för {{name}}',
    settingsLink: 'Inställningar för {{name}}',
    slugLabel: 'Adress: /{{slug}}',
    create: {
      heading: 'Lägg till kommun',
      name: 'Namn',
      slug: 'Adress i webben',
      slugHint: 'Små bokstäver a–z, siffror och bindestreck. Föreslås utifrån namnet.',
      status: 'Status',
      submit: 'Lägg till kommun',
      created: '{{name}} är tillagd.',
    },
    invitations: {
      heading: 'Administratörer för {{name}}',
      intro: 'Bjud in en administratör. Personen får ett mejl med en länk som gäller i 7 dagar.',
      email: 'E-postadress',
      locale: 'Språk i mejlet',
      submit: 'Skicka inbjudan',
      sent: 'En inbjudan är skickad till {{email}}.',
      listHeading: 'Inbjudningar',
      empty: 'Inga inbjudningar ännu.',
      pending: 'Väntar – gäller till {{date}}',
      accepted: 'Accepterad {{date}}',
      expired: 'Gick ut {{date}}',
      close: 'Stäng',
    },
    /** What waits on the municipality, on its admins' start page (shared/src/to-do.ts). */
    toDo: {
      heading: 'Att göra',
      empty: 'Inget väntar på er just nu.',
      shop_applications_one: '{{count}} butik väntar på granskning',
      shop_applications_other: '{{count}} butiker väntar på granskning',
      household_applications_one: '{{count}} hushåll väntar på beslut om hemleverans',
      household_applications_other: '{{count}} hushåll väntar på beslut om hemleverans',
      listing_requests_one: '{{count}} butik i en annan kommun vill visas i er galleria',
      listing_requests_other: '{{count}} butiker i andra kommuner vill visas i er galleria',
      carrier_reports_one: '{{count}} månadsrapport från en transportör väntar på godkännande',
      carrier_reports_other: '{{count}} månadsrapporter från transportörer väntar på godkännande',
    },
    settings: {
      title: 'Inställningar för {{name}}',
      detailsHeading: 'Uppgifter',
      name: 'Kommunens namn',
      contactEmail: 'Kontakt, e-post',
      contactPhone: 'Kontakt, telefon',
      contactPhoneHint: 'Till exempel 0961-123 45.',
      colorHeading: 'Färg',
      colorPicker: 'Välj färg',
      colorText: 'Färgkod',
      colorHint:
        'Sex tecken efter #, till exempel #1d4f91. Används som accentfärg på kommunens sida.',
      frontPageHeading: 'Startsidan',
      titleSv: 'Rubrik på svenska',
      titleEn: 'Rubrik på engelska',
      titleFi: 'Rubrik på finska',
      introSv: 'Ingress på svenska',
      introEn: 'Ingress på engelska',
      introFi: 'Ingress på finska',
      translationHint: 'Lämnas den tom visas den svenska texten.',
      save: 'Spara ändringar',
      saved: 'Ändringarna är sparade.',
      viewPublicPage: 'Visa kommunens sida',
      logoHeading: 'Logotyp',
      currentLogo: 'Nuvarande logotyp',
      noLogo: 'Ingen logotyp uppladdad.',
      logoFile: 'Bildfil',
      logoHint:
        'JPEG, PNG, WebP eller AVIF. Ett stort JPEG-foto görs mindre innan det skickas; andra filer högst 5 MB.',
      logoPreview: 'Förhandsvisning',
      uploadLogo: 'Ladda upp logotyp',
      logoUploaded: 'Logotypen är uppladdad.',
    },
  },
  mailbox: {
    title: 'Demo-brevlåda',
    intro: 'Här hamnar mejlen som e-galleria skickar i demoläge, så att du kan följa länkarna.',
    empty: 'Inga mejl ännu.',
    to: 'Till',
    sent: 'Skickat',
    refresh: 'Uppdatera',
  },
  errors: {
    pageTitle: 'Något gick fel',
    notFoundTitle: 'Sidan finns inte',
    notFoundText:
      'Vi hittar ingen sida på den här adressen. Kontrollera adressen eller gå till startsidan.',
    forbiddenTitle: 'Du har inte behörighet',
    forbiddenText:
      'Ditt konto har inte behörighet till den här sidan. Kontakta den som administrerar e-galleria om du behöver det.',
    unauthenticatedTitle: 'Du behöver logga in',
    unauthenticatedText: 'Logga in för att se den här sidan.',
    summaryHeading: 'Det gick inte att skicka formuläret',
    retryAfter: 'Försök igen om {{minutes}} minuter.',
    overlapsPeriod:
      'Det avtalet gäller {{period}}. Ändra datumen, eller avsluta eller ta bort det avtalet först.',
    periodBetween: '{{from}} – {{to}}',
    periodFrom: 'från {{from}} tills vidare',
    onlyLeftInStock_one: 'Bara {{count}} kvar i lager. Välj färre.',
    onlyLeftInStock_other: 'Bara {{count}} kvar i lager. Välj färre.',
    onlyPlacesLeft_one:
      'Bara {{count}} plats kvar den tiden. Välj färre platser eller en annan tid.',
    onlyPlacesLeft_other:
      'Bara {{count}} platser kvar den tiden. Välj färre platser eller en annan tid.',
    code: {
      validation_failed: 'Några fält behöver rättas.',
      invalid_json: 'Förfrågan kunde inte läsas. Ladda om sidan och försök igen.',
      unsupported_media_type: 'Förfrågan kunde inte läsas. Ladda om sidan och försök igen.',
      payload_too_large: 'Filen eller texten är för stor.',
      not_found: 'Det du söker finns inte.',
      method_not_allowed: 'Det går inte att göra så här.',
      unauthenticated: 'Du behöver logga in.',
      forbidden: 'Du har inte behörighet att göra det här.',
      cross_site_request_rejected:
        'Förfrågan stoppades av säkerhetsskäl. Ladda om sidan och försök igen.',
      invalid_credentials: 'Fel e-postadress eller lösenord.',
      rate_limited: 'För många försök.',
      account_locked:
        'För många felaktiga lösenord har prövats för kontot från okända webbläsare. Logga in från en webbläsare du använt förut, följ länken vi mejlat dig eller välj ett nytt lösenord.',
      email_taken:
        'Det finns redan ett konto med den e-postadressen. Logga in eller återställ lösenordet.',
      slug_taken: 'Den adressen används redan av en annan kommun.',
      status_conflict: 'Det går inte i det nuvarande läget. Ladda om sidan.',
      report_locked: 'Månadens rapport är inskickad eller godkänd och kan inte rättas nu.',
      invalid_token: 'Länken är ogiltig, redan använd eller har gått ut.',
      invalid_image: 'Filen är inte en bild vi kan använda.',
      sku_taken: 'Butiken har redan en artikel med det artikelnumret.',
      product_has_variants: 'Varan har varianter: ändra pris, artikelnummer och lager per variant.',
      last_variant: 'En vara måste ha minst en variant.',
      variant_ordered:
        'Varianten har beställts och finns kvar i beställningarna. Sätt lagret till 0 eller avpublicera varan i stället.',
      import_has_errors: 'Filen har rader som inte kan importeras. Inget har ändrats.',
      image_limit_reached: 'En vara kan ha högst 8 bilder. Ta bort en först.',
      basket_empty: 'Varukorgen är tom.',
      basket_changed: 'Varukorgen har ändrats. Se över den och försök igen.',
      out_of_stock: 'Det finns inte tillräckligt många kvar i lager.',
      slot_unavailable: 'Den tiden är inte längre ledig. Välj en annan tid.',
      booked_with_shop: 'Den här tjänsten bokar du direkt med butiken. Ring eller mejla butiken.',
      not_requested_with_shop:
        'Den här tjänsten skickar man ingen förfrågan om. Lägg den i varukorgen i stället.',
      not_enough_places:
        'Det finns inte så många platser kvar den tiden. Välj färre platser eller en annan tid.',
      fulfilment_unavailable: 'Butiken kan inte leverera på det sättet. Välj ett annat.',
      home_delivery_needs_approval:
        'Hemleverans är bara för hushåll som kommunen beviljat hemsändning. Välj ett annat sätt att få varorna, eller logga in om ditt hushåll är beviljat.',
      storage_not_supported:
        'Servicepunkten kan inte förvara kylda eller frysta varor. Välj en annan.',
      payment_method_unavailable:
        'Det sättet att betala finns inte här. Välj betalning vid upphämtning.',
      idempotency_key_reused:
        'Beställningen skickades redan med andra uppgifter. Ladda om sidan och försök igen.',
      host_shop_not_allowed:
        'Värdbutiken måste vara en butik i kommunen eller en butik som visas här.',
      service_point_unavailable:
        'Butiken kan inte leverera till den servicepunkten: den är stängd eller ligger i en kommun där butiken inte säljer.',
      payments_not_configured: 'Kortbetalning är inte inställd i den här gallerian.',
      payment_provider_error: 'Betaltjänsten svarade inte som väntat. Försök igen om en stund.',
      webhook_signature_invalid: 'Meddelandet från betaltjänsten kunde inte verifieras.',
      household_exists: 'Du har redan en adress i den kommunen. Ändra den i stället.',
      agreement_overlaps:
        'Perioden överlappar ett annat avtal med samma butik. Bara ett avtal kan gälla en och samma dag.',
      internal_error: 'Något gick fel hos oss. Försök igen om en stund.',
      not_ready: 'Tjänsten startar eller uppdateras. Försök igen om en minut.',
      network_error:
        'Vi fick ingen kontakt med servern. Kontrollera din uppkoppling och försök igen.',
    } satisfies Record<ErrorCode | ClientErrorCode, string>,
    field: {
      required: 'Fyll i fältet.',
      tooShort: 'Texten är för kort.',
      tooLong: 'Texten är för lång.',
      invalidFormat: 'Fel format.',
      invalid: 'Det här går inte att spara. Kontrollera vad du har skrivit.',
      quantityRange: 'Skriv ett antal från 1 till {{max}}.',
      orgNumberCheckDigit: 'Organisationsnumret har fel kontrollsiffra. Kontrollera siffrorna.',
      orgNumberFormat:
        'Skriv organisationsnumret med tio siffror och bindestreck, till exempel 556036-0793.',
      vatNumberFormat:
        'Skriv momsregistreringsnumret som SE, tio siffror och 01, till exempel SE556036079301.',
      vatNumberMismatch:
        'Momsregistreringsnumret ska vara SE, organisationsnumrets tio siffror och 01.',
      postalCode: 'Skriv postnumret med fem siffror, till exempel 930 90.',
      websiteUrl: 'Skriv hela adressen, med https://, till exempel https://www.exempel.se.',
      notAPrice: 'Skriv ett pris i kronor, till exempel 12,50.',
      notAWholeNumber: 'Skriv ett heltal från 0 och uppåt, till exempel 3.',
      holdDaysOutOfRange: 'Skriv ett antal dagar mellan 1 och 60.',
      chooseOne: 'Välj ett av alternativen.',
      passwordTooShort: 'Lösenordet måste ha minst 10 tecken.',
      invalidEmail: 'Skriv en e-postadress som namn@exempel.se.',
      invalidSlug:
        'Använd små bokstäver a–z, siffror och enstaka bindestreck. Vissa ord är reserverade.',
      invalidColor: 'Skriv färgen som # följt av sex tecken, till exempel #1d4f91.',
      invalidPhone: 'Skriv ett telefonnummer, till exempel 0961-123 45.',
    },
  },
};
