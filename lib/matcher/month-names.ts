/**
 * Month names per language, for the date reader (text-dates.ts). Each language lists its twelve
 * months, January first; one entry holds every form a date uses (nominative, genitive "14 жовтня",
 * locative "w październiku"), separated by spaces. Forms are folded (foldMonthWord) when the table
 * is built, so accents and case need not be listed twice. Languages that write months as numbers
 * (ja, zh, ko: 10月, 10월; vi: tháng 10) are read by patterns in text-dates.ts, not here.
 */

const MONTHS: Record<string, readonly string[]> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul',
    'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  de: ['januar jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
    'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
    'septiembre setiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
    'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
    'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
    'oktober', 'november', 'december'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september',
    'oktober', 'november', 'desember'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august',
    'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  hu: ['január januárban', 'február februárban', 'március márciusban', 'április áprilisban',
    'május májusban', 'június júniusban', 'július júliusban', 'augusztus augusztusban',
    'szeptember szeptemberben', 'október októberben', 'november novemberben', 'december decemberben'],
  // Finnish: nominative, partitive ("14. lokakuuta"), genitive ("lokakuun 14. päivänä", "huhtikuun
  // vaaleissa") and the local cases ("huhtikuussa" in April, "huhtikuusta" since April).
  fi: ['tammikuu tammikuuta tammikuun tammikuussa tammikuusta', 'helmikuu helmikuuta helmikuun helmikuussa helmikuusta',
    'maaliskuu maaliskuuta maaliskuun maaliskuussa maaliskuusta', 'huhtikuu huhtikuuta huhtikuun huhtikuussa huhtikuusta',
    'toukokuu toukokuuta toukokuun toukokuussa toukokuusta', 'kesäkuu kesäkuuta kesäkuun kesäkuussa kesäkuusta',
    'heinäkuu heinäkuuta heinäkuun heinäkuussa heinäkuusta', 'elokuu elokuuta elokuun elokuussa elokuusta',
    'syyskuu syyskuuta syyskuun syyskuussa syyskuusta', 'lokakuu lokakuuta lokakuun lokakuussa lokakuusta',
    'marraskuu marraskuuta marraskuun marraskuussa marraskuusta', 'joulukuu joulukuuta joulukuun joulukuussa joulukuusta'],
  sk: ['január januára januári', 'február februára februári', 'marec marca marci', 'apríl apríla apríli',
    'máj mája máji', 'jún júna júni', 'júl júla júli', 'august augusta auguste', 'september septembra septembri',
    'október októbra októbri', 'november novembra novembri', 'december decembra decembri'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'desember'],
  // Serbian in both scripts; Croatian's own names (its "listopad" is October, Czech and Polish
  // November: left out, as the table is one for all languages).
  sr: ['januar januara јануар јануара', 'februar februara фебруар фебруара', 'mart marta март марта',
    'april aprila април априла', 'maj maja мај маја', 'jun juna јун јуна', 'jul jula јул јула',
    'avgust avgusta август августа', 'septembar septembra септембар септембра',
    'oktobar oktobra октобар октобра', 'novembar novembra новембар новембра',
    'decembar decembra децембар децембра'],
  hr: ['siječanj siječnja siječnju', 'veljača veljače veljači', 'ožujak ožujka ožujku',
    'travanj travnja travnju', 'svibanj svibnja svibnju', 'lipanj lipnja lipnju', 'srpanj srpnja srpnju',
    'kolovoz kolovoza kolovozu', 'rujan rujna rujnu', '', 'studeni studenoga studenog',
    'prosinac prosinca prosincu'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври',
    'ноември', 'декември'],
  // Persian: the Gregorian names as Iranian and Afghan news write them ("مه", May, is also "fog":
  // left out). The Iranian (solar Hijri) months are in SOLAR_MONTHS.
  fa: ['ژانویه ژانویهٔ', 'فوریه فوریهٔ', 'مارس', 'آوریل', '', 'ژوئن', 'ژوئیه ژوئیهٔ', 'اوت', 'سپتامبر',
    'اکتبر', 'نوامبر', 'دسامبر'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim',
    'kasım', 'aralık'],
  pl: ['styczeń stycznia styczniu', 'luty lutego lutym', 'marzec marca marcu',
    'kwiecień kwietnia kwietniu', 'maj maja maju', 'czerwiec czerwca czerwcu',
    'lipiec lipca lipcu', 'sierpień sierpnia sierpniu', 'wrzesień września wrześniu',
    'październik października październiku', 'listopad listopada listopadzie',
    'grudzień grudnia grudniu'],
  cs: ['leden ledna lednu', 'únor února únoru', 'březen března březnu', 'duben dubna dubnu',
    'květen května květnu', 'červen června červnu', 'červenec července červenci',
    'srpen srpna srpnu', 'září', 'říjen října říjnu', 'listopad listopadu',
    'prosinec prosince prosinci'],
  ru: ['январь января январе', 'февраль февраля феврале', 'март марта марте',
    'апрель апреля апреле', 'май мая мае', 'июнь июня июне', 'июль июля июле',
    'август августа августе', 'сентябрь сентября сентябре', 'октябрь октября октябре',
    'ноябрь ноября ноябре', 'декабрь декабря декабре'],
  uk: ['січень січня січні', 'лютий лютого лютому', 'березень березня березні',
    'квітень квітня квітні', 'травень травня травні', 'червень червня червні',
    'липень липня липні', 'серпень серпня серпні', 'вересень вересня вересні',
    'жовтень жовтня жовтні', 'листопад листопада листопаді', 'грудень грудня грудні'],
  el: ['ιανουάριος ιανουαρίου ιανουάριο', 'φεβρουάριος φεβρουαρίου φεβρουάριο',
    'μάρτιος μαρτίου μάρτιο', 'απρίλιος απριλίου απρίλιο', 'μάιος μαΐου μάιο μάη',
    'ιούνιος ιουνίου ιούνιο', 'ιούλιος ιουλίου ιούλιο', 'αύγουστος αυγούστου αύγουστο',
    'σεπτέμβριος σεπτεμβρίου σεπτέμβριο', 'οκτώβριος οκτωβρίου οκτώβριο',
    'νοέμβριος νοεμβρίου νοέμβριο', 'δεκέμβριος δεκεμβρίου δεκέμβριο'],
  // Arabic: the Egyptian/Gulf names; the Levantine ones follow (two-word ones in COMPOUND_MONTHS).
  ar: ['يناير', 'فبراير', 'مارس آذار', 'أبريل إبريل نيسان', 'مايو أيار', 'يونيو يونيه حزيران',
    'يوليو يوليه تموز', 'أغسطس آب', 'سبتمبر أيلول', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  hi: ['जनवरी', 'फ़रवरी फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर सितम्बर',
    'अक्टूबर अक्तूबर', 'नवंबर नवम्बर', 'दिसंबर दिसम्बर'],
  mr: ['जानेवारी', 'फेब्रुवारी', 'मार्च', 'एप्रिल', 'मे', 'जून', 'जुलै', 'ऑगस्ट', 'सप्टेंबर',
    'ऑक्टोबर', 'नोव्हेंबर', 'डिसेंबर'],
  ne: ['जनवरी', 'फेब्रुअरी', 'मार्च', 'अप्रिल', 'मे', 'जुन', 'जुलाई', 'अगस्ट', 'सेप्टेम्बर',
    'अक्टोबर', 'नोभेम्बर', 'डिसेम्बर'],
  te: ['జనవరి', 'ఫిబ్రవరి', 'మార్చి', 'ఏప్రిల్', 'మే', 'జూన్', 'జూలై', 'ఆగస్టు', 'సెప్టెంబర్', 'అక్టోబర్',
    'నవంబర్', 'డిసెంబర్'],
  ta: ['ஜனவரி', 'பிப்ரவரி', 'மார்ச்', 'ஏப்ரல்', 'மே', 'ஜூன்', 'ஜூலை', 'ஆகஸ்ட்', 'செப்டம்பர்', 'அக்டோபர்',
    'நவம்பர்', 'டிசம்பர்'],
  gu: ['જાન્યુઆરી', 'ફેબ્રુઆરી', 'માર્ચ', 'એપ્રિલ', 'મે', 'જૂન', 'જુલાઈ', 'ઓગસ્ટ', 'સપ્ટેમ્બર', 'ઓક્ટોબર',
    'નવેમ્બર', 'ડિસેમ્બર'],
  // Hebrew: each month also with the prefix ב ("in": "ב-14 באוקטובר").
  he: ['ינואר בינואר', 'פברואר בפברואר', 'מרץ במרץ', 'אפריל באפריל', 'מאי במאי', 'יוני ביוני',
    'יולי ביולי', 'אוגוסט באוגוסט', 'ספטמבר בספטמבר', 'אוקטובר באוקטובר', 'נובמבר בנובמבר',
    'דצמבר בדצמבר'],
  bn: ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর',
    'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'],
};

