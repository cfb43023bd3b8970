import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAgreement, eventDayRanges, rangesAgreement, spanVerdict } from '../../../lib/matcher/date-agreement';
import { NO_DATE, toDayNumber } from '../../../lib/matcher/dates';
import {
  COMPOUND_BY_WORD, MONTH_BY_WORD, MONTH_LANGUAGES, monthTableWords, foldMonthWord, headLetter, headsOf, monthAdjective, monthWithCase, packHead,
} from '../../../lib/matcher/month-names';
import { AHEAD_DAYS, findDates, type TextDate } from '../../../lib/matcher/text-dates';

const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
/** "written text=first[..last] precision", with "~" when the year was inferred. */
const show = (text: string, d: TextDate) =>
  `${text.slice(d.start, d.end)}=${iso(d.first)}${d.last !== d.first ? `..${iso(d.last)}` : ''} ${d.precision}${d.yearGiven ? '' : '~'}`;
/** The dates of a whole sentence, read as a page of `lang` published on `published`. */
const read = (lang: string, text: string, published = '2025-11-26') =>
  findDates(text, 0, text.length, { lang, published: toDayNumber(published) }).map((d) => show(text, d));

describe('dates with day and month, per language', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'Witkoff spoke to Ushakov on 14 October, two days before the call.', ['14 October=2025-10-14 day~']],
    ['en', 'The envoys met on October 24, 2025 in Miami.', ['October 24, 2025=2025-10-24 day']],
    ['en', 'The talks ran from the 24th of October into the weekend.', ['24th of October=2025-10-24 day~']],
    ['en', 'Officials met Oct. 16 and again on 24–26 October.', ['Oct. 16=2025-10-16 day~', '24–26 October=2025-10-24..2025-10-26 day~']],
    ['de', 'Am 14. Oktober telefonierte Witkoff mit Uschakow.', ['14. Oktober=2025-10-14 day~']],
    ['de', 'Das Gespräch vom 14.10. wurde erst am 25.11.2025 bekannt.', ['14.10.=2025-10-14 day~', '25.11.2025=2025-11-25 day']],
    ['fr', 'Le 14 octobre, l’émissaire américain a appelé Moscou.', ['14 octobre=2025-10-14 day~']],
    ['fr', 'Depuis le 1er octobre, les services fédéraux sont fermés.', ['1er octobre=2025-10-01 day~']],
    ['es', 'La llamada del 14 de octubre de 2025 se filtró semanas después.', ['14 de octubre de 2025=2025-10-14 day']],
    ['it', 'Il 17 ottobre Zelensky è stato ricevuto alla Casa Bianca.', ['17 ottobre=2025-10-17 day~']],
    ['pt', 'Em 11 de setembro, o Supremo condenou Bolsonaro.', ['11 de setembro=2025-09-11 day~']],
    ['nl', 'Op 19 oktober werden de kroonjuwelen gestolen.', ['19 oktober=2025-10-19 day~']],
    ['sv', 'Den 10 oktober fick Machado fredspriset.', ['10 oktober=2025-10-10 day~']],
    ['pl', 'Rozmowa z 14 października 2025 r. wyciekła do mediów.', ['14 października 2025=2025-10-14 day']],
    ['cs', 'Dne 14. října 2025 spolu mluvili telefonem.', ['14. října 2025=2025-10-14 day']],
    ['ru', 'Разговор состоялся 14 октября, запись опубликовали позже.', ['14 октября=2025-10-14 day~']],
    ['uk', 'Розмова відбулася 14 жовтня, а запис оприлюднили 25 листопада.', ['14 жовтня=2025-10-14 day~', '25 листопада=2025-11-25 day~']],
    ['tr', "Görüşme 14 Ekim'de yapıldı; kayıt 25 KASIM günü çıktı.", ['14 Ekim=2025-10-14 day~', '25 KASIM=2025-11-25 day~']],
    ['hu', 'A hívás október 14-én volt, a felvétel 2025. november 25. jelent meg.', ['október 14-én=2025-10-14 day~', '2025. november 25.=2025-11-25 day']],
    ['ro', 'Convorbirea a avut loc pe 14 octombrie 2025.', ['14 octombrie 2025=2025-10-14 day']],
    ['el', 'Η συνομιλία έγινε στις 14 Οκτωβρίου.', ['14 Οκτωβρίου=2025-10-14 day~']],
    ['ar', 'جرت المكالمة في 14 أكتوبر 2025.', ['14 أكتوبر 2025=2025-10-14 day']],
    ['ar', 'جرت المكالمة في ١٤ تشرين الأول.', ['١٤ تشرين الأول=2025-10-14 day~']],
    ['hi', 'यह बातचीत 14 अक्टूबर को हुई थी।', ['14 अक्टूबर=2025-10-14 day~']],
    ['hi', 'विमान १२ जून २०२५ को दुर्घटनाग्रस्त हुआ।', ['१२ जून २०२५=2025-06-12 day']],
    ['ja', '通話は2025年10月14日に行われた。', ['2025年10月14日=2025-10-14 day']],
    ['zh', '两人于10月14日通话。', ['10月14日=2025-10-14 day~']],
    ['ko', '통화는 10월 14일에 이뤄졌다.', ['10월 14일=2025-10-14 day~']],
    ['vi', 'Cuộc gọi diễn ra ngày 14 tháng 10 năm 2025.', ['ngày 14 tháng 10 năm 2025=2025-10-14 day']],
    ['fi', 'Puhelu käytiin 14. lokakuuta.', ['14. lokakuuta=2025-10-14 day~']],
    ['id', 'Panggilan itu terjadi pada 14 Oktober 2025.', ['14 Oktober 2025=2025-10-14 day']],
    ['bn', 'ফোনালাপটি হয় ১৪ অক্টোবর।', ['১৪ অক্টোবর=2025-10-14 day~']],
    ['te', 'అక్టోబర్ 14న ఫోన్ సంభాషణ జరిగింది.', ['అక్టోబర్ 14న=2025-10-14 day~']],
    ['ta', 'அக்டோபர் 14ஆம் தேதி பேச்சு நடந்தது.', ['அக்டோபர் 14ஆம்=2025-10-14 day~']],
    ['gu', 'આ વાતચીત 14 ઓક્ટોબર 2025ના રોજ થઈ.', ['14 ઓક્ટોબર 2025=2025-10-14 day']],
    ['he', 'השיחה התקיימה ב-14 באוקטובר.', ['14 באוקטובר=2025-10-14 day~']],
    ['es', 'Las reuniones del 24 al 26 de octubre en Miami.', ['24 al 26 de octubre=2025-10-24..2025-10-26 day~']],
  ];
  for (const [lang, text, want] of cases) {
    it(`${lang}: ${text}`, () => expect(read(lang, text)).toEqual(want));
  }

  it('covers at least 15 languages of the index with month names, besides ja, zh, ko and vi', () => {
    expect(MONTH_LANGUAGES.length).toBeGreaterThanOrEqual(15);
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'tr', 'ar', 'hi', 'hu', 'el', 'ro', 'sv']) {
      expect(MONTH_LANGUAGES).toContain(l);
    }
  });
});

