/**
 * Cost of the date reader (lib/matcher/text-dates.ts) on the spans the matcher gives it: 300
 * characters around evidence. The spans are cut from sentences in 12 languages, half of them with
 * dates, half without, each read as a page in its sentence's language. Reported: microseconds per span (the fastest of several rounds), the same
 * as a ratio to a bare loop over the spans' characters, and dates found per span.
 */
import { toDayNumber } from '../../lib/matcher/dates';
import { findDates } from '../../lib/matcher/text-dates';
import { floorLoop } from './engine-bench';

const SENTENCES: [string, string][] = [
  ['en', 'Officials said the envoys had spoken on 14 October, two days before the leaders agreed to meet, and that the recording surfaced only in late November. '],
  ['en', 'The minister told reporters that the coalition would hold together through the winter, whatever the polls said about its chances. '],
  ['de', 'Am 14. Oktober telefonierten die beiden Gesandten; die Aufnahme wurde erst am 25.11.2025 bekannt, wie mehrere Zeitungen berichteten. '],
  ['de', 'Die Regierung kündigte an, die Gespräche mit den Partnern fortzusetzen, sobald die Haushaltsfragen geklärt seien. '],
  ['fr', 'Le 14 octobre, l’émissaire a appelé son homologue russe, selon un enregistrement publié fin novembre par plusieurs médias. '],
  ['es', 'La llamada del 14 de octubre de 2025 se filtró semanas después, cuando la prensa publicó la transcripción completa. '],
  ['ru', 'Разговор состоялся 14 октября, а запись опубликовали 25 ноября, сообщили источники, знакомые с ходом переговоров. '],
  ['uk', 'Посадовці заявили, що переговори тривали кілька годин і завершилися без спільної заяви для преси. '],
  ['pl', 'Rozmowa z 14 października 2025 r. wyciekła do mediów, a rzecznik odmówił komentarza w tej sprawie. '],
  ['tr', "Görüşme 14 Ekim'de yapıldı ve kayıt kasım ayının sonunda basına sızdırıldı, dedi yetkililer. "],
  ['ar', 'قال مسؤولون إن المكالمة جرت في 14 أكتوبر وإن التسجيل نشر بعد ذلك بأسابيع في عدة وسائل إعلام. '],
  ['hi', 'अधिकारियों ने बताया कि यह बातचीत 14 अक्टूबर को हुई थी और रिकॉर्डिंग बाद में सामने आई। '],
  ['ja', '関係者によると、通話は2025年10月14日に行われ、録音は11月下旬に報道機関に流出した。'],
  ['zh', '知情人士说，两人于10月14日通话，录音在11月底被媒体公开，引发广泛关注。'],
  ['vi', 'Các quan chức cho biết cuộc gọi diễn ra ngày 14 tháng 10 và bản ghi âm bị rò rỉ vào cuối tháng 11. '],
  ['hu', 'A tisztviselők szerint a hívás október 14-én volt, a felvétel pedig csak hetekkel később került nyilvánosságra. '],
];

export const SPAN = 300;

/**
 * Spans of SPAN characters cut from a text of all the sentences repeated, each at its own offset,
 * with the language of the sentence it starts in (the page's language: weekdays and "last week"
 * are read only in it).
 */
export function spans(): { text: string; offsets: number[]; langs: string[] } {
  let text = '';
  const starts: number[] = [];
  const sentenceLangs: string[] = [];
  while (text.length < SPAN * 40) {
    for (const [lang, s] of SENTENCES) {
      starts.push(text.length);
      sentenceLangs.push(lang);
      text += s;
    }
  }
  const offsets: number[] = [];
  const langs: string[] = [];
  for (let at = 0, k = 0; at + SPAN <= text.length; at += 97) {
    while (k + 1 < starts.length && starts[k + 1]! <= at) k++;
    offsets.push(at);
    langs.push(sentenceLangs[k]!);
  }
  return { text, offsets, langs };
}

export function runDatesBench(now: () => number, report: (name: string, value: number, unit: string) => void): void {
  const { text, offsets, langs } = spans();
  const published = toDayNumber('2025-11-26');
  let found = 0;
  let sink = 0;
  const read = () => {
    found = 0;
    offsets.forEach((at, i) => { found += findDates(text, at, at + SPAN, { published, lang: langs[i] }).length; });
  };
  const floor = () => {
    for (const at of offsets) sink ^= floorLoop(text.slice(at, at + SPAN));
  };
  for (let i = 0; i < 5; i++) { read(); floor(); }
  let best = Infinity;
  let bestFloor = Infinity;
  for (let round = 0; round < 15; round++) {
    let t = now();
    for (let k = 0; k < 10; k++) floor();
    bestFloor = Math.min(bestFloor, (now() - t) / 10);
    t = now();
    for (let k = 0; k < 10; k++) read();
    best = Math.min(best, (now() - t) / 10);
  }
  report('dates_us_per_span', (best * 1000) / offsets.length, `µs (${SPAN}-char span)`);
  report('dates_ratio_to_floor_span', best / Math.max(bestFloor, 1e-6), 'x');
  report('dates_found_per_span', found / offsets.length, 'dates');
  if (sink === 0.5) report('sink', sink, '');
}