/**
 * The months of the Iranian (solar Hijri) calendar, in which Iranian news date events ("اول تیر",
 * 1 Tir = 22 June 2025). Read as months 13..24 of MONTH_BY_WORD and converted (solar-hijri.ts).
 */
const SOLAR_MONTHS: readonly string[] = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد امرداد', 'شهریور', 'مهر',
  'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/** Levantine Arabic months written as two words: the first word, then the second -> month. */
const COMPOUND_MONTHS: Record<string, Record<string, number>> = {
  'تشرين': { 'الأول': 10, 'الثاني': 11 },
  'كانون': { 'الأول': 12, 'الثاني': 1 },
};

/**
 * Forms that are also common words: read as a month only when capitalized (English "may",
 * "march" and the English abbreviations), or (Romanian "mai" = "more") not before these words.
 */
export const CAPITALIZED_ONLY = new Set(['may', 'march', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
export const NOT_BEFORE: Record<string, RegExp> = { mai: /^\s+(?:mul|puț|put|bin|mar|mic)/iu };

const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u093c\u09bc]/g;
const ASCII = /^[\x00-\x7f]*$/;

// The date reader folds the same few words on every page ("de", "mai", "die"): a bounded memo.
const MAX_FOLDED = 4096;
const foldedWords = new Map<string, string>();

/** Lowercase, without accents, Arabic vowel signs, hamza seats or Indic nukta; Turkish ı as i. */
export function foldMonthWord(w: string): string {
  let folded = foldedWords.get(w);
  if (folded === undefined) {
    const s = w.toLowerCase();
    folded = ASCII.test(s) ? s : s.normalize('NFD').replace(MARKS, '').replace(/ı/g, 'i').replace(/ς/g, 'σ');
    if (foldedWords.size >= MAX_FOLDED) foldedWords.clear();
    foldedWords.set(w, folded);
  }
  return folded;
}

/**
 * Folded form -> month number, from lists of twelve entries per language (forms separated by
 * spaces; month i is first + i + 1). A form given two months anywhere is refused.
 */
function monthTable(lists: Iterable<readonly [string, readonly string[], number]>, what: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [lang, months, first] of lists) {
    months.forEach((forms, i) => {
      for (const f of forms.split(' ')) {
        if (f === '') continue;
        const key = foldMonthWord(f);
        const had = out.get(key);
        if (had !== undefined && had !== first + i + 1) throw new Error(`month-names: ${lang} ${what} "${f}" is month ${had} elsewhere`);
        out.set(key, first + i + 1);
      }
    });
  }
  return out;
}