describe('months and years', () => {
  it('reads a month with its year as the whole month', () => {
    expect(read('en', 'Prices rose in October 2025.')).toEqual(['October 2025=2025-10-01..2025-10-31 month']);
    expect(read('es', 'En octubre de 2025 se firmó.')).toEqual(['octubre de 2025=2025-10-01..2025-10-31 month']);
    expect(read('ru', 'В октябре 2025 года.')).toEqual(['октябре 2025=2025-10-01..2025-10-31 month']);
    expect(read('pl', 'W październiku 2025 rząd upadł.')).toEqual(['październiku 2025=2025-10-01..2025-10-31 month']);
    expect(read('ko', '2025년 10월 회담')).toEqual(['2025년 10월=2025-10-01..2025-10-31 month']);
    expect(read('vi', 'trong tháng 10/2025')).toEqual(['tháng 10/2025=2025-10-01..2025-10-31 month']);
  });

  it('reads a year alone as the whole year', () => {
    expect(read('en', 'Since 2022, the war has dragged on.')).toEqual(['2022=2022-01-01..2022-12-31 year']);
    expect(read('zh', '2024年的选举')).toEqual(['2024=2024-01-01..2024-12-31 year']);
  });

  it('reads a bare month as the latest one begun by a month after the publication day', () => {
    expect(read('en', 'In October the two men spoke again.')).toEqual(['October=2025-10-01..2025-10-31 month~']);
    expect(read('de', 'Im Oktober sprachen sie erneut.')).toEqual(['Oktober=2025-10-01..2025-10-31 month~']);
    expect(read('el', 'το μπλακ άουτ στα τέλη Απριλίου')).toEqual(['Απριλίου=2025-04-01..2025-04-30 month~']);
    // Published 26 November: December is the coming one, January the last one.
    expect(read('en', 'Talks resume in December, as in January.')).toEqual([
      'December=2025-12-01..2025-12-31 month~', 'January=2025-01-01..2025-01-31 month~',
    ]);
    expect(read('en', 'Without a publication day nothing is resolved in October.', '')).toEqual([]);
  });

  it('reads the Iranian (solar Hijri) calendar of Persian news', () => {
    // 1 Tir 1404 is 22 June 2025 (the US strikes on Fordow); 22 Khordad 1404 is 12 June 2025.
    expect(read('fa', 'بمباران فردو در اول تیر', '2025-09-28')).toEqual(['تیر=2025-06-22 day~']);
    expect(read('fa', '۲۲ خرداد ۱۴۰۴ اعلام شد', '2025-09-28')).toEqual(['۲۲ خرداد ۱۴۰۴=2025-06-12 day']);
    expect(read('fa', 'در اوایل شهریور آغاز شد', '2025-09-28')).toEqual(['شهریور=2025-08-23..2025-09-22 month~']);
    // Esfand has 30 days in a leap year (1403) and 29 otherwise (1404).
    expect(read('fa', '۳۰ اسفند ۱۴۰۳')).toEqual(['۳۰ اسفند ۱۴۰۳=2025-03-20 day']);
    expect(read('fa', '۳۰ اسفند ۱۴۰۴')).toEqual([]);
    // Solar months that are also words ("shot", "seal") are dates only with a day or a year.
    expect(read('fa', 'او تیر خورد و مهر زد', '2025-09-28')).toEqual([]);
    // The Gregorian names as Persian news write them.
    expect(read('fa', 'در ۱۴ اکتبر', '2025-09-28')).toEqual(['۱۴ اکتبر=2025-10-14 day~']);
  });

  it('reads Finnish month cases and the months of Slovak, Danish, Norwegian, Serbian, Croatian and Bulgarian', () => {
    expect(read('fi', 'Carneyn liberaalit voittivat huhtikuun vaaleissa.')).toEqual(['huhtikuun=2025-04-01..2025-04-30 month~']);
    expect(read('fi', 'Vaalit pidettiin huhtikuussa.')).toEqual(['huhtikuussa=2025-04-01..2025-04-30 month~']);
    expect(read('sk', 'Stretnutie 14. októbra 2025.')).toEqual(['14. októbra 2025=2025-10-14 day']);
    expect(read('da', 'Den 28. april gik strømmen.')).toEqual(['28. april=2025-04-28 day~']);
    expect(read('nb', 'Møtet 2. desember.')).toEqual(['2. desember=2025-12-02 day~']);
    expect(read('sr', 'Састанак 14. октобра.')).toEqual(['14. октобра=2025-10-14 day~']);
    expect(read('sr', 'Sastanak 14. oktobra.')).toEqual(['14. oktobra=2025-10-14 day~']);
    expect(read('hr', 'Potres 28. ožujka.')).toEqual(['28. ožujka=2025-03-28 day~']);
    expect(read('bg', 'Срещата на 14 октомври.')).toEqual(['14 октомври=2025-10-14 day~']);
  });

  it('reads a month with an Indic case ending attached, and not a word that only begins like May', () => {
    expect(read('gu', 'એપ્રિલની ચૂંટણીમાં')).toEqual(['એપ્રિલની=2025-04-01..2025-04-30 month~']);
    expect(read('gu', '14 ઓક્ટોબરના રોજ')).toEqual(['14 ઓક્ટોબરના=2025-10-14 day~']);
    expect(read('mr', 'ऑक्टोबरमध्ये निवडणूक')).toEqual(['ऑक्टोबरमध्ये=2025-10-01..2025-10-31 month~']);
    expect(read('bn', 'এপ্রিলে নির্বাচন')).toEqual(['এপ্রিলে=2025-04-01..2025-04-30 month~']);
    // Tamil and Telugu: the name's final virama gives way to the ending's vowel.
    expect(read('ta', 'ஏப்ரலில் தேர்தல்')).toEqual(['ஏப்ரலில்=2025-04-01..2025-04-30 month~']);
    expect(read('te', 'అక్టోబరులో ఎన్నికలు')).toEqual(['అక్టోబరులో=2025-10-01..2025-10-31 month~']);
    expect(read('mr', 'मेळावा झाला')).toEqual([]);
  });

  it('reads a month with a Turkish or Hungarian case suffix on pages of that language only', () => {
    expect(read('tr', 'Ağustosta Alaska\'da yapılan zirveden bu yana')).toEqual(['Ağustosta=2025-08-01..2025-08-31 month~']);
    expect(read('tr', 'Ekimden beri görüşmediler')).toEqual(['Ekimden=2025-10-01..2025-10-31 month~']);
    expect(read('hu', 'az októberi telefonbeszélgetés után')).toEqual(['októberi=2025-10-01..2025-10-31 month~']);
    expect(read('sr', 'Marta Kos je rekla')).toEqual([]);
    expect(read('en', 'Ekimde')).toEqual([]);
  });

  it('reads months and days in Chinese numerals, alone or with a relative year', () => {
    expect(read('zh', '繼十月颶風重創牙買加之後')).toEqual(['十月=2025-10-01..2025-10-31 month~']);
    expect(read('zh', '十月十四日的通话')).toEqual(['十月十四日=2025-10-14 day~']);
    expect(read('zh', '十一月二十五日公布')).toEqual(['十一月二十五日=2025-11-25 day~']);
    expect(read('zh', '去年十二月')).toEqual(['去年十二月=2024-12-01..2024-12-31 month~']);
    // Numbers that are not months: "a month ago" (read as that), "the first month".
    expect(read('zh', '一个月前')).toEqual(['一个月前=2025-10-17..2025-11-06 month~']);
    expect(read('zh', '第一月')).toEqual([]);
  });

  it('reads "N days, weeks or months ago" back from the publication day, and not "N before something"', () => {
    const ago = (lang: string, text: string) =>
      findDates(text, 0, text.length, { lang, published: toDayNumber('2025-12-03') }).map((d) => `${show(text, d)}${d.relative ? ' relative' : ''}`);
    expect(ago('en', 'It surfaced two weeks ago in Geneva.')).toEqual(['two weeks ago=2025-11-16..2025-11-22 week~ relative']);
    expect(ago('de', 'der Plan, der vor knapp zwei Wochen bekannt wurde')).toEqual(['vor knapp zwei Wochen=2025-11-16..2025-11-22 week~ relative']);
    expect(ago('ru', 'три дня назад')).toEqual(['три дня назад=2025-11-30 day~ relative']);
    expect(ago('pt', 'Há um mês estávamos aqui')).toEqual(['Há um mês=2025-10-24..2025-11-13 month~ relative']);
    expect(ago('ko', '이틀 전 트럼프 대통령이 발표한')).toEqual(['이틀 전=2025-12-01 day~ relative']);
    expect(ago('zh', '两周前的会谈')).toEqual(['两周前=2025-11-16..2025-11-22 week~ relative']);
    // "About ten" as one word (Bulgarian, Serbian, Russian).
    expect(ago('bg', 'в Женева преди десетина дни')).toEqual(['преди десетина дни=2025-11-23 day~ relative']);
    expect(ago('sr', 'u Ženevi pre desetak dana')).toEqual(['pre desetak dana=2025-11-23 day~ relative']);
    expect(ago('ru', 'десяток дней назад')).toEqual(['десяток дней назад=2025-11-23 day~ relative']);
    // Not "before the sale" (Korean), a number inside a larger one (Chinese "twenty days"), nor
    // "two days before the election" (Japanese, Turkish, Arabic).
    expect(ago('ko', '세일 전 가격')).toEqual([]);
    expect(ago('zh', '二十天前')).toEqual([]);
    expect(ago('ja', '選挙の2日前')).toEqual([]);
    expect(ago('tr', 'seçimden iki hafta önce')).toEqual([]);
    expect(ago('ar', 'قبل أسبوعين من الانتخابات')).toEqual([]);
    // Only on pages of the language.
    expect(ago('fr', 'two weeks ago')).toEqual([]);
    // Not inside a word, whatever plane the letter before is in (𝐱: U+1D431, two code units).
    expect(ago('en', 'the xtwo weeks ago tag')).toEqual([]);
    expect(ago('en', 'the 𝐱two weeks ago tag')).toEqual([]);
    expect(ago('ru', 'код 𝐱три дня назад')).toEqual([]);
    expect(ago('en', '(two weeks ago)')).toEqual(['two weeks ago=2025-11-16..2025-11-22 week~ relative']);
  });

  it('passes over a word by its first three letters only when no month table holds it (the head test)', () => {
    const heads = headsOf(monthTableWords());
    const tableWords = monthTableWords();
    const recase = (w: string, flips: boolean[]) => [...w].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch)).join('');
    // Table words in any case, with endings and look-alikes, and words of the three alphabets the test reads.
    const word = fc.oneof(
      fc.tuple(fc.constantFrom(...tableWords), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 4 }))
        .map(([w, flips, tail]) => recase(w, flips) + tail),
      fc.tuple(fc.constantFrom(...tableWords), fc.nat()).map(([w, k]) => w.slice(0, 3 + (k % 3)) + 'xyzабвγδ'.slice(k % 8, (k % 8) + 2)),
      // Letters that fold to others: й to и, ё to е, ά to α, ς to σ, é to e.
      fc.constantFrom(...tableWords).map((w) => w.replace(/и/g, 'й').replace(/е/g, 'ё').replace(/α/g, 'ά').replace(/σ/g, 'ς').replace(/e/g, 'é')),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZабвгдежзиклмнопрстуфхцчшщыьэюяАБВЕМНОСαβγδεζηθικλμνξοπρστυφχψωΑΒΓΜΣ'), minLength: 3, maxLength: 12 }),
    );
    fc.assert(fc.property(word, (w) => {
      const h = [0, 1, 2].map((i) => headLetter(w.charCodeAt(i)));
      if (w.length < 3 || h.includes(0) || heads.has(packHead(h[0]!, h[1]!, h[2]!))) return; // looked up as before
      const key = foldMonthWord(w);
      expect(MONTH_BY_WORD.has(key) || COMPOUND_BY_WORD.has(key) || monthAdjective(key) !== undefined, w).toBe(false);
      for (const lang of MONTH_LANGUAGES) expect(monthWithCase(key, lang), `${w} (${lang})`).toBeUndefined();
    }), { numRuns: 3000 });
    // The test does pass over common words, and not over months written in capitals.
    const skipped = (w: string) => !heads.has(packHead(headLetter(w.charCodeAt(0)), headLetter(w.charCodeAt(1)), headLetter(w.charCodeAt(2))));
    expect(['statement', 'talks', 'president', 'about', 'сообщил', 'президент'].filter(skipped)).toHaveLength(6);
    expect(['OCTOBER', 'Oktober', 'ОКТЯБРЯ', 'Октября', 'ΟΚΤΩΒΡΙΟΥ'.slice(0, 3)].filter(skipped)).toHaveLength(0);
  });

  it('reads adjectives made from months (Slavic, Finnish) as their month, and not look-alike words', () => {
    expect(read('cs', 'po únorových volbách')).toEqual(['únorových=2025-02-01..2025-02-28 month~']);
    expect(read('ru', 'после октябрьского звонка')).toEqual(['октябрьского=2025-10-01..2025-10-31 month~']);
    expect(read('uk', 'жовтневої розмови')).toEqual(['жовтневої=2025-10-01..2025-10-31 month~']);
    expect(read('pl', 'kwietniowe cła')).toEqual(['kwietniowe=2025-04-01..2025-04-30 month~']);
    expect(read('sr', 'posle oktobarskog razgovora')).toEqual(['oktobarskog=2025-10-01..2025-10-31 month~']);
    expect(read('bg', 'априлските мита')).toEqual(['априлските=2025-04-01..2025-04-30 month~']);
    expect(read('fi', 'huhtikuiset tullit')).toEqual(['huhtikuiset=2025-04-01..2025-04-30 month~']);
    // A stem with an ending no adjective takes: Polish "lutowanie" is soldering, not February's.
    expect(read('pl', 'lutowanie i lutownica')).toEqual([]);
  });

  it('reads a weekday as the latest such day not after the publication day, and yesterday and today', () => {
    const rel = (lang: string, text: string, published: string) =>
      findDates(text, 0, text.length, { lang, published: toDayNumber(published) }).map((d) => `${show(text, d)}${d.relative ? ' relative' : ''}`);
    // 3 December 2025 was a Wednesday.
    expect(rel('sr', 'Vitkof i Kušner su u utorak sedeli s Putinom.', '2025-12-03')).toEqual(['utorak=2025-12-02 day~ relative']);
    expect(rel('en', 'Trump was warm on Friday.', '2025-11-22')).toEqual(['Friday=2025-11-21 day~ relative']);
    expect(rel('en', 'The vote is on Wednesday.', '2025-12-03')).toEqual(['Wednesday=2025-12-03 day~ relative']);
    expect(rel('de', 'Am Dienstagabend trafen sie sich, gestern nicht.', '2025-12-03')).toEqual(['Dienstagabend=2025-12-02 day~ relative', 'gestern=2025-12-02 day~ relative']);
    expect(rel('ru', 'Встреча прошла во вторник.', '2025-12-03')).toEqual(['вторник=2025-12-02 day~ relative']);
    expect(rel('he', 'בלומברג פרסמה ביום שלישי את השיחה', '2025-11-26')).toEqual(['ביום שלישי=2025-11-25 day~ relative']);
    expect(rel('fa', 'روز سه‌شنبه دیدار کردند', '2025-12-03')).toEqual(['سه‌شنبه=2025-12-02 day~ relative']);
    expect(rel('hi', 'मंगलवार को बैठक हुई', '2025-12-03')).toEqual(['मंगलवार=2025-12-02 day~ relative']);
    expect(rel('bn', 'রোববার সকালে ভূমিকম্প', '2025-04-13')).toEqual(['রোববার=2025-04-13 day~ relative']);
    expect(rel('ja', '火曜日に会談した', '2025-12-03')).toEqual(['火曜日=2025-12-02 day~ relative']);
    expect(rel('zh', '双方周二会谈', '2025-12-03')).toEqual(['周二=2025-12-02 day~ relative']);
    expect(rel('ko', '화요일에 만났다', '2025-12-03')).toEqual(['화요일에=2025-12-02 day~ relative']);
    expect(rel('es', 'Ayer se reunieron.', '2025-12-03')).toEqual(['Ayer=2025-12-02 day~ relative']);
    // Not inside a word, whatever plane the letter before is in (𝐱: U+1D431, two code units).
    expect(rel('en', 'the xyesterday tag', '2025-12-03')).toEqual([]);
    expect(rel('en', 'the 𝐱yesterday tag', '2025-12-03')).toEqual([]);
    expect(rel('ru', 'метка 𝐱вчера', '2025-12-03')).toEqual([]);
    expect(rel('en', '"Yesterday," he said.', '2025-12-03')).toEqual(['Yesterday=2025-12-02 day~ relative']);
  });

  it('reads last, this and next week, "in the coming days" and tomorrow as their days', () => {
    const rel = (lang: string, text: string, published = '2025-11-26') =>
      findDates(text, 0, text.length, { lang, published: toDayNumber(published) }).map((d) => `${show(text, d)}${d.relative ? ' relative' : ''}`);
    // 26 November 2025 was a Wednesday: its week ran from Monday 24 to Sunday 30 November.
    expect(rel('ru', 'Ушаков подтвердил, что на следующей неделе Уиткофф прилетит в Москву.')).toEqual(['на следующей неделе=2025-12-01..2025-12-07 week~ relative']);
    expect(rel('uk', 'Віткофф уже цього тижня має вирушити до Кремля.')).toEqual(['цього тижня=2025-11-24..2025-11-30 week~ relative']);
    expect(rel('he', 'ויטקוף צפוי להגיע למוסקבה בשבוע הבא')).toEqual(['בשבוע הבא=2025-12-01..2025-12-07 week~ relative']);
    expect(rel('en', 'The envoy met him last week and will go back in the coming days.')).toEqual([
      'last week=2025-11-17..2025-11-23 week~ relative', 'in the coming days=2025-11-26..2025-12-03 week~ relative',
    ]);
    expect(rel('fr', 'Il partira demain.')).toEqual(['demain=2025-11-27 day~ relative']);
    expect(rel('de', 'Guten Morgen, morgen früh geht es los.')).toEqual([]); // "morgen" is also morning
  });

  it('reads no weekday from a word that only looks like one, next to a date, or without the page\'s language and day', () => {
    const plain = (lang: string, text: string, published = '2025-12-03') =>
      findDates(text, 0, text.length, { lang, published: toDayNumber(published) }).filter((d) => d.relative);
    expect(plain('zh', '委员会每周一次开会')).toEqual([]); // once a week
    expect(plain('pt', 'A segunda volta foi adiada.')).toEqual([]); // second
    expect(plain('it', 'Ci ha provato, ma non è riuscito.')).toEqual([]); // Hungarian "ma" is today, Italian "ma" is but
    expect(plain('en', 'On Tuesday, 14 October, Witkoff called Ushakov.')).toEqual([]);
    expect(findDates('He left on Tuesday.', 0, 19, { lang: 'en' })).toEqual([]);
    expect(findDates('He left on Tuesday.', 0, 19, { published: toDayNumber('2025-12-03') })).toEqual([]);
  });

  it('lets a weekday agree with an event on its day, and contradict only where asked (the lead)', () => {
    const published = toDayNumber('2025-12-03');
    const [tuesday] = findDates('on Tuesday', 0, 10, { lang: 'en', published });
    const [monday] = findDates('on Monday', 0, 9, { lang: 'en', published });
    const ranges = eventDayRanges({ start: '2025-12-02' });
    expect(rangesAgreement(ranges, 0, ranges.length, tuesday!, published)).toBe('agrees');
    expect(rangesAgreement(ranges, 0, ranges.length, monday!, published)).toBe('agrees'); // a day's slack
    const older = eventDayRanges({ start: '2025-10-13' });
    expect(rangesAgreement(older, 0, older.length, tuesday!, published)).toBe('neutral');
    expect(rangesAgreement(older, 0, older.length, tuesday!, published, true)).toBe('contradicts');
  });

  it('never takes a bare month that is also a first name or a common word', () => {
    expect(read('sr', 'Marta Kos i Maja su rekle.')).toEqual([]);
    expect(read('he', 'הבמאי אמר במאי הזה')).toEqual([]);
    expect(read('ro', 'Este cel mai mare, mai ales acum.')).toEqual([]);
    expect(read('ro', 'Alegerile din mai au fost anulate.')).toEqual(['mai=2025-05-01..2025-05-31 month~']);
    expect(read('ar', 'مارس ضغوطا كبيرة')).toEqual([]);
    expect(read('ar', 'في مارس الماضي')).toEqual(['مارس=2025-03-01..2025-03-31 month~']);
  });

  it('reads a bare numeric month in Japanese, Chinese and Korean, but not a count of months', () => {
    expect(read('ja', 'トランプ政権が4月に打ち出した関税', '2025-10-21')).toEqual(['4月=2025-04-01..2025-04-30 month~']);
    expect(read('ko', '지난 4월 발표된 관세', '2025-10-21')).toEqual(['4월=2025-04-01..2025-04-30 month~']);
    expect(read('zh', '4个月后', '2025-10-21')).toEqual([]);
  });

  it('takes a bare month that is also a name or a verb only after a word of time', () => {
    expect(read('en', 'Theresa May said so; Jan Offermann agreed; the March went on.')).toEqual([]);
    expect(read('en', 'The vote in May, the strikes since March.')).toEqual([
      'May=2025-05-01..2025-05-31 month~', 'March=2025-03-01..2025-03-31 month~',
    ]);
  });
});

