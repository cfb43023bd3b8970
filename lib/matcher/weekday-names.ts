/**
 * Weekdays, the words for yesterday, today, tomorrow and the day before yesterday, and last, this
 * and next week and "in the coming days", per language, for the date reader (text-dates.ts): news
 * dates its own story by them ("on Tuesday", "u utorak", "вчера", "火曜日", "ayer", "на следующей
 * неделе"), far more often than by the calendar. Each language lists its seven days,
 * Monday first, every form separated by " | " (cases, attached particles and prefixes, two-word
 * forms). Forms that are also ordinary words, ordinals or names were left out: Portuguese
 * "segunda" (second), Greek "Τρίτη" (third), Vietnamese "thứ ba" (third), Hebrew "בשני", Arabic
 * "الأحد" (the one), Russian "среда" (environment), Tamil names that are also planets; Hindi "कल"
 * (yesterday and tomorrow), Arabic "اليوم" and Hebrew "היום" (also "the day"), German "morgen"
 * (also "morning"), and week words that shift after a number (Persian "دو هفته پیش", two weeks ago). Read only on pages
 * in the language (the tables overlap across languages: Hungarian "ma", today; Italian "ma", but).
 */

export interface RelativeDayWords {
  /** Monday first. */
  days: readonly [string, string, string, string, string, string, string];
  yesterday: string;
  today: string;
  dayBefore: string;
  tomorrow: string;
  /** The calendar weeks (Monday to Sunday) before, of and after the publication day. */
  lastWeek: string;
  thisWeek: string;
  nextWeek: string;
  /** "in the coming days": the publication day and the week after it. */
  comingDays: string;
}