/** MONTH_BY_WORD's value of a solar Hijri month m (1..12) is SOLAR_FIRST + m. */
export const SOLAR_FIRST = 12;

/** Folded month form -> month 1..12 (solar Hijri: 13..24), every language together (the table refuses a clash). */
export const MONTH_BY_WORD: ReadonlyMap<string, number> = monthTable(
  [...Object.entries(MONTHS).map(([lang, months]) => [lang, months, 0] as const), ['fa-solar', SOLAR_MONTHS, SOLAR_FIRST] as const],
  'month',
);

/** Folded first word of a two-word month -> folded second word -> month. */
export const COMPOUND_BY_WORD: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  Object.entries(COMPOUND_MONTHS).map(([head, tails]) => [
    foldMonthWord(head),
    new Map(Object.entries(tails).map(([t, m]) => [foldMonthWord(t), m])),
  ]),
);

/** Viramas of the Indic scripts (Devanagari to Tamil and Telugu): a month name may end in one. */
const VIRAMAS = ['\u094d', '\u09cd', '\u0acd', '\u0bcd', '\u0c4d'];
/** Indic case endings written onto a month are at most this long ("એપ્રિલમાંથી", "ऑक्टोबरमध्ये"). */
const MAX_INDIC_ENDING = 6;
/** Month stems shorter than this are not read with an ending (मे, మే, மே: May, also common syllables). */
const MIN_INDIC_STEM = 3;