describe('relative dates', () => {
  it('reads "last October", "in June last year", "octobre dernier" from the publication day', () => {
    expect(read('en', 'They first met last October.')).toEqual(['last October=2025-10-01..2025-10-31 month~']);
    // Published in October: last October is the year before.
    expect(read('en', 'They first met last October.', '2025-10-20')).toEqual(['last October=2024-10-01..2024-10-31 month~']);
    expect(read('en', 'The strikes came in June last year.')).toEqual(['June last year=2024-06-01..2024-06-30 month~']);
    expect(read('fr', 'Les frappes de juin dernier.')).toEqual(['juin dernier=2025-06-01..2025-06-30 month~']);
    expect(read('es', 'Desde el pasado octubre.')).toEqual(['el pasado octubre=2025-10-01..2025-10-31 month~']);
    expect(read('en', 'The vote comes next April.')).toEqual(['next April=2026-04-01..2026-04-30 month~']);
    expect(read('ru', 'Это случилось в октябре прошлого года.')).toEqual(['октябре прошлого года=2024-10-01..2024-10-31 month~']);
    expect(read('pl', 'W październiku ubiegłego roku.')).toEqual(['październiku ubiegłego roku=2024-10-01..2024-10-31 month~']);
    expect(read('tr', "Geçen yıl Ekim'de başladı.")).toEqual(['Geçen yıl Ekim=2024-10-01..2024-10-31 month~']);
    expect(read('hu', 'Tavaly októberben kezdődött.')).toEqual(['Tavaly októberben=2024-10-01..2024-10-31 month~']);
  });

  it('reads "last year" and "this year" in several languages', () => {
    expect(read('en', 'Unlike last year, turnout rose.')).toEqual(['last year=2024-01-01..2024-12-31 year~']);
    expect(read('de', 'Wie im vergangenen Jahr.')).toEqual(['im vergangenen Jahr=2024-01-01..2024-12-31 year~']);
    expect(read('ru', 'В прошлом году цены выросли.')).toEqual(['В прошлом году=2024-01-01..2024-12-31 year~']);
  });

  it('reads last, this and next year before a numeric month in Korean, Chinese and Japanese', () => {
    // Published in June: "last year's 3 December" is 2024 (the rule alone would also say so), and
    // "next year's March" is 2026.
    expect(read('ko', '지난해 12월 3일 비상계엄 선포', '2025-06-04')).toEqual(['지난해 12월 3일=2024-12-03 day~']);
    expect(read('ko', '내년 3월 선거', '2025-06-04')).toEqual(['내년 3월=2026-03-01..2026-03-31 month~']);
    expect(read('zh', '去年10月的会谈', '2025-06-04')).toEqual(['去年10月=2024-10-01..2024-10-31 month~']);
    expect(read('ja', '今年7月1日に発見された', '2025-11-26')).toEqual(['今年7月1日=2025-07-01 day~']);
  });

  it('needs the publication day to read a date without a year', () => {
    const text = 'They spoke on 14 October and again last October, in 2025.';
    const r = findDates(text, 0, text.length, { lang: 'en' });
    expect(r.map((d) => show(text, d))).toEqual(['2025=2025-01-01..2025-12-31 year']);
  });
});

