/**
 * Weekdays and the words for yesterday, today and the day before yesterday, per language, for the
 * date reader (text-dates.ts): news dates its own story by them ("on Tuesday", "u utorak", "вчера",
 * "火曜日", "ayer"), far more often than by the calendar. Each language lists its seven days,
 * Monday first, every form separated by " | " (cases, attached particles and prefixes, two-word
 * forms). Forms that are also ordinary words, ordinals or names were left out: Portuguese
 * "segunda" (second), Greek "Τρίτη" (third), Vietnamese "thứ ba" (third), Hebrew "בשני", Arabic
 * "الأحد" (the one), Russian "среда" (environment), Tamil names that are also planets; Hindi "कल"
 * (yesterday and tomorrow), Arabic "اليوم" and Hebrew "היום" (also "the day"). Read only on pages
 * in the language (the tables overlap across languages: Hungarian "ma", today; Italian "ma", but).
 */

export interface RelativeDayWords {
  /** Monday first. */
  days: readonly [string, string, string, string, string, string, string];
  yesterday: string;
  today: string;
  dayBefore: string;
}

export const RELATIVE_DAY_WORDS: Readonly<Record<string, RelativeDayWords>> = {
  en: {
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    yesterday: 'yesterday', today: 'today', dayBefore: 'the day before yesterday',
  },
  de: {
    days: ['montag | montagmorgen | montagvormittag | montagmittag | montagnachmittag | montagabend | montagnacht', 'dienstag | dienstagmorgen | dienstagvormittag | dienstagmittag | dienstagnachmittag | dienstagabend | dienstagnacht', 'mittwoch | mittwochmorgen | mittwochvormittag | mittwochmittag | mittwochnachmittag | mittwochabend | mittwochnacht', 'donnerstag | donnerstagmorgen | donnerstagvormittag | donnerstagmittag | donnerstagnachmittag | donnerstagabend | donnerstagnacht', 'freitagmorgen | freitagvormittag | freitagmittag | freitagnachmittag | freitagabend | freitagnacht', 'samstag | samstagmorgen | samstagvormittag | samstagmittag | samstagnachmittag | samstagabend | samstagnacht | sonnabend', 'sonntag | sonntagmorgen | sonntagvormittag | sonntagmittag | sonntagnachmittag | sonntagabend | sonntagnacht'],
    yesterday: 'gestern', today: 'heute', dayBefore: 'vorgestern',
  },
  fr: {
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    yesterday: 'hier', today: "aujourd'hui | aujourd’hui", dayBefore: 'avant-hier',
  },
  es: {
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', ''],
    yesterday: 'ayer', today: 'hoy', dayBefore: 'anteayer | antes de ayer',
  },
  it: {
    days: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', ''],
    yesterday: 'ieri', today: 'oggi', dayBefore: "l'altro ieri | l’altro ieri | l'altroieri | l’altroieri | altroieri",
  },
  pt: {
    days: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    yesterday: 'ontem', today: 'hoje', dayBefore: 'anteontem | antes de ontem',
  },
  nl: {
    days: ['maandag | maandagochtend | maandagmorgen | maandagmiddag | maandagavond | maandagnacht', 'dinsdag | dinsdagochtend | dinsdagmorgen | dinsdagmiddag | dinsdagavond | dinsdagnacht', 'woensdag | woensdagochtend | woensdagmorgen | woensdagmiddag | woensdagavond | woensdagnacht', 'donderdag | donderdagochtend | donderdagmorgen | donderdagmiddag | donderdagavond | donderdagnacht', 'vrijdag | vrijdagochtend | vrijdagmorgen | vrijdagmiddag | vrijdagavond | vrijdagnacht', 'zaterdag | zaterdagochtend | zaterdagmorgen | zaterdagmiddag | zaterdagavond | zaterdagnacht', 'zondag | zondagochtend | zondagmorgen | zondagmiddag | zondagavond | zondagnacht'],
    yesterday: 'gisteren', today: 'vandaag', dayBefore: 'eergisteren',
  },
  sv: {
    days: ['måndag | måndagen | måndagens | måndags | måndagskväll | måndagskvällen | måndagsmorgonen | måndagseftermiddagen', 'tisdag | tisdagen | tisdagens | tisdags | tisdagskväll | tisdagskvällen | tisdagsmorgonen | tisdagseftermiddagen', 'onsdag | onsdagen | onsdagens | onsdags | onsdagskväll | onsdagskvällen | onsdagsmorgonen | onsdagseftermiddagen', 'torsdag | torsdagen | torsdagens | torsdags | torsdagskväll | torsdagskvällen | torsdagsmorgonen | torsdagseftermiddagen', 'fredag | fredagen | fredagens | fredags | fredagskväll | fredagskvällen | fredagsmorgonen | fredagseftermiddagen', 'lördag | lördagen | lördagens | lördags | lördagskväll | lördagskvällen | lördagsmorgonen | lördagseftermiddagen', 'söndag | söndagen | söndagens | söndags | söndagskväll | söndagskvällen | söndagsmorgonen | söndagseftermiddagen'],
    yesterday: 'i går | igår', today: 'i dag | idag', dayBefore: 'i förrgår',
  },
  da: {
    days: ['mandag | mandagen | mandagens | mandags', 'tirsdag | tirsdagen | tirsdagens | tirsdags', 'onsdag | onsdagen | onsdagens | onsdags', 'torsdag | torsdagen | torsdagens | torsdags', 'fredag | fredagen | fredagens | fredags', 'lørdag | lørdagen | lørdagens | lørdags', 'søndag | søndagen | søndagens | søndags'],
    yesterday: 'i går | igår', today: 'i dag | idag', dayBefore: 'i forgårs',
  },
  nb: {
    days: ['mandag | mandagen | mandagens | mandags', 'tirsdag | tirsdagen | tirsdagens | tirsdags', 'onsdag | onsdagen | onsdagens | onsdags', 'torsdag | torsdagen | torsdagens | torsdags', 'fredag | fredagen | fredagens | fredags', 'lørdag | lørdagen | lørdagens | lørdags', 'søndag | søndagen | søndagens | søndags'],
    yesterday: 'i går | igår', today: 'i dag | idag', dayBefore: 'i forgårs',
  },
  id: {
    days: ['senin', 'selasa', 'rabu', 'kamis', "jumat | jum'at | jum’at", 'sabtu', 'ahad'],
    yesterday: 'kemarin', today: 'hari ini', dayBefore: '',
  },
  ro: {
    days: ['lunea', 'marți | marţi | marțea | marţea', 'miercuri | miercurea', 'joi | joia', 'vineri | vinerea', 'sâmbătă | sâmbăta', 'duminică | duminica'],
    yesterday: 'ieri', today: 'azi | astăzi', dayBefore: 'alaltăieri',
  },
  hu: {
    days: ['hétfő | hétfőn | hétfői | hétfőig | hétfőtől | hétfőre', 'kedd | kedden | keddi | keddig | keddtől | keddre', 'szerda | szerdán | szerdai | szerdáig | szerdától | szerdára', 'csütörtök | csütörtökön | csütörtöki | csütörtökig | csütörtöktől | csütörtökre', 'péntek | pénteken | pénteki | péntekig | péntektől | péntekre', 'szombat | szombaton | szombati | szombatig | szombattól | szombatra', 'vasárnap | vasárnapi | vasárnapig | vasárnaptól | vasárnapra'],
    yesterday: 'tegnap', today: 'ma', dayBefore: 'tegnapelőtt',
  },
  fi: {
    days: ['maanantai | maanantaina | maanantaista | maanantaihin | maanantain | maanantai-iltana | maanantaiaamuna', 'tiistai | tiistaina | tiistaista | tiistaihin | tiistain | tiistai-iltana | tiistaiaamuna', 'keskiviikko | keskiviikkona | keskiviikosta | keskiviikkoon | keskiviikon | keskiviikkoiltana | keskiviikkoaamuna', 'torstai | torstaina | torstaista | torstaihin | torstain | torstai-iltana | torstaiaamuna', 'perjantai | perjantaina | perjantaista | perjantaihin | perjantain | perjantai-iltana | perjantaiaamuna', 'lauantai | lauantaina | lauantaista | lauantaihin | lauantain | lauantai-iltana | lauantaiaamuna', 'sunnuntai | sunnuntaina | sunnuntaista | sunnuntaihin | sunnuntain | sunnuntai-iltana | sunnuntaiaamuna'],
    yesterday: 'eilen', today: 'tänään', dayBefore: 'toissapäivänä',
  },
  sk: {
    days: ['pondelok | pondelka | pondelkom', 'utorok | utorka | utorkom', 'streda | stredou', 'štvrtok | štvrtka | štvrtkom', 'piatok | piatkom', 'sobota | sobotu | soboty | sobotou', 'nedeľa | nedeľu | nedele | nedeľou'],
    yesterday: 'včera', today: 'dnes', dayBefore: 'predvčerom',
  },
  cs: {
    days: ['pondělí | pondělím', 'úterý | úterým', 'středa | středou', 'čtvrtek | čtvrtkem', 'pátek | pátku | pátkem', 'sobota | sobotu | soboty | sobotou', 'neděle | neděli | nedělí'],
    yesterday: 'včera', today: 'dnes', dayBefore: 'předevčírem',
  },
  pl: {
    days: ['poniedziałek | poniedziałku | poniedziałkiem', 'wtorek | wtorku | wtorkiem', 'środę | środy | środą', 'czwartek | czwartku | czwartkiem', 'piątek | piątku | piątkiem', 'sobota | sobotę | soboty | sobotą', 'niedziela | niedzielę | niedzieli | niedzielą'],
    yesterday: 'wczoraj', today: 'dziś | dzisiaj', dayBefore: 'przedwczoraj',
  },
  sr: {
    days: ['понедељак | понедељка | ponedeljak | ponedeljka', 'уторак | уторка | utorak | utorka', 'среда | среду | среде | sreda | sredu | srede', 'четвртак | четвртка | četvrtak | četvrtka', 'петак | петка | petak | petka', 'субота | суботу | суботе | subota | subotu | subote', ''],
    yesterday: 'јуче | juče', today: 'данас | danas', dayBefore: 'прекјуче | prekjuče',
  },
  hr: {
    days: ['ponedjeljak | ponedjeljka', 'utorak | utorka', 'srijeda | srijedu | srijede', 'četvrtak | četvrtka', 'petak | petka', 'subota | subotu | subote', 'nedjelja | nedjelju | nedjelje'],
    yesterday: 'jučer', today: 'danas', dayBefore: 'prekjučer',
  },
  bg: {
    days: ['понеделник | понеделника | понеделникът', 'вторник | вторника | вторникът', 'сряда | срядата', 'четвъртък | четвъртъка | четвъртъкът', 'петък | петъка | петъкът', 'събота | съботата', 'неделя | неделята'],
    yesterday: 'вчера', today: 'днес', dayBefore: 'завчера',
  },
  ru: {
    days: ['понедельник | понедельника | понедельнику | понедельником', 'вторник | вторника | вторнику | вторником', '', 'четверг | четверга | четвергу | четвергом', 'пятница | пятницу | пятницы | пятнице | пятницей', 'суббота | субботу | субботы | субботе | субботой', 'воскресенье | воскресенья | воскресенью | воскресеньем'],
    yesterday: 'вчера', today: 'сегодня', dayBefore: 'позавчера',
  },
  uk: {
    days: ['понеділок | понеділка', 'вівторок | вівторка', 'середа | середу | середи', 'четвер | четверга', "п'ятниця | п’ятниця | пʼятниця | п'ятницю | п’ятницю | пʼятницю | п'ятниці | п’ятниці | пʼятниці", 'субота | суботу | суботи', 'неділя | неділю | неділі'],
    yesterday: 'вчора | учора', today: 'сьогодні', dayBefore: 'позавчора',
  },
  el: {
    days: ['', '', '', '', '', 'σάββατο | σαββάτου', ''],
    yesterday: 'χθες | χτες', today: 'σήμερα', dayBefore: 'προχθές | προχτές',
  },
  tr: {
    days: ['pazartesi | pazartesiden | pazartesiye', 'salı | salıdan | salıya', 'çarşamba | çarşambadan | çarşambaya', 'perşembe | perşembeden | perşembeye', 'cumadan | cumaya', 'cumartesi | cumartesiden | cumartesiye', ''],
    yesterday: 'dün', today: 'bugün', dayBefore: 'evvelsi gün',
  },
  ar: {
    days: ['', 'الثلاثاء | والثلاثاء', 'الأربعاء | الاربعاء | والأربعاء | والاربعاء', 'الخميس | والخميس', 'الجمعة | والجمعة', 'السبت | والسبت', ''],
    yesterday: 'أمس | الأمس | البارحة | امس', today: '', dayBefore: 'أول أمس | أول من أمس | أمس الأول',
  },
  fa: {
    days: ['دوشنبه | دو شنبه', 'سه‌شنبه | سه شنبه | سهشنبه', 'چهارشنبه | چهار شنبه', 'پنجشنبه | پنج‌شنبه | پنج شنبه', 'جمعه', 'شنبه', 'یکشنبه | یک‌شنبه | یک شنبه'],
    yesterday: 'دیروز', today: 'امروز', dayBefore: 'پریروز',
  },
  he: {
    days: ['ביום שני | מיום שני | וביום שני', 'ביום שלישי | מיום שלישי | וביום שלישי', 'ביום רביעי | מיום רביעי | וביום רביעי', 'ביום חמישי | מיום חמישי | וביום חמישי', 'ביום שישי | מיום שישי | וביום שישי', 'בשבת | יום שבת | ביום שבת | מיום שבת', 'ביום ראשון | מיום ראשון | וביום ראשון'],
    yesterday: 'אתמול', today: '', dayBefore: 'שלשום',
  },
  hi: {
    days: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार | बृहस्पतिवार | वीरवार', 'शुक्रवार', 'शनिवार', 'रविवार | इतवार'],
    yesterday: '', today: 'आज', dayBefore: '',
  },
  mr: {
    days: ['सोमवार | सोमवारी | सोमवारपासून | सोमवारपर्यंत | सोमवारच्या', 'मंगळवार | मंगळवारी | मंगळवारपासून | मंगळवारपर्यंत | मंगळवारच्या', 'बुधवार | बुधवारी | बुधवारपासून | बुधवारपर्यंत | बुधवारच्या', 'गुरुवार | गुरुवारी | गुरुवारपासून | गुरुवारपर्यंत | गुरुवारच्या', 'शुक्रवार | शुक्रवारी | शुक्रवारपासून | शुक्रवारपर्यंत | शुक्रवारच्या', 'शनिवार | शनिवारी | शनिवारपासून | शनिवारपर्यंत | शनिवारच्या', 'रविवार | रविवारी | रविवारपासून | रविवारपर्यंत | रविवारच्या'],
    yesterday: 'काल', today: 'आज', dayBefore: '',
  },
  ne: {
    days: ['सोमबार | सोमबारको | सोमबारदेखि | सोमबारसम्म', 'मंगलबार | मंगलबारको | मंगलबारदेखि | मंगलबारसम्म | मङ्गलबार | मङ्गलबारको | मङ्गलबारदेखि | मङ्गलबारसम्म', 'बुधबार | बुधबारको | बुधबारदेखि | बुधबारसम्म', 'बिहीबार | बिहीबारको | बिहीबारदेखि | बिहीबारसम्म | बिहिबार | बिहिबारको | बिहिबारदेखि | बिहिबारसम्म', 'शुक्रबार | शुक्रबारको | शुक्रबारदेखि | शुक्रबारसम्म', 'शनिबार | शनिबारको | शनिबारदेखि | शनिबारसम्म', 'आइतबार | आइतबारको | आइतबारदेखि | आइतबारसम्म'],
    yesterday: 'हिजो', today: 'आज', dayBefore: 'अस्ति',
  },
  bn: {
    days: ['সোমবার | সোমবারে | সোমবারের', 'মঙ্গলবার | মঙ্গলবারে | মঙ্গলবারের', 'বুধবার | বুধবারে | বুধবারের', 'বৃহস্পতিবার | বৃহস্পতিবারে | বৃহস্পতিবারের', 'শুক্রবার | শুক্রবারে | শুক্রবারের', 'শনিবার | শনিবারে | শনিবারের', 'রবিবার | রবিবারে | রবিবারের | রোববার | রোববারে | রোববারের'],
    yesterday: 'গতকাল', today: 'আজ', dayBefore: 'গত পরশু',
  },
  gu: {
    days: ['સોમવાર | સોમવારે | સોમવારથી', 'મંગળવાર | મંગળવારે | મંગળવારથી', 'બુધવાર | બુધવારે | બુધવારથી', 'ગુરુવાર | ગુરુવારે | ગુરુવારથી | ગુરૂવાર | ગુરૂવારે | ગુરૂવારથી', 'શુક્રવાર | શુક્રવારે | શુક્રવારથી', 'શનિવાર | શનિવારે | શનિવારથી', 'રવિવાર | રવિવારે | રવિવારથી'],
    yesterday: 'ગઈકાલે | ગઇકાલે | ગઈ કાલે', today: 'આજે', dayBefore: '',
  },
  ta: {
    days: ['திங்கள்கிழமை | திங்கட்கிழமை | திங்களன்று', 'செவ்வாய்க்கிழமை | செவ்வாயன்று', 'புதன்கிழமை | புதனன்று', 'வியாழக்கிழமை | வியாழனன்று', 'வெள்ளிக்கிழமை | வெள்ளியன்று', 'சனிக்கிழமை | சனியன்று', 'ஞாயிற்றுக்கிழமை | ஞாயிறன்று'],
    yesterday: 'நேற்று', today: 'இன்று', dayBefore: 'நேற்று முன்தினம்',
  },
  te: {
    days: ['సోమవారం', 'మంగళవారం', 'బుధవారం', 'గురువారం', 'శుక్రవారం', 'శనివారం', 'ఆదివారం'],
    yesterday: 'నిన్న', today: 'ఈరోజు | ఈ రోజు | నేడు', dayBefore: '',
  },
  ja: {
    days: ['月曜日 | 月曜', '火曜日 | 火曜', '水曜日 | 水曜', '木曜日 | 木曜', '金曜日 | 金曜', '土曜日 | 土曜', '日曜日 | 日曜'],
    yesterday: '昨日 | きのう', today: '今日 | きょう | 本日', dayBefore: '一昨日 | おととい',
  },
  zh: {
    days: ['星期一 | 周一 | 週一 | 礼拜一 | 禮拜一', '星期二 | 周二 | 週二 | 礼拜二 | 禮拜二', '星期三 | 周三 | 週三 | 礼拜三 | 禮拜三', '星期四 | 周四 | 週四 | 礼拜四 | 禮拜四', '星期五 | 周五 | 週五 | 礼拜五 | 禮拜五', '星期六 | 周六 | 週六 | 礼拜六 | 禮拜六', '星期日 | 星期天 | 周日 | 週日 | 礼拜天 | 禮拜天 | 礼拜日 | 禮拜日'],
    yesterday: '昨天 | 昨日', today: '今天 | 今日', dayBefore: '前天',
  },
  ko: {
    days: ['월요일 | 월요일에 | 월요일부터 | 월요일까지', '화요일 | 화요일에 | 화요일부터 | 화요일까지', '수요일 | 수요일에 | 수요일부터 | 수요일까지', '목요일 | 목요일에 | 목요일부터 | 목요일까지', '금요일 | 금요일에 | 금요일부터 | 금요일까지', '토요일 | 토요일에 | 토요일부터 | 토요일까지', '일요일 | 일요일에 | 일요일부터 | 일요일까지'],
    yesterday: '어제', today: '오늘', dayBefore: '그저께 | 그제',
  },
  vi: {
    days: ['', '', '', '', '', '', 'Chủ nhật | chủ nhật | Chủ Nhật'],
    yesterday: 'hôm qua', today: 'hôm nay', dayBefore: 'hôm kia',
  },
};