export const RELATIVE_DAY_WORDS: Readonly<Record<string, RelativeDayWords>> = {
  en: {
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    yesterday: 'yesterday', today: 'today', dayBefore: 'the day before yesterday', tomorrow: 'tomorrow',
    lastWeek: 'last week', thisWeek: 'this week', nextWeek: 'next week',
    comingDays: 'in the coming days | in the next few days | in coming days | in the days ahead',
  },
  de: {
    days: ['montag | montagmorgen | montagvormittag | montagmittag | montagnachmittag | montagabend | montagnacht', 'dienstag | dienstagmorgen | dienstagvormittag | dienstagmittag | dienstagnachmittag | dienstagabend | dienstagnacht', 'mittwoch | mittwochmorgen | mittwochvormittag | mittwochmittag | mittwochnachmittag | mittwochabend | mittwochnacht', 'donnerstag | donnerstagmorgen | donnerstagvormittag | donnerstagmittag | donnerstagnachmittag | donnerstagabend | donnerstagnacht', 'freitagmorgen | freitagvormittag | freitagmittag | freitagnachmittag | freitagabend | freitagnacht', 'samstag | samstagmorgen | samstagvormittag | samstagmittag | samstagnachmittag | samstagabend | samstagnacht | sonnabend', 'sonntag | sonntagmorgen | sonntagvormittag | sonntagmittag | sonntagnachmittag | sonntagabend | sonntagnacht'],
    yesterday: 'gestern', today: 'heute', dayBefore: 'vorgestern', tomorrow: '',
    lastWeek: 'letzte Woche | vergangene Woche | in der vergangenen Woche | vorige Woche', thisWeek: 'diese Woche | in dieser Woche', nextWeek: 'nächste Woche | kommende Woche | in der kommenden Woche | in der nächsten Woche',
    comingDays: 'in den kommenden Tagen | in den nächsten Tagen',
  },
  fr: {
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    yesterday: 'hier', today: "aujourd'hui | aujourd’hui", dayBefore: 'avant-hier', tomorrow: 'demain',
    lastWeek: 'la semaine dernière | la semaine passée', thisWeek: 'cette semaine', nextWeek: 'la semaine prochaine',
    comingDays: 'dans les prochains jours | dans les jours à venir | dans les jours qui viennent',
  },
  es: {
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', ''],
    yesterday: 'ayer', today: 'hoy', dayBefore: 'anteayer | antes de ayer', tomorrow: '',
    lastWeek: 'la semana pasada', thisWeek: 'esta semana', nextWeek: 'la próxima semana | la semana próxima | la semana que viene',
    comingDays: 'en los próximos días',
  },
  it: {
    days: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', ''],
    yesterday: 'ieri', today: 'oggi', dayBefore: "l'altro ieri | l’altro ieri | l'altroieri | l’altroieri | altroieri", tomorrow: 'domani',
    lastWeek: 'la settimana scorsa | la scorsa settimana | la settimana passata', thisWeek: 'questa settimana', nextWeek: 'la settimana prossima | la prossima settimana',
    comingDays: 'nei prossimi giorni',
  },
  pt: {
    days: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    yesterday: 'ontem', today: 'hoje', dayBefore: 'anteontem | antes de ontem', tomorrow: 'amanhã',
    lastWeek: 'na semana passada | semana passada', thisWeek: 'esta semana | nesta semana', nextWeek: 'na próxima semana | próxima semana | na semana que vem',
    comingDays: 'nos próximos dias',
  },
  nl: {
    days: ['maandag | maandagochtend | maandagmorgen | maandagmiddag | maandagavond | maandagnacht', 'dinsdag | dinsdagochtend | dinsdagmorgen | dinsdagmiddag | dinsdagavond | dinsdagnacht', 'woensdag | woensdagochtend | woensdagmorgen | woensdagmiddag | woensdagavond | woensdagnacht', 'donderdag | donderdagochtend | donderdagmorgen | donderdagmiddag | donderdagavond | donderdagnacht', 'vrijdag | vrijdagochtend | vrijdagmorgen | vrijdagmiddag | vrijdagavond | vrijdagnacht', 'zaterdag | zaterdagochtend | zaterdagmorgen | zaterdagmiddag | zaterdagavond | zaterdagnacht', 'zondag | zondagochtend | zondagmorgen | zondagmiddag | zondagavond | zondagnacht'],
    yesterday: 'gisteren', today: 'vandaag', dayBefore: 'eergisteren', tomorrow: '',
    lastWeek: 'vorige week | afgelopen week', thisWeek: 'deze week', nextWeek: 'volgende week | komende week',
    comingDays: 'de komende dagen | in de komende dagen',
  },
  sv: {
    days: ['måndag | måndagen | måndagens | måndags | måndagskväll | måndagskvällen | måndagsmorgonen | måndagseftermiddagen', 'tisdag | tisdagen | tisdagens | tisdags | tisdagskväll | tisdagskvällen | tisdagsmorgonen | tisdagseftermiddagen', 'onsdag | onsdagen | onsdagens | onsdags | onsdagskväll | onsdagskvällen | onsdagsmorgonen | onsdagseftermiddagen', 'torsdag | torsdagen | torsdagens | torsdags | torsdagskväll | torsdagskvällen | torsdagsmorgonen | torsdagseftermiddagen', 'fredag | fredagen | fredagens | fredags | fredagskväll | fredagskvällen | fredagsmorgonen | fredagseftermiddagen', 'lördag | lördagen | lördagens | lördags | lördagskväll | lördagskvällen | lördagsmorgonen | lördagseftermiddagen', 'söndag | söndagen | söndagens | söndags | söndagskväll | söndagskvällen | söndagsmorgonen | söndagseftermiddagen'],
    yesterday: 'i går | igår', today: 'i dag | idag', dayBefore: 'i förrgår', tomorrow: 'i morgon | imorgon',
    lastWeek: 'förra veckan | i förra veckan', thisWeek: 'den här veckan | denna vecka', nextWeek: 'nästa vecka | i nästa vecka',
    comingDays: 'de kommande dagarna | under de kommande dagarna | de närmaste dagarna | under de närmaste dagarna',
  },
  da: {
    days: ['mandag | mandagen | mandagens | mandags', 'tirsdag | tirsdagen | tirsdagens | tirsdags', 'onsdag | onsdagen | onsdagens | onsdags', 'torsdag | torsdagen | torsdagens | torsdags', 'fredag | fredagen | fredagens | fredags', 'lørdag | lørdagen | lørdagens | lørdags', 'søndag | søndagen | søndagens | søndags'],
    yesterday: 'i går | igår', today: 'i dag | idag', dayBefore: 'i forgårs', tomorrow: 'i morgen',
    lastWeek: 'i sidste uge | sidste uge', thisWeek: 'i denne uge | denne uge', nextWeek: 'i næste uge | næste uge',
    comingDays: 'i de kommende dage | de kommende dage | i de nærmeste dage',
  },
  nb: {
    days: ['mandag | mandagen | mandagens | mandags', 'tirsdag | tirsdagen | tirsdagens | tirsdags', 'onsdag | onsdagen | onsdagens | onsdags', 'torsdag | torsdagen | torsdagens | torsdags', 'fredag | fredagen | fredagens | fredags', 'lørdag | lørdagen | lørdagens | lørdags', 'søndag | søndagen | søndagens | søndags'],
    yesterday: 'i går | igår', today: 'i dag | idag', dayBefore: 'i forgårs', tomorrow: 'i morgen',
    lastWeek: 'i forrige uke | forrige uke', thisWeek: 'denne uken | i denne uken | denne uka', nextWeek: 'neste uke | i neste uke',
    comingDays: 'de kommende dagene | i de kommende dagene | de nærmeste dagene',
  },
  id: {
    days: ['senin', 'selasa', 'rabu', 'kamis', "jumat | jum'at | jum’at", 'sabtu', 'ahad'],
    yesterday: 'kemarin', today: 'hari ini', dayBefore: '', tomorrow: 'besok',
    lastWeek: '', thisWeek: 'pekan ini', nextWeek: 'pekan depan',
    comingDays: 'dalam beberapa hari ke depan | beberapa hari ke depan | beberapa hari mendatang',
  },
  ro: {
    days: ['lunea', 'marți | marţi | marțea | marţea', 'miercuri | miercurea', 'joi | joia', 'vineri | vinerea', 'sâmbătă | sâmbăta', 'duminică | duminica'],
    yesterday: 'ieri', today: 'azi | astăzi', dayBefore: 'alaltăieri', tomorrow: 'mâine',
    lastWeek: 'săptămâna trecută', thisWeek: 'săptămâna aceasta | săptămâna asta | în această săptămână', nextWeek: 'săptămâna viitoare',
    comingDays: 'în zilele următoare | în următoarele zile',
  },
  hu: {
    days: ['hétfő | hétfőn | hétfői | hétfőig | hétfőtől | hétfőre', 'kedd | kedden | keddi | keddig | keddtől | keddre', 'szerda | szerdán | szerdai | szerdáig | szerdától | szerdára', 'csütörtök | csütörtökön | csütörtöki | csütörtökig | csütörtöktől | csütörtökre', 'péntek | pénteken | pénteki | péntekig | péntektől | péntekre', 'szombat | szombaton | szombati | szombatig | szombattól | szombatra', 'vasárnap | vasárnapi | vasárnapig | vasárnaptól | vasárnapra'],
    yesterday: 'tegnap', today: 'ma', dayBefore: 'tegnapelőtt', tomorrow: 'holnap',
    lastWeek: 'múlt héten | a múlt héten | az elmúlt héten', thisWeek: 'ezen a héten | a héten | e héten', nextWeek: 'jövő héten | a jövő héten | a következő héten',
    comingDays: 'a következő napokban | az elkövetkező napokban',
  },
  fi: {
    days: ['maanantai | maanantaina | maanantaista | maanantaihin | maanantain | maanantai-iltana | maanantaiaamuna', 'tiistai | tiistaina | tiistaista | tiistaihin | tiistain | tiistai-iltana | tiistaiaamuna', 'keskiviikko | keskiviikkona | keskiviikosta | keskiviikkoon | keskiviikon | keskiviikkoiltana | keskiviikkoaamuna', 'torstai | torstaina | torstaista | torstaihin | torstain | torstai-iltana | torstaiaamuna', 'perjantai | perjantaina | perjantaista | perjantaihin | perjantain | perjantai-iltana | perjantaiaamuna', 'lauantai | lauantaina | lauantaista | lauantaihin | lauantain | lauantai-iltana | lauantaiaamuna', 'sunnuntai | sunnuntaina | sunnuntaista | sunnuntaihin | sunnuntain | sunnuntai-iltana | sunnuntaiaamuna'],
    yesterday: 'eilen', today: 'tänään', dayBefore: 'toissapäivänä', tomorrow: 'huomenna',
    lastWeek: 'viime viikolla', thisWeek: 'tällä viikolla', nextWeek: 'ensi viikolla',
    comingDays: 'lähipäivinä | tulevina päivinä | lähipäivien aikana',
  },
  sk: {
    days: ['pondelok | pondelka | pondelkom', 'utorok | utorka | utorkom', 'streda | stredou', 'štvrtok | štvrtka | štvrtkom', 'piatok | piatkom', 'sobota | sobotu | soboty | sobotou', 'nedeľa | nedeľu | nedele | nedeľou'],
    yesterday: 'včera', today: 'dnes', dayBefore: 'predvčerom', tomorrow: 'zajtra',
    lastWeek: 'minulý týždeň | v minulom týždni | minulého týždňa', thisWeek: 'tento týždeň | v tomto týždni | tohto týždňa', nextWeek: 'budúci týždeň | na budúci týždeň | v budúcom týždni | budúceho týždňa',
    comingDays: 'v najbližších dňoch | v nasledujúcich dňoch',
  },
  cs: {
    days: ['pondělí | pondělím', 'úterý | úterým', 'středa | středou', 'čtvrtek | čtvrtkem', 'pátek | pátku | pátkem', 'sobota | sobotu | soboty | sobotou', 'neděle | neděli | nedělí'],
    yesterday: 'včera', today: 'dnes', dayBefore: 'předevčírem', tomorrow: 'zítra',
    lastWeek: 'minulý týden | minulého týdne | v minulém týdnu', thisWeek: 'tento týden | tohoto týdne | v tomto týdnu', nextWeek: 'příští týden | příštího týdne | v příštím týdnu',
    comingDays: 'v nejbližších dnech | v příštích dnech | v následujících dnech | v nadcházejících dnech',
  },
  pl: {
    days: ['poniedziałek | poniedziałku | poniedziałkiem', 'wtorek | wtorku | wtorkiem', 'środę | środy | środą', 'czwartek | czwartku | czwartkiem', 'piątek | piątku | piątkiem', 'sobota | sobotę | soboty | sobotą', 'niedziela | niedzielę | niedzieli | niedzielą'],
    yesterday: 'wczoraj', today: 'dziś | dzisiaj', dayBefore: 'przedwczoraj', tomorrow: 'jutro',
    lastWeek: 'w zeszłym tygodniu | w ubiegłym tygodniu | w minionym tygodniu', thisWeek: 'w tym tygodniu', nextWeek: 'w przyszłym tygodniu',
    comingDays: 'w najbliższych dniach | w ciągu najbliższych dni | w nadchodzących dniach',
  },
  sr: {
    days: ['понедељак | понедељка | ponedeljak | ponedeljka', 'уторак | уторка | utorak | utorka', 'среда | среду | среде | sreda | sredu | srede', 'четвртак | четвртка | četvrtak | četvrtka', 'петак | петка | petak | petka', 'субота | суботу | суботе | subota | subotu | subote', ''],
    yesterday: 'јуче | juče', today: 'данас | danas', dayBefore: 'прекјуче | prekjuče', tomorrow: 'сутра | sutra',
    lastWeek: 'прошле седмице | prošle sedmice', thisWeek: 'ове седмице | ove sedmice', nextWeek: 'следеће седмице | sledeće sedmice | наредне седмице | naredne sedmice',
    comingDays: 'наредних дана | narednih dana | у наредним данима | u narednim danima | наредних неколико дана | narednih nekoliko dana',
  },
  hr: {
    days: ['ponedjeljak | ponedjeljka', 'utorak | utorka', 'srijeda | srijedu | srijede', 'četvrtak | četvrtka', 'petak | petka', 'subota | subotu | subote', 'nedjelja | nedjelju | nedjelje'],
    yesterday: 'jučer', today: 'danas', dayBefore: 'prekjučer', tomorrow: 'sutra',
    lastWeek: 'prošlog tjedna | prošli tjedan | proteklog tjedna', thisWeek: 'ovog tjedna | ovoga tjedna | ovaj tjedan', nextWeek: 'sljedećeg tjedna | idućeg tjedna | sljedeći tjedan | idući tjedan',
    comingDays: 'idućih dana | sljedećih dana | narednih dana | u idućim danima | u sljedećim danima | u narednim danima | u nadolazećim danima',
  },
  bg: {
    days: ['понеделник | понеделника | понеделникът', 'вторник | вторника | вторникът', 'сряда | срядата', 'четвъртък | четвъртъка | четвъртъкът', 'петък | петъка | петъкът', 'събота | съботата', 'неделя | неделята'],
    yesterday: 'вчера', today: 'днес', dayBefore: 'завчера', tomorrow: 'утре',
    lastWeek: 'миналата седмица | през миналата седмица', thisWeek: 'тази седмица | през тази седмица', nextWeek: 'следващата седмица | през следващата седмица | идната седмица',
    comingDays: 'в следващите дни | през следващите дни | в идните дни | в близките дни | в предстоящите дни',
  },
  ru: {
    days: ['понедельник | понедельника | понедельнику | понедельником', 'вторник | вторника | вторнику | вторником', '', 'четверг | четверга | четвергу | четвергом', 'пятница | пятницу | пятницы | пятнице | пятницей', 'суббота | субботу | субботы | субботе | субботой', 'воскресенье | воскресенья | воскресенью | воскресеньем'],
    yesterday: 'вчера', today: 'сегодня', dayBefore: 'позавчера', tomorrow: 'завтра',
    lastWeek: 'на прошлой неделе | на минувшей неделе | на прошедшей неделе', thisWeek: 'на этой неделе | на текущей неделе', nextWeek: 'на следующей неделе | на будущей неделе | на предстоящей неделе',
    comingDays: 'в ближайшие дни | в ближайшие несколько дней | в предстоящие дни | в течение ближайших дней',
  },
  uk: {
    days: ['понеділок | понеділка', 'вівторок | вівторка', 'середа | середу | середи', 'четвер | четверга', "п'ятниця | п’ятниця | пʼятниця | п'ятницю | п’ятницю | пʼятницю | п'ятниці | п’ятниці | пʼятниці", 'субота | суботу | суботи', 'неділя | неділю | неділі'],
    yesterday: 'вчора | учора', today: 'сьогодні', dayBefore: 'позавчора', tomorrow: 'завтра',
    lastWeek: 'минулого тижня | на минулому тижні', thisWeek: 'цього тижня | на цьому тижні', nextWeek: 'наступного тижня | на наступному тижні',
    comingDays: 'найближчими днями | у найближчі дні | в найближчі дні | протягом найближчих днів',
  },
  el: {
    days: ['', '', '', '', '', 'σάββατο | σαββάτου', ''],
    yesterday: 'χθες | χτες', today: 'σήμερα', dayBefore: 'προχθές | προχτές', tomorrow: 'αύριο',
    lastWeek: 'την περασμένη εβδομάδα | την περασμένη βδομάδα', thisWeek: 'αυτή την εβδομάδα | αυτήν την εβδομάδα | την εβδομάδα αυτή | αυτή τη βδομάδα', nextWeek: 'την επόμενη εβδομάδα | την ερχόμενη εβδομάδα | την επόμενη βδομάδα',
    comingDays: 'τις επόμενες ημέρες | τις επόμενες μέρες | τις προσεχείς ημέρες | τις ερχόμενες ημέρες',
  },
  tr: {
    days: ['pazartesi | pazartesiden | pazartesiye', 'salı | salıdan | salıya', 'çarşamba | çarşambadan | çarşambaya', 'perşembe | perşembeden | perşembeye', 'cumadan | cumaya', 'cumartesi | cumartesiden | cumartesiye', ''],
    yesterday: 'dün', today: 'bugün', dayBefore: 'evvelsi gün', tomorrow: 'yarın',
    lastWeek: 'geçen hafta | geçtiğimiz hafta', thisWeek: 'bu hafta', nextWeek: 'gelecek hafta | önümüzdeki hafta | haftaya',
    comingDays: 'önümüzdeki günlerde | önümüzdeki birkaç gün içinde',
  },
  ar: {
    days: ['', 'الثلاثاء | والثلاثاء', 'الأربعاء | الاربعاء | والأربعاء | والاربعاء', 'الخميس | والخميس', 'الجمعة | والجمعة', 'السبت | والسبت', ''],
    yesterday: 'أمس | الأمس | البارحة | امس', today: '', dayBefore: 'أول أمس | أول من أمس | أمس الأول', tomorrow: 'غداً | غدًا | يوم غد',
    lastWeek: 'الأسبوع الماضي | الاسبوع الماضي | الأسبوع المنصرم | الأسبوع الفائت', thisWeek: 'هذا الأسبوع | هذا الاسبوع | الأسبوع الجاري | الأسبوع الحالي', nextWeek: 'الأسبوع المقبل | الأسبوع القادم | الاسبوع المقبل | الاسبوع القادم',
    comingDays: 'في الأيام المقبلة | خلال الأيام المقبلة | في الأيام القادمة | خلال الأيام القادمة | خلال الأيام القليلة المقبلة | في الأيام القليلة المقبلة',
  },
  fa: {
    days: ['دوشنبه | دو شنبه', 'سه‌شنبه | سه شنبه | سهشنبه', 'چهارشنبه | چهار شنبه', 'پنجشنبه | پنج‌شنبه | پنج شنبه', 'جمعه', 'شنبه', 'یکشنبه | یک‌شنبه | یک شنبه'],
    yesterday: 'دیروز', today: 'امروز', dayBefore: 'پریروز', tomorrow: 'فردا',
    lastWeek: 'هفته‌ی گذشته | هفته ی گذشته | هفتهٔ گذشته', thisWeek: 'این هفته | هفته جاری | هفته‌ی جاری | هفته ی جاری', nextWeek: 'هفته آینده | هفته‌ی آینده | هفته ی آینده | هفتهٔ آینده',
    comingDays: 'در روزهای آینده | در روز‌های آینده | در روز های آینده | طی روزهای آینده | طی روز‌های آینده | طی روز های آینده | در چند روز آینده | طی چند روز آینده | ظرف چند روز آینده',
  },
  he: {
    days: ['ביום שני | מיום שני | וביום שני', 'ביום שלישי | מיום שלישי | וביום שלישי', 'ביום רביעי | מיום רביעי | וביום רביעי', 'ביום חמישי | מיום חמישי | וביום חמישי', 'ביום שישי | מיום שישי | וביום שישי', 'בשבת | יום שבת | ביום שבת | מיום שבת', 'ביום ראשון | מיום ראשון | וביום ראשון'],
    yesterday: 'אתמול', today: '', dayBefore: 'שלשום', tomorrow: 'מחר',
    lastWeek: 'בשבוע שעבר', thisWeek: 'בשבוע הזה', nextWeek: 'בשבוע הבא | בשבוע הקרוב',
    comingDays: 'בימים הקרובים',
  },
  hi: {
    days: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार | बृहस्पतिवार | वीरवार', 'शुक्रवार', 'शनिवार', 'रविवार | इतवार'],
    yesterday: '', today: 'आज', dayBefore: '', tomorrow: '',
    lastWeek: 'पिछले सप्ताह | पिछले हफ्ते | पिछले हफ़्ते | बीते सप्ताह | गत सप्ताह', thisWeek: 'इस सप्ताह | इस हफ्ते | इस हफ़्ते', nextWeek: 'अगले सप्ताह | अगले हफ्ते | अगले हफ़्ते | आगामी सप्ताह',
    comingDays: 'आने वाले दिनों में | अगले कुछ दिनों में | आगामी दिनों में',
  },
  mr: {
    days: ['सोमवार | सोमवारी | सोमवारपासून | सोमवारपर्यंत | सोमवारच्या', 'मंगळवार | मंगळवारी | मंगळवारपासून | मंगळवारपर्यंत | मंगळवारच्या', 'बुधवार | बुधवारी | बुधवारपासून | बुधवारपर्यंत | बुधवारच्या', 'गुरुवार | गुरुवारी | गुरुवारपासून | गुरुवारपर्यंत | गुरुवारच्या', 'शुक्रवार | शुक्रवारी | शुक्रवारपासून | शुक्रवारपर्यंत | शुक्रवारच्या', 'शनिवार | शनिवारी | शनिवारपासून | शनिवारपर्यंत | शनिवारच्या', 'रविवार | रविवारी | रविवारपासून | रविवारपर्यंत | रविवारच्या'],
    yesterday: 'काल', today: 'आज', dayBefore: '', tomorrow: 'उद्या',
    lastWeek: 'गेल्या आठवड्यात | मागील आठवड्यात | मागच्या आठवड्यात', thisWeek: 'या आठवड्यात | चालू आठवड्यात', nextWeek: 'पुढील आठवड्यात | पुढच्या आठवड्यात | येत्या आठवड्यात',
    comingDays: 'येत्या काही दिवसांत | येत्या काही दिवसात | पुढील काही दिवसांत | पुढील काही दिवसात',
  },
  ne: {
    days: ['सोमबार | सोमबारको | सोमबारदेखि | सोमबारसम्म', 'मंगलबार | मंगलबारको | मंगलबारदेखि | मंगलबारसम्म | मङ्गलबार | मङ्गलबारको | मङ्गलबारदेखि | मङ्गलबारसम्म', 'बुधबार | बुधबारको | बुधबारदेखि | बुधबारसम्म', 'बिहीबार | बिहीबारको | बिहीबारदेखि | बिहीबारसम्म | बिहिबार | बिहिबारको | बिहिबारदेखि | बिहिबारसम्म', 'शुक्रबार | शुक्रबारको | शुक्रबारदेखि | शुक्रबारसम्म', 'शनिबार | शनिबारको | शनिबारदेखि | शनिबारसम्म', 'आइतबार | आइतबारको | आइतबारदेखि | आइतबारसम्म'],
    yesterday: 'हिजो', today: 'आज', dayBefore: 'अस्ति', tomorrow: 'भोलि',
    lastWeek: 'गत साता | गत हप्ता | गएको हप्ता', thisWeek: 'यो हप्ता | यो साता | यस हप्ता | यस साता', nextWeek: 'अर्को हप्ता | अर्को साता | आगामी हप्ता | आगामी साता',
    comingDays: 'आगामी केही दिनमा | केही दिनभित्र',
  },
  bn: {
    days: ['সোমবার | সোমবারে | সোমবারের', 'মঙ্গলবার | মঙ্গলবারে | মঙ্গলবারের', 'বুধবার | বুধবারে | বুধবারের', 'বৃহস্পতিবার | বৃহস্পতিবারে | বৃহস্পতিবারের', 'শুক্রবার | শুক্রবারে | শুক্রবারের', 'শনিবার | শনিবারে | শনিবারের', 'রবিবার | রবিবারে | রবিবারের | রোববার | রোববারে | রোববারের'],
    yesterday: 'গতকাল', today: 'আজ', dayBefore: 'গত পরশু', tomorrow: 'আগামীকাল',
    lastWeek: 'গত সপ্তাহে', thisWeek: 'এই সপ্তাহে | চলতি সপ্তাহে', nextWeek: 'আগামী সপ্তাহে | পরের সপ্তাহে',
    comingDays: 'আগামী কয়েক দিনের মধ্যে | আগামী কয়েকদিনের মধ্যে | আগামী কয়েক দিনে | আগামী কয়েকদিনে',
  },
  gu: {
    days: ['સોમવાર | સોમવારે | સોમવારથી', 'મંગળવાર | મંગળવારે | મંગળવારથી', 'બુધવાર | બુધવારે | બુધવારથી', 'ગુરુવાર | ગુરુવારે | ગુરુવારથી | ગુરૂવાર | ગુરૂવારે | ગુરૂવારથી', 'શુક્રવાર | શુક્રવારે | શુક્રવારથી', 'શનિવાર | શનિવારે | શનિવારથી', 'રવિવાર | રવિવારે | રવિવારથી'],
    yesterday: 'ગઈકાલે | ગઇકાલે | ગઈ કાલે', today: 'આજે', dayBefore: '', tomorrow: 'આવતીકાલે',
    lastWeek: 'ગયા અઠવાડિયે | ગયા સપ્તાહે | ગત સપ્તાહે', thisWeek: 'આ અઠવાડિયે | આ સપ્તાહે | ચાલુ સપ્તાહે', nextWeek: 'આવતા અઠવાડિયે | આવતા સપ્તાહે | આગામી સપ્તાહે',
    comingDays: 'આગામી દિવસોમાં | આગામી થોડા દિવસોમાં | આવનારા દિવસોમાં',
  },
  ta: {
    days: ['திங்கள்கிழமை | திங்கட்கிழமை | திங்களன்று', 'செவ்வாய்க்கிழமை | செவ்வாயன்று', 'புதன்கிழமை | புதனன்று', 'வியாழக்கிழமை | வியாழனன்று', 'வெள்ளிக்கிழமை | வெள்ளியன்று', 'சனிக்கிழமை | சனியன்று', 'ஞாயிற்றுக்கிழமை | ஞாயிறன்று'],
    yesterday: 'நேற்று', today: 'இன்று', dayBefore: 'நேற்று முன்தினம்', tomorrow: '',
    lastWeek: 'கடந்த வாரம்', thisWeek: 'இந்த வாரம்', nextWeek: 'அடுத்த வாரம் | வரும் வாரம்',
    comingDays: 'வரும் நாட்களில் | வரும் நாள்களில் | அடுத்த சில நாட்களில் | அடுத்த சில நாள்களில்',
  },
  te: {
    days: ['సోమవారం', 'మంగళవారం', 'బుధవారం', 'గురువారం', 'శుక్రవారం', 'శనివారం', 'ఆదివారం'],
    yesterday: 'నిన్న', today: 'ఈరోజు | ఈ రోజు | నేడు', dayBefore: '', tomorrow: '',
    lastWeek: 'గత వారం', thisWeek: 'ఈ వారం', nextWeek: 'వచ్చే వారం',
    comingDays: 'రానున్న రోజుల్లో | రాబోయే రోజుల్లో | వచ్చే కొద్ది రోజుల్లో',
  },
  ja: {
    days: ['月曜日 | 月曜', '火曜日 | 火曜', '水曜日 | 水曜', '木曜日 | 木曜', '金曜日 | 金曜', '土曜日 | 土曜', '日曜日 | 日曜'],
    yesterday: '昨日 | きのう', today: '今日 | きょう | 本日', dayBefore: '一昨日 | おととい', tomorrow: '明日',
    lastWeek: '先週', thisWeek: '今週', nextWeek: '来週',
    comingDays: '今後数日 | 数日中に | 数日以内に',
  },
  zh: {
    days: ['星期一 | 周一 | 週一 | 礼拜一 | 禮拜一', '星期二 | 周二 | 週二 | 礼拜二 | 禮拜二', '星期三 | 周三 | 週三 | 礼拜三 | 禮拜三', '星期四 | 周四 | 週四 | 礼拜四 | 禮拜四', '星期五 | 周五 | 週五 | 礼拜五 | 禮拜五', '星期六 | 周六 | 週六 | 礼拜六 | 禮拜六', '星期日 | 星期天 | 周日 | 週日 | 礼拜天 | 禮拜天 | 礼拜日 | 禮拜日'],
    yesterday: '昨天 | 昨日', today: '今天 | 今日', dayBefore: '前天', tomorrow: '明天 | 明日',
    lastWeek: '上周 | 上週 | 上星期 | 上个星期 | 上個星期', thisWeek: '本周 | 本週 | 这周 | 這週 | 這周 | 这个星期 | 這個星期', nextWeek: '下周 | 下週 | 下星期 | 下个星期 | 下個星期',
    comingDays: '未来几天 | 未來幾天 | 未来数日 | 未來數日 | 未来数天 | 未來數天 | 今后几天 | 今後幾天 | 接下来几天 | 接下來幾天',
  },
  ko: {
    days: ['월요일 | 월요일에 | 월요일부터 | 월요일까지', '화요일 | 화요일에 | 화요일부터 | 화요일까지', '수요일 | 수요일에 | 수요일부터 | 수요일까지', '목요일 | 목요일에 | 목요일부터 | 목요일까지', '금요일 | 금요일에 | 금요일부터 | 금요일까지', '토요일 | 토요일에 | 토요일부터 | 토요일까지', '일요일 | 일요일에 | 일요일부터 | 일요일까지'],
    yesterday: '어제', today: '오늘', dayBefore: '그저께 | 그제', tomorrow: '내일',
    lastWeek: '지난주 | 지난 주', thisWeek: '이번 주 | 이번주', nextWeek: '다음 주 | 다음주',
    comingDays: '앞으로 며칠 | 향후 며칠 | 며칠 내 | 며칠 안에 | 수일 내',
  },
  vi: {
    days: ['', '', '', '', '', '', 'Chủ nhật | chủ nhật | Chủ Nhật'],
    yesterday: 'hôm qua', today: 'hôm nay', dayBefore: 'hôm kia', tomorrow: 'ngày mai',
    lastWeek: '', thisWeek: 'tuần này', nextWeek: '',
    comingDays: 'trong những ngày tới | trong vài ngày tới | trong ít ngày tới | trong những ngày sắp tới',
  },
};