describe('the year of a date written without one', () => {
  const at = (published: string, text: string) => read('en', text, published);

  it('is the latest such date not after the publication day plus AHEAD_DAYS', () => {
    expect(AHEAD_DAYS).toBeGreaterThan(7);
    // A page of 5 January about 28 December: the December just past.
    expect(at('2026-01-05', 'It happened on 28 December.')).toEqual(['28 December=2025-12-28 day~']);
    // A page of 26 November about a meeting on 2 December: the coming one.
    expect(at('2025-11-26', 'They meet on 2 December.')).toEqual(['2 December=2025-12-02 day~']);
    // A page of 30 December about 2 January: the coming one, across the new year.
    expect(at('2025-12-30', 'The law takes effect on 2 January.')).toEqual(['2 January=2026-01-02 day~']);
    // A page of 2 January about 30 December: the one just past, not the next one.
    expect(at('2026-01-02', 'The fire started on 30 December.')).toEqual(['30 December=2025-12-30 day~']);
    // Beyond the horizon it is the previous year's.
    expect(at('2025-03-01', 'On 14 October the court ruled.')).toEqual(['14 October=2024-10-14 day~']);
  });

  it('finds a leap year for 29 February and rejects days a month never has', () => {
    expect(at('2025-03-10', 'Filed on 29 February.')).toEqual(['29 February=2024-02-29 day~']);
    expect(at('2025-03-10', 'On 31 February, 30 February or 31 April nothing happened.')).toEqual([]);
    expect(read('de', 'Am 29.02.2025 und am 31.04.2025.')).toEqual([]);
    expect(read('de', 'Am 29.02.2024.')).toEqual(['29.02.2024=2024-02-29 day']);
  });
});