/**
 * A month written with an Indic case ending attached (Gujarati "એપ્રિલની", "એપ્રિલમાં"; Marathi
 * "ऑक्टोबरमध्ये"; Bengali "এপ্রিলে"; Tamil "ஏப்ரலில்", where the name's final virama gives way
 * to the ending's vowel; Telugu "అక్టోబరులో"): the longest month form the word starts with, the
 * rest an ending of at most MAX_INDIC_ENDING units. `key` is a folded word of an Indic script.
 */
export function indicMonth(key: string): number | undefined {
  for (let k = key.length - 1; k >= MIN_INDIC_STEM && key.length - k <= MAX_INDIC_ENDING; k--) {
    const stem = key.slice(0, k);
    let month = MONTH_BY_WORD.get(stem);
    for (let v = 0; v < VIRAMAS.length && month === undefined; v++) month = MONTH_BY_WORD.get(stem + VIRAMAS[v]);
    if (month !== undefined) return month;
  }
  return undefined;
}

/**
 * Case suffixes written onto a month, folded, longest first, read only on pages of the language:
 * Turkish "Ağustosta" (in August), "Ekimden" (since October), "Kasımın" (of November); Hungarian
 * "októberi" (October's: "az októberi hívás"), "áprilisig", "márciustól". (Turkish "Marta", to
 * March, is the Serbian and Polish name Marta: that is why they are read on those pages only.)
 */
const MONTH_CASES: Record<string, readonly string[]> = {
  tr: ['ndan', 'nden', 'nda', 'nde', 'dan', 'den', 'tan', 'ten', 'nin', 'nun', 'da', 'de', 'ta', 'te', 'in', 'un', 'ya', 'ye', 'a', 'e', 'i', 'u'],
  hu: ['ban', 'ben', 'tol', 'ig', 'ra', 're', 'i'],
};

/** A month with a case suffix of the page's language (MONTH_CASES; `language`: its primary subtag); `key` is folded. */
export function monthWithCase(key: string, language: string): number | undefined {
  const suffixes = MONTH_CASES[language];
  if (!suffixes) return undefined;
  for (const suffix of suffixes) {
    if (key.length - suffix.length < 3 || !key.endsWith(suffix)) continue;
    const month = MONTH_BY_WORD.get(key.slice(0, key.length - suffix.length));
    if (month !== undefined) return month;
  }
  return undefined;
}

/**
 * Adjectives made from months, which Slavic and Finnish news use where English says "the April
 * tariffs" or "the February election" (Czech "po únorových volbách", Russian "октябрьский звонок",
 * Polish "kwietniowe cła", Finnish "huhtikuiset tullit"): the stem of each month's adjective, and
 * the endings such an adjective takes. A word is read as its month only when it is a stem plus one
 * of the endings (Polish "lutowy" is February's, "lutowanie", soldering, is not).
 */
