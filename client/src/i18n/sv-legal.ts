import type { LegalTexts } from './legal-texts.ts';

/**
 * Köpvillkor, integritet, ångerrätt och kakor. Skrivna för det e-galleria gör i dag; den
 * som driver gallerian låter en jurist granska dem före drift (docs/decisions/0030).
 */
export const svLegal: LegalTexts = {
  version: 'Version 1. Vi meddelar i gallerian när villkoren ändras.',
  documents: {
    terms: {
      title: 'Köpvillkor',
      summary:
        'Villkoren för köp i e-galleria: vem du handlar av, hur du betalar, hämtar och bokar, och vad du gör om något blir fel.',
      sections: [
        {
          heading: 'Vem du handlar av',
          body: [
            'e-galleria är en gemensam marknadsplats för de lokala butikerna i kommunerna i regionen. Det är butiken som säljer varan eller tjänsten till dig. Varje butik visar sitt namn, sin adress och sitt organisationsnummer på sin sida i gallerian.',
            'Handlar du från flera butiker på en gång blir det en beställning per butik. Varje butik ansvarar för sin del.',
            'Gallerian drivs av kommunen tillsammans med regionen. Den tar emot beställningen åt butiken och skickar den vidare, men är inte säljare.',
          ],
        },
        {
          heading: 'Priser',
          body: [
            'Priserna är i svenska kronor och inklusive moms. Priset gäller för den enhet som står vid priset, till exempel per styck, kilo, liter eller förpackning. Jämförpriset visar vad varan kostar per kilo, liter eller styck.',
            'Det pris som gäller är det som visas i kassan när du beställer.',
          ],
        },
        {
          heading: 'Beställning och bekräftelse',
          body: [
            'När du har beställt får du en bekräftelse med e-post. Butiken tar sedan emot beställningen. Fram till dess kan du avbryta den själv, på beställningens sida (länken finns i bekräftelsen) eller under Mina beställningar.',
            'Butiken kan avbryta en beställning, till exempel om varan har tagit slut. Då får du besked och pengarna tillbaka om du redan har betalat.',
          ],
        },
        {
          heading: 'Betalning',
          body: [
            'Du betalar antingen när du hämtar eller med kort när du beställer, om butikerna i din varukorg tar emot kortbetalning. Kortbetalningen sköts av betaltjänsten Stripe. Gallerian och butikerna ser aldrig dina kortuppgifter.',
          ],
        },
        {
          heading: 'Hämtning',
          body: [
            'Du väljer för varje butik var du hämtar: i butiken eller på en servicepunkt som butiken levererar till. I kassan ser du den första dagen varorna kan hämtas.',
            'När paketet har kommit fram till servicepunkten får du ett meddelande med en kod. Visa koden när du hämtar.',
            'Ett paket väntar på servicepunkten så många dagar som står på servicepunktens sida. Hämtar du det inte skickas det tillbaka till butiken och beställningen avbryts. Har du betalat med kort får du pengarna tillbaka.',
            'Kylvaror och frysvaror lämnas bara till servicepunkter som har kylskåp eller frys. Hämta dem samma dag som de har kommit fram.',
          ],
        },
        {
          heading: 'Tjänster',
          body: [
            'En tjänst, till exempel en klippning eller en tvättid, bokar du till en ledig tid som butiken visar. Tjänster på förfrågan har ingen tid ännu: butiken hör av sig för att komma överens om den. Kan du inte komma, hör av dig till butiken så snart som möjligt.',
          ],
        },
        {
          heading: 'Ångerrätt',
          body: [
            'Du har i regel 14 dagars ångerrätt. Den gäller inte allt, till exempel inte färskvaror. Läs mer på sidan Ångerrätt.',
          ],
        },
        {
          heading: 'Om något är fel',
          body: [
            'Är en vara felaktig har du rätt att reklamera den enligt konsumentköplagen, i upp till tre år från köpet. Säg till butiken inom skälig tid efter att du har upptäckt felet; två månader är alltid skälig tid. Kontakta butiken direkt, med uppgifterna på dess sida.',
            'Kommer du och butiken inte överens kan du vända dig till Allmänna reklamationsnämnden (ARN) eller till kommunens konsumentvägledning.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Integritet och personuppgifter',
      summary:
        'Vilka uppgifter om dig gallerian sparar, varför, hur länge, och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).',
      sections: [
        {
          heading: 'Vem som ansvarar',
          body: [
            'Den som driver e-galleria i regionen ansvarar för ditt konto och för gallerian. Den butik du handlar av ansvarar för din beställning hos butiken. Kontaktuppgifter till kommunen finns på kommunens sida i gallerian, och till butiken på butikens sida.',
          ],
        },
        {
          heading: 'Vad vi sparar och varför',
          body: [
            [
              'Ditt konto: namn, e-postadress, språk och ditt lösenord i krypterad form (som ingen kan läsa). Det behövs för att du ska kunna logga in.',
              'Dina beställningar: namn, e-postadress och telefonnummer, vad du har köpt, vilken butik, var du hämtar, vad du har betalat och hur beställningen har gått. Det behövs för att butiken ska kunna leverera och för butikens bokföring.',
              'Vem som har gjort vad med en beställning, och från vilken sorts enhet och vilket nät. Av nätadressen sparar vi bara början, som visar nätet men inte ditt hushåll. Det behövs för att reda ut fel och fusk.',
              'För hemleverans: adress, portkod, ett meddelande till föraren och ett telefonnummer, så att varorna kommer fram. Om du söker subventionerad hemleverans: kommunens beslut och skälet bara som en kategori (till exempel ålder eller ingen bil), aldrig uppgifter om hälsa eller vård.',
              'Din varukorg, så att den finns kvar när du kommer tillbaka.',
              'Meddelanden vi skickar till dig, till exempel orderbekräftelser och koder för att hämta.',
              'Räknare över inloggningsförsök per e-postadress och nätadress, för att stoppa den som försöker gissa lösenord.',
            ],
            'Kortuppgifter hanteras bara av betaltjänsten Stripe, aldrig av gallerian.',
            'Vi använder inte dina uppgifter till reklam och säljer dem inte till någon.',
          ],
        },
        {
          heading: 'Hur länge vi sparar',
          body: [
            [
              'Kontot finns kvar tills du ber oss ta bort det.',
              'En inloggning gäller i 30 dagar och förlängs till 30 dagar igen när du använder gallerian med mindre än 15 dagar kvar. Den upphör alltså mellan 15 och 30 dagar efter att du senast använde gallerian.',
              'En länk för att byta lösenord gäller i en timme.',
              'Meddelanden vi har skickat till dig, eller inte kunnat leverera, tas bort 90 dagar efter att de skrevs.',
              'Räknarna över inloggningsförsök tas bort när de har gått ut, inom några timmar.',
              'Från vilket nät och vilken sorts enhet en beställning ändrades tas bort efter 540 dagar, när ett kortköp inte längre kan bestridas.',
              'Beställningar sparas i sju år efter utgången av det år köpet gjordes, som bokföringslagen kräver av butiken, och tas sedan bort.',
              'En adress för hemleverans som du har sparat på ditt konto finns kvar tills du tar bort den. En adress som lämnats utan konto, i kassan eller per telefon till en butik, tas bort 400 dagar efter den senaste beställningen.',
            ],
          ],
        },
        {
          heading: 'Vilka som får se uppgifterna',
          body: [
            'Butiken ser dina beställningar hos just den butiken. Servicepunktens ombud ser namnet på den som ska hämta och vilka paket det gäller. Vid hemleverans ser budfirmans förare adress, portkod, meddelande och telefonnummer för de leveranser föraren har hand om. Kommunens administratörer ser beställningar i kommunens galleria när de behöver hjälpa till. Ingen butik ser vad du har köpt i andra butiker.',
            'Kartan över servicepunkter hämtar kartbilder från en kartleverantör, som står under kartan. Då ser leverantören din nätadress, men inget annat om dig.',
          ],
        },
        {
          heading: 'Dina rättigheter',
          body: [
            [
              'Du kan få veta vilka uppgifter vi har om dig och få en kopia av dem.',
              'Du kan rätta felaktiga uppgifter. Namn och språk ändrar du själv under Mitt konto.',
              'Du kan be oss ta bort uppgifter. Det vi måste spara enligt lag, till exempel bokföring, tas bort när tiden har gått ut.',
              'Du kan be oss begränsa hur uppgifterna används och invända mot behandling.',
              'Du kan få dina uppgifter i ett format som andra tjänster kan läsa.',
            ],
            'Kontakta kommunen för att använda dina rättigheter. Tycker du att vi hanterar dina uppgifter fel kan du klaga hos Integritetsskyddsmyndigheten (IMY).',
          ],
        },
      ],
    },
    withdrawal: {
      title: 'Ångerrätt',
      summary:
        'När du handlar på distans har du i regel rätt att ångra köpet inom 14 dagar. Här står när ångerrätten gäller och hur du gör.',
      sections: [
        {
          heading: 'Varor',
          body: [
            'Du kan ångra köpet av en vara inom 14 dagar från dagen du hämtade den. Du behöver inte säga varför.',
          ],
        },
        {
          heading: 'Tjänster',
          body: [
            'Du kan ångra en bokad tjänst inom 14 dagar från dagen du bokade den. Vill du att tjänsten utförs inom de 14 dagarna och ångrar dig sedan betalar du för den del som redan är gjord. När tjänsten är helt utförd kan den inte ångras.',
          ],
        },
        {
          heading: 'När ångerrätten inte gäller',
          body: [
            [
              'Varor som snabbt blir sämre eller för gamla, som bröd, färskvaror, kylvaror och frysvaror.',
              'Varor med försegling som du har brutit, om de av hälso- eller hygienskäl inte kan lämnas tillbaka.',
              'Varor som är gjorda efter dina önskemål.',
              'Tjänster som gäller fritid eller resor och som är bokade till en bestämd dag eller tid, till exempel en plats på en handlarrunda.',
            ],
          ],
        },
        {
          heading: 'Så gör du',
          body: [
            'Hör av dig till butiken inom 14 dagar och säg att du ångrar köpet. Butikens kontaktuppgifter finns på dess sida i gallerian. Du kan också använda Konsumentverkets standardformulär för ångerrätt.',
            'Har du inte tagit emot beställningen ännu kan du avbryta den själv under Mina beställningar tills butiken har tagit emot den. Ett paket du inte hämtar skickas tillbaka till butiken.',
          ],
        },
        {
          heading: 'Att lämna tillbaka och få pengarna',
          body: [
            'Lämna tillbaka varan till butiken, eller på det sätt butiken säger, inom 14 dagar efter att du ångrade dig. Du står för kostnaden att lämna tillbaka den om inte butiken säger något annat.',
            'Butiken betalar tillbaka det du har betalat inom 14 dagar efter att du ångrade dig. Butiken får vänta tills den har fått tillbaka varan.',
          ],
        },
      ],
    },
    cookies: {
      title: 'Kakor',
      summary:
        'e-galleria använder bara de kakor som behövs för att gallerian ska fungera. Därför frågar vi inte om lov.',
      sections: [
        {
          heading: 'Kakor vi använder',
          body: [
            [
              'galleria_session: håller dig inloggad. Den sätts när du loggar in och gäller till 15–30 dagar efter att du senast använde gallerian (se ”Integritet och personuppgifter”), eller tills du loggar ut.',
              'galleria_basket: kommer ihåg din varukorg när du inte är inloggad. Den gäller i 30 dagar.',
              'galleria_browser: kommer ihåg att den här webbläsaren har loggat in på ditt konto förut, så att någon som gissar ditt lösenord på annat håll inte stänger ute dig här. Den innehåller inget lösenord och släpper inte in någon på egen hand. Den gäller i ett år och finns kvar när du loggar ut.',
            ],
            'Kakorna kan bara läsas av gallerians server, inte av skript på sidan och inte av andra webbplatser. På en krypterad anslutning börjar deras namn med __Host-, till exempel __Host-galleria_session.',
          ],
        },
        {
          heading: 'Uppgifter i din webbläsare',
          body: [
            'Ditt val av språk sparas i webbläsaren, så att gallerian visas på samma språk nästa gång. Ombud vid en servicepunkt och budfirmans förare får även dagens paket eller leveranser sparade där, med namn och för leveranser adresser, och de åtgärder som väntar på att skickas när uppkopplingen är borta, så att deras skärm fungerar utan uppkoppling.',
          ],
        },
        {
          heading: 'Inget annat',
          body: [
            'Vi använder inga kakor för statistik eller reklam och inga tjänster som följer dig mellan webbplatser. Kartan över servicepunkter hämtar kartbilder från en kartleverantör, som då ser din nätadress; gallerian skickar inga kakor dit.',
            'Du kan ta bort kakorna i din webbläsares inställningar. Då loggas du ut och en varukorg du har som gäst töms.',
          ],
        },
      ],
    },
  },
};