describe('numbers that are not dates', () => {
  it('does not read scores, fractions, ratings, prices, times or phone numbers', () => {
    expect(read('en', 'Inter lost 5-0; earlier it was 2-1 and 1-0.')).toEqual([]);
    expect(read('en', 'Critics rated it 14/10 and 3/4 of voters agreed.')).toEqual([]);
    expect(read('en', 'Shares closed at $14.10. The index fell 2.5%.')).toEqual([]);
    expect(read('de', 'Der Kurs lag bei 14.10 Euro, um 14.10 Uhr.')).toEqual([]);
    expect(read('en', 'Call +1 212 555 2025 or 020 7946 0958.')).toEqual([]);
    expect(read('en', 'It cost $2025, up 2024% on 1,2025 units.')).toEqual([]);
    expect(read('en', 'It may 14 times have been said; march 3 miles.')).toEqual([]);
    // "171 June" is no day (the June alone is a bare month).
    expect(read('en', 'Unlike the 1990s, flight AI171 June schedules.')).toEqual(['June=2025-06-01..2025-06-30 month~']);
    expect(read('ro', 'Au fost cu 14 mai mulți decât anul trecut.').filter((d) => d.includes('mai'))).toEqual([]);
  });

  it('reads "14/10" only after a date word, and in English only when one number is over 12', () => {
    expect(read('fr', 'Le 14/10, l’appel a eu lieu.')).toEqual(['14/10=2025-10-14 day~']);
    expect(read('en', 'on 14/10 they met')).toEqual(['14/10=2025-10-14 day~']);
    expect(read('en', 'on 3/4 they met')).toEqual([]);
    expect(read('en-US', 'on 10/14 they met')).toEqual(['10/14=2025-10-14 day~']);
    expect(read('en', 'Filed 03/04/2025 and 14/10/2025.')).toEqual(['14/10/2025=2025-10-14 day']);
    expect(read('en-GB', 'Filed 03/04/2025.')).toEqual(['03/04/2025=2025-04-03 day']);
    expect(read('en-US', 'Filed 03/04/2025.')).toEqual(['03/04/2025=2025-03-04 day']);
    expect(read('de', 'Am 3.5. war Schluss, am 3.5 nicht.')).toEqual(['3.5.=2025-05-03 day~']);
  });

  it('reads ISO and year-first dates', () => {
    expect(read('en', 'Updated 2025-10-14T08:00Z.')).toEqual(['2025-10-14=2025-10-14 day']);
    expect(read('ko', '발표일 2025. 10. 14. 오전')).toEqual(['2025. 10. 14.=2025-10-14 day']);
  });
});