const MONTH_ADJECTIVES: Record<string, readonly string[]> = {
  ru: ['январск', 'февральск', 'мартовск', 'апрельск', 'майск', 'июньск', 'июльск', 'августовск',
    'сентябрьск', 'октябрьск', 'ноябрьск', 'декабрьск'],
  uk: ['січнев', 'лютнев', 'березнев', 'квітнев', 'травнев', 'червнев', 'липнев', 'серпнев', 'вереснев',
    'жовтнев', 'листопадов', 'груднев'],
  bg: ['януарск', 'февруарск', 'мартенск', 'априлск', 'майск', 'юнск', 'юлск', 'августовск',
    'септемврийск', 'октомврийск', 'ноемврийск', 'декемврийск'],
  sr: ['januarsk јануарск', 'februarsk фебруарск', 'martovsk мартовск', 'aprilsk априлск', 'majsk мајск',
    'junsk јунск', 'julsk јулск', 'avgustovsk августовск', 'septembarsk септембарск',
    'oktobarsk октобарск', 'novembarsk новембарск', 'decembarsk децембарск'],
  hr: ['siječanjsk', 'veljačk', 'ožujsk', 'travanjsk', 'svibanjsk', 'lipanjsk', 'srpanjsk', 'kolovošk',
    'rujansk', 'listopadsk', '', 'prosinačk'],
  pl: ['styczniow', 'lutow', 'marcow', 'kwietniow', 'majow', 'czerwcow', 'lipcow', 'sierpniow',
    'wrześniow', 'październikow', 'listopadow', 'grudniow'],
  cs: ['lednov', 'únorov', 'březnov', 'dubnov', 'květnov', 'červnov', 'červencov', 'srpnov', 'zářijov',
    'říjnov', 'listopadov', 'prosincov'],
  sk: ['januárov', 'februárov', 'marcov', 'aprílov', 'májov', 'júnov', 'júlov', 'augustov',
    'septembrov', 'októbrov', 'novembrov', 'decembrov'],
  fi: ['tammikui', 'helmikui', 'maaliskui', 'huhtikui', 'toukokui', 'kesäkui', 'heinäkui', 'elokui',
    'syyskui', 'lokakui', 'marraskui', 'joulukui'],
};

/** Endings of those adjectives, folded (Russian, Ukrainian, Bulgarian, Serbian, Croatian, Polish, Czech, Slovak, Finnish). */
const ADJECTIVE_ENDINGS = new Set([
  // Cyrillic
  'ии', 'ыи', 'ои', 'ая', 'яя', 'ое', 'ее', 'ие', 'ые', 'ого', 'его', 'ому', 'ему', 'ую', 'юю', 'им', 'ым', 'ими', 'ыми',
  'их', 'ых', 'ом', 'ем', 'еи', 'а', 'е', 'і', 'и', 'о', 'у', 'ої', 'ою', 'ія', 'ият', 'ата', 'ото', 'ите', 'ия',
  // Latin
  'y', 'a', 'e', 'i', 'o', 'u', 'ego', 'emu', 'ym', 'ymi', 'ych', 'ą', 'ej', 'eho', 'em', 'ou', 'og', 'oga', 'ome',
  'im', 'ima', 'ih', 'om', 'ého',
  'nen', 'sen', 'sessa', 'sella', 'set', 'sia', 'sista', 'sissa', 'sten', 'siin', 'sta', 'ssa',
].map((e) => foldMonthWord(e)));

const ADJECTIVE_STEMS: ReadonlyMap<string, number> = monthTable(
  Object.entries(MONTH_ADJECTIVES).map(([lang, months]) => [lang, months, 0] as const),
  'adjective',
);
const MAX_ADJECTIVE_ENDING = Math.max(...[...ADJECTIVE_ENDINGS].map((e) => e.length));

/** A month's adjective (MONTH_ADJECTIVES: a stem and one of its endings), `key` folded: its month. */
export function monthAdjective(key: string): number | undefined {
  for (let k = 1; k <= MAX_ADJECTIVE_ENDING && k < key.length - 3; k++) {
    if (!ADJECTIVE_ENDINGS.has(key.slice(key.length - k))) continue;
    const month = ADJECTIVE_STEMS.get(key.slice(0, key.length - k));
    if (month !== undefined) return month;
  }
  return undefined;
}

/**
 * A letter as word heads compare it (headsOf), or 0: ASCII letters, and the basic Cyrillic and
 * Greek alphabets, whose folding (foldMonthWord) is their lower case; not й, ς or accented
 * letters, which folding changes otherwise.
 */
