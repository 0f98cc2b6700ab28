import type { LegalTexts } from './legal-texts.ts';

/** The legal pages in Finnish; the same sections as sv-legal.ts, which is the source and governs. */
export const fiLegal: LegalTexts = {
  version:
    'Ruotsinkielinen teksti on sitova, jos kieliversiot poikkeavat toisistaan. Versio 1. Ilmoitamme galleriassa, kun ehdot muuttuvat.',
  documents: {
    terms: {
      title: 'Ostoehdot',
      summary:
        'Ehdot, jotka koskevat ostamista e-galleriassa: keneltä ostat, miten maksat, noudat ja varaat ja mitä teet, jos jokin menee vikaan.',
      sections: [
        {
          heading: 'Keneltä ostat',
          body: [
            'e-galleria on alueen kuntien paikallisten kauppojen yhteinen markkinapaikka. Tuotteen tai palvelun myy sinulle kauppa. Jokainen kauppa kertoo nimensä, osoitteensa ja organisaationumeronsa omalla sivullaan galleriassa.',
            'Jos ostat useasta kaupasta kerralla, jokaisesta kaupasta tulee oma tilaus. Jokainen kauppa vastaa omasta osuudestaan.',
            'Galleriaa ylläpitää kunta yhdessä alueen kanssa. Galleria ottaa tilauksen vastaan kaupan puolesta ja välittää sen eteenpäin, mutta se ei ole myyjä.',
          ],
        },
        {
          heading: 'Hinnat',
          body: [
            'Hinnat ovat Ruotsin kruunuina, ja niihin sisältyy arvonlisävero. Hinta koskee hinnan vieressä mainittua yksikköä, esimerkiksi kappaletta, kiloa, litraa tai pakkausta. Vertailuhinta kertoo, mitä tuote maksaa kilolta, litralta tai kappaleelta.',
            'Voimassa on se hinta, joka näkyy kassalla, kun tilaat.',
          ],
        },
        {
          heading: 'Tilaus ja vahvistus',
          body: [
            'Kun olet tilannut, saat vahvistuksen sähköpostiin. Sen jälkeen kauppa hyväksyy tilauksen. Siihen asti voit perua tilauksen itse tilauksen sivulla (linkki on vahvistuksessa) tai kohdassa Omat tilaukset.',
            'Kauppa voi perua tilauksen esimerkiksi silloin, kun tuote on loppunut. Silloin saat siitä tiedon ja rahasi takaisin, jos olet jo maksanut.',
          ],
        },
        {
          heading: 'Maksaminen',
          body: [
            'Maksat joko noutaessasi tai kortilla tilatessasi, jos ostoskorisi kaupat ottavat vastaan korttimaksuja. Korttimaksut hoitaa maksupalvelu Stripe. Galleria ja kaupat eivät koskaan näe korttitietojasi.',
          ],
        },
        {
          heading: 'Nouto',
          body: [
            'Valitset jokaiselle kaupalle, mistä noudat tuotteet: kaupasta tai palvelupisteestä, johon kauppa toimittaa. Kassalla näet ensimmäisen päivän, jona tuotteet voi noutaa.',
            'Kun paketti on saapunut palvelupisteeseen, saat viestin, jossa on koodi. Näytä koodi, kun noudat paketin.',
            'Paketti odottaa palvelupisteessä niin monta päivää kuin palvelupisteen sivulla kerrotaan. Jos et nouda sitä, se lähetetään takaisin kauppaan ja tilaus perutaan. Jos olet maksanut kortilla, saat rahasi takaisin.',
            'Kylmätuotteet ja pakasteet toimitetaan vain palvelupisteisiin, joissa on jääkaappi tai pakastin. Nouda ne samana päivänä, kun ne ovat saapuneet.',
          ],
        },
        {
          heading: 'Palvelut',
          body: [
            'Palvelun, esimerkiksi hiustenleikkauksen tai pesutupavuoron, varaat vapaaseen aikaan, jonka kauppa näyttää. Palveluilla, joista lähetetään tiedustelu, ei ole vielä aikaa: kauppa ottaa yhteyttä, jotta voitte sopia ajan. Jos et pääse paikalle, ilmoita kaupalle niin pian kuin mahdollista.',
          ],
        },
        {
          heading: 'Peruuttamisoikeus',
          body: [
            'Sinulla on yleensä 14 päivän peruuttamisoikeus. Se ei koske kaikkea, ei esimerkiksi tuoretuotteita. Lue lisää sivulta Peruuttamisoikeus.',
          ],
        },
        {
          heading: 'Jos jokin on vialla',
          body: [
            'Jos tuotteessa on virhe, sinulla on oikeus tehdä siitä reklamaatio lain konsumentköplagen (Ruotsin kuluttajakauppalaki) mukaan kolmen vuoden ajan ostosta. Ilmoita kaupalle kohtuullisessa ajassa sen jälkeen, kun olet huomannut virheen; kaksi kuukautta on aina kohtuullinen aika. Ota yhteyttä suoraan kauppaan sen sivulla olevilla yhteystiedoilla.',
            'Jos sinä ja kauppa ette pääse sopuun, voit kääntyä lautakunnan Allmänna reklamationsnämnden (ARN, Ruotsin kuluttajariitalautakunta) tai kunnan kuluttajaneuvonnan puoleen.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Tietosuoja ja henkilötiedot',
      summary:
        'Mitä tietoja galleria tallentaa sinusta, miksi ja kuinka kauan sekä mitä oikeuksia sinulla on EU:n yleisen tietosuoja-asetuksen (GDPR) mukaan.',
      sections: [
        {
          heading: 'Kuka vastaa',
          body: [
            'Tilistäsi ja galleriasta vastaa se, joka ylläpitää e-galleriaa alueella. Tilauksestasi kaupassa vastaa kauppa, jolta ostat. Kunnan yhteystiedot ovat kunnan sivulla galleriassa ja kaupan yhteystiedot kaupan sivulla.',
          ],
        },
        {
          heading: 'Mitä tallennamme ja miksi',
          body: [
            [
              'Tilisi: nimi, sähköpostiosoite, kieli ja salasanasi salatussa muodossa (jota kukaan ei voi lukea). Tietoja tarvitaan, jotta voit kirjautua sisään.',
              'Tilauksesi: nimi, sähköpostiosoite ja puhelinnumero, mitä olet ostanut, mistä kaupasta, mistä noudat, mitä olet maksanut ja miten tilaus on edennyt. Tietoja tarvitaan, jotta kauppa voi toimittaa tilauksen, ja kaupan kirjanpitoa varten.',
              'Kuka on tehnyt mitäkin tilaukselle sekä millaiselta laitteelta ja mistä verkosta. Verkko-osoitteesta tallennamme vain alkuosan, josta näkyy verkko mutta ei kotitaloutesi. Tietoja tarvitaan virheiden ja väärinkäytösten selvittämiseen.',
              'Kotiinkuljetusta varten: osoite, ovikoodi, viesti kuljettajalle ja puhelinnumero, jotta tuotteet tulevat perille. Jos haet tuettua kotiinkuljetusta: kunnan päätös ja sen peruste vain luokkana (esimerkiksi ikä tai ei autoa), ei koskaan tietoja terveydestä tai hoidosta.',
              'Ostoskorisi, jotta se on tallessa, kun palaat.',
              'Viestit, joita lähetämme sinulle, esimerkiksi tilausvahvistukset ja noutokoodit.',
              'Kirjautumisyritysten laskurit sähköpostiosoitetta ja verkko-osoitetta kohden, jotta voimme pysäyttää sen, joka yrittää arvata salasanoja.',
            ],
            'Korttitietoja käsittelee vain maksupalvelu Stripe, ei koskaan galleria.',
            'Emme käytä tietojasi mainontaan emmekä myy niitä kenellekään.',
          ],
        },
        {
          heading: 'Kuinka kauan säilytämme tietoja',
          body: [
            [
              'Tili säilyy, kunnes pyydät meitä poistamaan sen.',
              'Kirjautuminen on voimassa 30 päivää, ja se jatkuu taas 30 päiväksi, kun käytät galleriaa ja jäljellä on alle 15 päivää. Se päättyy siis 15–30 päivän kuluttua siitä, kun viimeksi käytit galleriaa.',
              'Salasanan vaihtolinkki on voimassa tunnin.',
              'Viestit, jotka olemme lähettäneet sinulle tai joita ei voitu toimittaa, poistetaan 90 päivän kuluttua niiden kirjoittamisesta.',
              'Kirjautumisyritysten laskurit poistetaan, kun ne ovat vanhentuneet, muutaman tunnin kuluessa.',
              'Tieto siitä, mistä verkosta ja millaiselta laitteelta tilausta muutettiin, poistetaan 540 päivän kuluttua, kun korttiostoa ei voi enää kiistää.',
              'Tilaukset säilytetään seitsemän vuotta sen vuoden päättymisestä, jona osto tehtiin, kuten bokföringslagen (Ruotsin kirjanpitolaki) kaupalta edellyttää, ja poistetaan sitten.',
              'Kotiinkuljetusosoite, jonka olet tallentanut tilillesi, säilyy, kunnes poistat sen. Osoite, joka on annettu ilman tiliä kassalla tai puhelimitse kaupalle, poistetaan 400 päivän kuluttua viimeisestä tilauksesta.',
            ],
          ],
        },
        {
          heading: 'Kuka saa nähdä tiedot',
          body: [
            'Kauppa näkee vain ne tilauksesi, jotka olet tehnyt juuri siinä kaupassa. Palvelupisteen hoitaja näkee noutajan nimen ja sen, mistä paketeista on kyse. Kotiinkuljetuksessa kuljetusyrityksen kuljettaja näkee osoitteen, ovikoodin, viestin ja puhelinnumeron niistä toimituksista, jotka ovat hänen hoidettavinaan. Kunnan ylläpitäjät näkevät kunnan gallerian tilaukset, kun heidän täytyy auttaa. Mikään kauppa ei näe, mitä olet ostanut muista kaupoista.',
            'Palvelupisteiden kartta hakee karttakuvat karttapalvelun tarjoajalta, jonka nimi on kartan alla. Silloin palveluntarjoaja näkee verkko-osoitteesi, mutta ei mitään muuta sinusta.',
          ],
        },
        {
          heading: 'Oikeutesi',
          body: [
            [
              'Voit saada tietää, mitä tietoja meillä on sinusta, ja saada niistä kopion.',
              'Voit korjata virheelliset tiedot. Nimen ja kielen voit muuttaa itse kohdassa Oma tili.',
              'Voit pyytää meitä poistamaan tietoja. Tiedot, jotka meidän on lain mukaan säilytettävä, esimerkiksi kirjanpito, poistetaan, kun säilytysaika on kulunut.',
              'Voit pyytää meitä rajoittamaan tietojen käyttöä ja vastustaa niiden käsittelyä.',
              'Voit saada tietosi muodossa, jota muut palvelut voivat lukea.',
            ],
            'Ota yhteyttä kuntaan, jos haluat käyttää oikeuksiasi. Jos mielestäsi käsittelemme tietojasi väärin, voit tehdä valituksen viranomaiselle Integritetsskyddsmyndigheten (IMY, Ruotsin tietosuojaviranomainen).',
          ],
        },
      ],
    },
    withdrawal: {
      title: 'Peruuttamisoikeus',
      summary:
        'Kun ostat etänä, sinulla on yleensä oikeus perua ostos 14 päivän kuluessa. Tällä sivulla kerrotaan, milloin peruuttamisoikeus on voimassa ja miten toimit.',
      sections: [
        {
          heading: 'Tuotteet',
          body: [
            'Voit perua tuotteen oston 14 päivän kuluessa siitä päivästä, jona noudit sen. Sinun ei tarvitse kertoa syytä.',
          ],
        },
        {
          heading: 'Palvelut',
          body: [
            'Voit perua varatun palvelun 14 päivän kuluessa siitä päivästä, jona varasit sen. Jos haluat, että palvelu tehdään näiden 14 päivän aikana, ja perut sen sitten, maksat jo tehdystä osasta. Kun palvelu on tehty kokonaan, sitä ei voi perua.',
          ],
        },
        {
          heading: 'Milloin peruuttamisoikeutta ei ole',
          body: [
            [
              'Tuotteet, jotka pilaantuvat tai vanhenevat nopeasti, kuten leipä, tuoretuotteet, kylmätuotteet ja pakasteet.',
              'Sinetöidyt tuotteet, joiden sinetin olet rikkonut, jos niitä ei voi palauttaa terveys- tai hygieniasyistä.',
              'Tuotteet, jotka on valmistettu toiveidesi mukaan.',
              'Vapaa-aikaan tai matkoihin liittyvät palvelut, jotka on varattu tiettyyn päivään tai aikaan, esimerkiksi paikka ostosretkellä.',
            ],
          ],
        },
        {
          heading: 'Näin toimit',
          body: [
            'Ilmoita kaupalle 14 päivän kuluessa, että perut ostoksen. Kaupan yhteystiedot ovat sen sivulla galleriassa. Voit myös käyttää vakiomuotoista peruuttamislomaketta, jonka on laatinut Konsumentverket (Ruotsin kuluttajavirasto).',
            'Jos et ole vielä saanut tilausta, voit perua sen itse kohdassa Omat tilaukset, kunnes kauppa on hyväksynyt sen. Paketti, jota et nouda, lähetetään takaisin kauppaan.',
          ],
        },
        {
          heading: 'Tuotteen palauttaminen ja rahojen saaminen takaisin',
          body: [
            'Palauta tuote kauppaan tai kaupan ilmoittamalla tavalla 14 päivän kuluessa siitä, kun peruit ostoksen. Maksat palauttamisen kustannukset, ellei kauppa sano muuta.',
            'Kauppa maksaa sinulle takaisin sen, minkä olet maksanut, 14 päivän kuluessa siitä, kun peruit ostoksen. Kauppa saa odottaa, kunnes se on saanut tuotteen takaisin.',
          ],
        },
      ],
    },
    cookies: {
      title: 'Evästeet',
      summary:
        'e-galleria käyttää vain niitä evästeitä, joita tarvitaan gallerian toimintaan. Siksi emme kysy lupaa.',
      sections: [
        {
          heading: 'Käyttämämme evästeet',
          body: [
            [
              'galleria_session: pitää sinut kirjautuneena. Se asetetaan, kun kirjaudut sisään, ja se on voimassa 15–30 päivää siitä, kun viimeksi käytit galleriaa (katso ”Tietosuoja ja henkilötiedot”), tai kunnes kirjaudut ulos.',
              'galleria_basket: muistaa ostoskorisi, kun et ole kirjautunut sisään. Se on voimassa 30 päivää.',
              'galleria_browser: muistaa, että tällä selaimella on kirjauduttu tilillesi aiemmin, jotta joku, joka arvaa salasanaasi muualla, ei lukitse sinua täällä ulos. Se ei sisällä salasanaa eikä päästä ketään sisään yksinään. Se on voimassa vuoden ja säilyy, kun kirjaudut ulos.',
            ],
            'Evästeitä voi lukea vain gallerian palvelin, eivät sivun skriptit eivätkä muut verkkosivustot. Salatussa yhteydessä niiden nimet alkavat merkkijonolla __Host-, esimerkiksi __Host-galleria_session.',
          ],
        },
        {
          heading: 'Tiedot selaimessasi',
          body: [
            'Kielivalintasi tallennetaan selaimeen, jotta galleria näkyy samalla kielellä seuraavalla kerralla. Palvelupisteen hoitajien ja kuljetusyrityksen kuljettajien selaimeen tallennetaan myös päivän paketit tai toimitukset nimineen ja toimitusten osalta osoitteineen sekä toimet, jotka odottavat lähettämistä, kun yhteys on poikki, jotta heidän näyttönsä toimii ilman yhteyttä.',
          ],
        },
        {
          heading: 'Ei muuta',
          body: [
            'Emme käytä evästeitä tilastointiin tai mainontaan emmekä palveluja, jotka seuraavat sinua verkkosivustolta toiselle. Palvelupisteiden kartta hakee karttakuvat karttapalvelun tarjoajalta, joka näkee silloin verkko-osoitteesi; galleria ei lähetä sinne evästeitä.',
            'Voit poistaa evästeet selaimesi asetuksista. Silloin sinut kirjataan ulos, ja ostoskori, joka sinulla on vierailijana, tyhjennetään.',
          ],
        },
      ],
    },
  },
};