describe('findDates on a span', () => {
  it('reads only text[from..to), with offsets in the whole text', () => {
    const text = 'On 16 October they spoke. On 17 October Zelensky came. On 2 December Witkoff flew.';
    const from = text.indexOf('On 17');
    const to = text.indexOf('On 2 December');
    const r = findDates(text, from, to, { published: toDayNumber('2025-11-26') });
    expect(r.map((d) => show(text, d))).toEqual(['17 October=2025-10-17 day~']);
  });

  it('never throws and returns dates inside [from, to), in order, with first <= last', () => {
    const piece = fc.constantFrom('14', '2025', ' ', '.', '/', '-', 'October', 'жовтня', '月', '日', '년', '월', 'tháng', '١٤',
      '१४', 'last', 'year', 'de', 'mai', 'Ekim', 'तशرين', 'تشرين', 'الأول', '\u0301', '\ud800', 'A', 'x', '年', '%', '$');
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.array(piece, { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(fc.property(text, fc.integer({ min: -5, max: 120 }), fc.integer({ min: -5, max: 120 }),
      fc.option(fc.integer({ min: -40_000, max: 60_000 }), { nil: undefined }), fc.constantFrom(undefined, 'en', 'en-US', 'de', 'ja'),
      (t, from, to, published, lang) => {
        const r = findDates(t, from, to, { published, lang });
        let prev = -1;
        for (const d of r) {
          expect(d.start).toBeGreaterThanOrEqual(Math.max(0, from));
          expect(d.end).toBeLessThanOrEqual(Math.min(t.length, to));
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.start).toBeGreaterThanOrEqual(prev);
          expect(d.first).toBeLessThanOrEqual(d.last);
          expect(d.first).not.toBe(NO_DATE);
          prev = d.end;
        }
      }), { numRuns: 500 });
  });

  it('reads the same date wherever the span starts, and nothing from outside it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (pre, post) => {
      const core = ' on 14 October 2025 ';
      const text = pre + core + post;
      const r = findDates(text, pre.length, pre.length + core.length, {});
      expect(r.map((d) => text.slice(d.start, d.end))).toEqual(['14 October 2025']);
    }), { numRuns: 200 });
  });
});

