/**
 * Finnish words for everyday goods and services, as residents of the Finnish administrative
 * area type them, and the Swedish words the shops write their goods with (decision 0075):
 * "maito" finds "Mellanmjölk", "leipää" finds "Tunnbröd" and "Rågbröd". Both sides are folded
 * as the search folds text (`foldForSearch`: lowercase, å/ä/ö to a/a/o), and each Swedish
 * word is matched as a prefix, like a typed word, so "brod" also finds compounds' tails.
 *
 * A word list, not a translator: it covers what a village shop, a bakery, a hardware store, a
 * hairdresser and a laundry sell. A word it does not know is searched as typed.
 */
export const finnishToSwedish: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    // Dairy and eggs
    maito: ['mjolk'],
    kevytmaito: ['mellanmjolk', 'lattmjolk'],
    piima: ['filmjolk'],
    viili: ['filmjolk'],
    jogurtti: ['yoghurt'],
    kerma: ['gradde'],
    rahka: ['kvarg'],
    juusto: ['ost'],
    voi: ['smor'],
    muna: ['agg'],
    munat: ['agg'],
    munia: ['agg'],
    kananmuna: ['agg'],
    // Bread and bakery
    leipa: ['brod'],
    ruisleipa: ['ragbrod', 'rag'],
    nakkileipa: ['knackebrod'],
    rieska: ['tunnbrod'],
    pulla: ['bulle', 'bullar'],
    korvapuusti: ['kanelbulle', 'kanelbullar'],
    kakku: ['kaka', 'tarta'],
    keksi: ['kex'],
    // Dry goods
    kahvi: ['kaffe'],
    tee: ['te'],
    sokeri: ['socker'],
    jauho: ['mjol'],
    jauhot: ['mjol'],
    suola: ['salt'],
    pippuri: ['peppar'],
    riisi: ['ris'],
    makarooni: ['makaroner'],
    puuro: ['grot', 'gryn'],
    kaura: ['havre'],
    kaurahiutale: ['havregryn'],
    ruis: ['rag'],
    oljy: ['olja'],
    hunaja: ['honung'],
    hillo: ['sylt'],
    suklaa: ['choklad'],
    karkki: ['godis'],
    makeinen: ['godis'],
    sipsit: ['chips'],
    // Meat, fish and game
    liha: ['kott'],
    jauheliha: ['kottfars'],
    makkara: ['korv'],
    kinkku: ['skinka'],
    kana: ['kyckling'],
    broileri: ['kyckling'],
    poro: ['ren'],
    poronliha: ['renkott'],
    hirvi: ['alg'],
    riista: ['vilt'],
    kala: ['fisk'],
    lohi: ['lax'],
    siika: ['sik'],
    nieria: ['roding'],
    ahven: ['abborre'],
    hauki: ['gadda'],
    // Fruit, vegetables and berries
    peruna: ['potatis'],
    perunat: ['potatis'],
    porkkana: ['morot', 'morotter'],
    sipuli: ['lok'],
    tomaatti: ['tomat'],
    kurkku: ['gurka'],
    salaatti: ['sallad'],
    omena: ['apple'],
    banaani: ['banan'],
    appelsiini: ['apelsin'],
    puolukka: ['lingon'],
    mustikka: ['blabar'],
    hilla: ['hjortron'],
    lakka: ['hjortron'],
    marja: ['bar'],
    // Drinks and frozen
    mehu: ['saft', 'juice'],
    vesi: ['vatten'],
    limsa: ['lask'],
    jaatelo: ['glass'],
    pakaste: ['fryst'],
    // Household and hygiene
    saippua: ['tval'],
    shampoo: ['schampo'],
    hammastahna: ['tandkram'],
    pesuaine: ['tvattmedel', 'diskmedel'],
    vessapaperi: ['toalettpapper'],
    talouspaperi: ['hushallspapper'],
    kynttila: ['ljus'],
    tulitikut: ['tandstickor'],
    paristo: ['batteri'],
    lamppu: ['lampa'],
    // Hardware
    vasara: ['hammare'],
    naula: ['spik'],
    ruuvi: ['skruv'],
    maali: ['farg'],
    sakset: ['sax'],
    kirves: ['yxa'],
    saha: ['sag'],
    polttopuu: ['ved'],
    halot: ['ved'],
    multa: ['jord'],
    // Clothes and outdoors
    villasukat: ['raggsockor'],
    sukat: ['strumpor'],
    lapaset: ['vantar'],
    pipo: ['mossa'],
    takki: ['jacka'],
    kengat: ['skor'],
    // Services and the rest
    hiustenleikkaus: ['klippning'],
    parturi: ['klippning', 'frisor'],
    kampaamo: ['klippning', 'frisor'],
    pesula: ['tvatt'],
    pyykki: ['tvatt'],
    siivous: ['stad'],
    lehti: ['tidning'],
    sanomalehti: ['tidning'],
    postimerkki: ['frimarke'],
    kukka: ['blommor'],
    kukat: ['blommor'],
    koiranruoka: ['hundmat'],
    kissanruoka: ['kattmat'],
  }),
);

/** Letters a Finnish ending may add to a word of the list: "maito" → "maitoa", "leipää". */
const longestEnding = 3;
/** Shorter words match only whole: "voi" must not find "voimakas", "kala" not "kalastus". */
const shortestStem = 5;

/**
 * The Swedish words a folded search term also looks for, or none. A word of five letters or
 * more matches its inflected forms too, those that keep the word whole and add at most three
 * letters ("kahvia", "juustoa", "makkaraa").
 */
export function swedishWordsFor(term: string): readonly string[] {
  const whole = finnishToSwedish.get(term);
  if (whole) return whole;
  for (let length = term.length - 1; length >= shortestStem; length--) {
    if (term.length - length > longestEnding) break;
    const stem = finnishToSwedish.get(term.slice(0, length));
    if (stem) return stem;
  }
  return [];
}