export function headLetter(c: number): number {
  if (c < 0x80) {
    const l = c | 0x20;
    return l >= 0x61 && l <= 0x7a ? l - 0x60 : 0;
  }
  if (c >= 0x410 && c <= 0x44f) {
    const l = c < 0x430 ? c + 0x20 : c;
    return l === 0x439 ? 0 : 27 + l - 0x430;
  }
  if (c >= 0x391 && c <= 0x3c9) {
    const l = c <= 0x3a9 ? c + 0x20 : c;
    return l < 0x3b1 || l === 0x3c2 ? 0 : 59 + l - 0x3b1;
  }
  return 0;
}

/** Three head letters packed (each below 128). */
export const packHead = (h0: number, h1: number, h2: number): number => (h0 << 14) | (h1 << 7) | h2;

/**
 * The heads of the words (folded) whose first three letters all have a headLetter: a page word
 * whose first three letters do and whose head is not among these folds to none of the words
 * (folding keeps such letters, lowercased; the tables' cases and adjectives end a stem of three
 * letters or more).
 */
export function headsOf(words: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const w of words) {
    if (w.length < 3) continue;
    const h0 = headLetter(w.charCodeAt(0));
    const h1 = headLetter(w.charCodeAt(1));
    const h2 = headLetter(w.charCodeAt(2));
    if (h0 && h1 && h2) out.add(packHead(h0, h1, h2));
  }
  return out;
}

/** What readMonthWords looks a word up in: months, compounds' first words, adjectives' stems (all folded). */
export const monthTableWords = (): string[] => [...MONTH_BY_WORD.keys(), ...COMPOUND_BY_WORD.keys(), ...ADJECTIVE_STEMS.keys()];

/** Longest folded month form, in UTF-16 units: longer words are not looked up. */
export const MAX_MONTH_WORD = Math.max(
  ...[...MONTH_BY_WORD.keys()].map((k) => k.length),
  ...[...ADJECTIVE_STEMS.keys()].map((k) => k.length + MAX_ADJECTIVE_ENDING),
);

/**
 * The first two UTF-16 units of every month form as written in lower case, upper case or
 * capitalized, listed or folded, packed as (unit0 << 16 | unit1): a page word that starts
 * otherwise is neither folded nor looked up (most words are not).
 */
export function prefixesOf(forms: Iterable<string>): Set<number> {
  const out = new Set<number>();
  const put = (x: string) => { if (x.length >= 2) out.add((x.charCodeAt(0) << 16) | x.charCodeAt(1)); };
  for (const f of forms) {
    for (const v of [f.toLowerCase(), foldMonthWord(f)]) {
      put(v);
      put(v.toUpperCase());
      put(v.charAt(0).toUpperCase() + v.slice(1));
    }
  }
  return out;
}

const allForms = (): string[] => [
  ...[...Object.values(MONTHS), SOLAR_MONTHS].flatMap((months) => months.flatMap((forms) => forms.split(' ').filter(Boolean))),
  ...Object.keys(COMPOUND_MONTHS),
  ...Object.values(MONTH_ADJECTIVES).flatMap((months) => months.flatMap((forms) => forms.split(' ').filter(Boolean))),
];
export const MONTH_PREFIXES: ReadonlySet<number> = prefixesOf(allForms());

/** Languages with month names in the table. */
export const MONTH_LANGUAGES = Object.keys(MONTHS);

/**
 * Bare months ("in April") that are also words, names or abbreviations: read only after a word of
 * time ("in May", "since March", "en mai", "în mai", "i mars", "في مارس").
 */
export const BARE_NEEDS_TIME_WORD = new Set([...CAPITALIZED_ONLY, 'mai', 'mars', 'mart', 'مارس', 'лютий', 'лютого', 'лютому', 'zari'].map((w) => foldMonthWord(w)));

/**
 * Month words that are also common words or names, never a date without a day or a year: solar
 * تیر (shot), مهر (seal), دی; Hebrew במאי (film director), Arabic آب (father), نيسان (Nissan),
 * Serbian and Polish marta, maja (first names).
 */
export const NEVER_BARE = new Set(['تیر', 'مهر', 'دی', 'במאי', 'آب', 'نيسان', 'marta', 'maja'].map((w) => foldMonthWord(w)));