describe('dateAgreement', () => {
  const day = (text: string, lang = 'en', published = '2025-11-26') =>
    findDates(text, 0, text.length, { lang, published: toDayNumber(published) })[0]!;
  const leak = { start: '2025-10-14', reported: '2025-11-25' };
  const shutdown = { start: '2025-10-01', end: '2025-11-12' };

  it('tells apart neighbouring events of one story by the day', () => {
    expect(dateAgreement(leak, day('on 14 October'))).toBe('agrees');
    expect(dateAgreement(leak, day('on 15 October'))).toBe('agrees'); // one day of slack
    expect(dateAgreement(leak, day('on 17 October'))).toBe('contradicts');
    expect(dateAgreement({ start: '2025-10-17' }, day('17 жовтня', 'uk'))).toBe('agrees');
    expect(dateAgreement({ start: '2025-10-16' }, day('2 December'))).toBe('contradicts');
  });

  it('counts the day an event was reported or announced, and the whole span of a long event', () => {
    expect(dateAgreement(leak, day('published on 25 November'))).toBe('agrees');
    expect(dateAgreement({ start: '2025-12-02', announced: '2025-11-26' }, day('on 26 November'))).toBe('agrees');
    expect(dateAgreement(shutdown, day('on 20 October'))).toBe('agrees');
    expect(dateAgreement(shutdown, day('in November 2025'))).toBe('agrees');
    expect(dateAgreement(shutdown, day('on 20 November'))).toBe('contradicts');
  });

  it('lets a year alone agree, but never contradict: other years on a page are background', () => {
    expect(dateAgreement(leak, day('in 2025'))).toBe('agrees');
    expect(dateAgreement(leak, day('since 1952'))).toBe('neutral');
    expect(dateAgreement(leak, day('until the end of 2027'))).toBe('neutral');
    expect(dateAgreement({ start: '2025-12-31', end: '2026-01-02' }, day('in 2026'))).toBe('agrees');
    expect(dateAgreement(leak, day('last year'))).toBe('neutral');
  });

  it('does not count the publication day written on the page against the event', () => {
    const published = toDayNumber('2025-12-03');
    const byline = day('Jan Offermann · 2025-12-03');
    expect(dateAgreement({ start: '2025-11-30' }, byline, published)).toBe('neutral');
    expect(dateAgreement({ start: '2025-11-30' }, byline)).toBe('contradicts');
    expect(dateAgreement({ start: '2025-12-02' }, byline, published)).toBe('agrees');
    expect(dateAgreement({ start: '2025-11-30' }, day('on 20 November'), published)).toBe('contradicts');
  });

  it('is neutral when the event has no usable date', () => {
    expect(dateAgreement({ start: 'soon' }, day('on 14 October'))).toBe('neutral');
  });

  it('judges a sentence by its dates: one agreeing date wins, else one contradicting, else neutral', () => {
    const text = 'Two days after Witkoff’s 14 October call, Trump and Putin spoke on 16 October. Nothing else.';
    const published = toDayNumber('2025-11-26');
    const call16 = eventDayRanges({ start: '2025-10-16' });
    const visit17 = eventDayRanges({ start: '2025-10-17' });
    const sentence = text.indexOf('.');
    expect(spanVerdict(text, 0, sentence, { published }, call16)).toBe('agrees');
    expect(spanVerdict(text, 0, 40, { published }, visit17)).toBe('contradicts');
    // 14 October is a day off the 16th's range widened by a day, 16 October agrees with the 17th's.
    expect(spanVerdict(text, 0, sentence, { published }, visit17)).toBe('agrees');
    expect(spanVerdict(text, sentence + 1, text.length, { published }, call16)).toBe('neutral');
    // Several events' ranges in one array: each event reads its own slice.
    const both = [...call16, ...visit17];
    expect(spanVerdict(text, 0, 40, { published }, both, 0, 2)).toBe('contradicts');
    expect(spanVerdict(text, 0, 40, { published }, both, 2, 4)).toBe('contradicts');
  });
});
