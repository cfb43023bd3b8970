/**
 * The index bundled with the extension (public/default-index.json): valid, complete, canonical,
 * and its rules flag the right events on short pages of our own (and not the look-alikes).
 * Rewrite it canonically with: npx tsx lib/index-format/canonical.ts public/default-index.json
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../lib/index-format/canonical';
import type { IndexDocument } from '../../lib/index-format/types';
import { formatIssue, parseIndexJson } from '../../lib/index-format/validate-index';
import { compileIndex, matchPage } from '../../lib/matcher';

const text = readFileSync(new URL('../../public/default-index.json', import.meta.url), 'utf8');
const result = parseIndexJson(text);
const index: IndexDocument = result.ok ? result.index : (undefined as never);

/** Every event of the fact sheets the index was written from, by key. */
const EXPECTED_IDS = [
  'witkoff-ushakov-call', 'peace-plan-28', 'geneva-talks', 'trump-putin-call-oct16', 'zelensky-white-house-oct17',
  'gaza-peace-deal', 'budapest-summit', 'alaska-summit', 'witkoff-dmitriev', 'witkoff-moscow-dec',
  'pope-francis-death', 'pope-leo-xiv-elected', 'deepseek-nvidia-selloff', 'liberation-day-tariffs', 'german-election',
  'le-pen-conviction', 'myanmar-earthquake', 'yoon-removed-from-office', 'canada-election', 'iberian-blackout',
  'operation-sindoor', 'psg-champions-league', 'south-korea-election', 'air-india-171-crash', 'us-strikes-iran-nuclear',
  'texas-hill-country-floods', 'interstellar-comet-3i-atlas', 'kamchatka-earthquake', 'nepal-genz-protests',
  'charlie-kirk-assassination', 'bolsonaro-conviction', 'machado-nobel-peace', 'louvre-heist', 'takaichi-prime-minister',
  'hurricane-melissa-jamaica', 'trump-xi-busan', 'mamdani-nyc-mayor', 'us-government-shutdown', 'tai-po-fire',
];

describe('public/default-index.json', () => {
  it('validates with nothing dropped and no warnings', () => {
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    expect(result.dropped.flatMap((d) => d.issues.map(formatIssue))).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([]);
  });

  it('has the metadata of the bundled index', () => {
    expect(index.format).toBe('backstory-index');
    expect(index.formatVersion).toBe(1);
    expect(index.title).toBe('Backstory default index');
    expect(index.publisher).toEqual({ name: 'Backstory' });
    expect(index.homepage).toBeUndefined();
    expect(index.generated).toBe('2026-12-07T00:00:00Z');
    expect(index.expires).toBe('2027-12-31T00:00:00Z');
  });

  it('has all 39 events, each id once', () => {
    const ids = index.events.map((e) => e.id);
    expect(ids).toHaveLength(39);
    expect(new Set(ids).size).toBe(39);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('links only https sources, each with a host', () => {
    for (const event of index.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) {
        const url = new URL(source.url);
        expect(url.protocol, source.url).toBe('https:');
        expect(url.hostname, source.url).not.toBe('');
      }
    }
  });

  it('uses every entity in some rule, and every related id is an event here', () => {
    const used = new Set(index.events.flatMap((e) => [...e.match.all, ...(e.match.any ?? [])]));
    expect(index.entities.map((e) => e.id).filter((id) => !used.has(id))).toEqual([]);
    const ids = new Set(index.events.map((e) => e.id));
    for (const event of index.events) for (const id of event.related ?? []) expect(ids.has(id), `${event.id} -> ${id}`).toBe(true);
  });

  it('gives every event a summary of one or two sentences', () => {
    for (const event of index.events) {
      // A sentence ends with . ! or ? after a lowercase letter, digit or closing quote (not after initials like "K. P.").
      const sentences = event.summary.split(/(?<=[\p{Ll}\d)"'”][.!?])\s+(?=[\p{Lu}"'])/u).length;
      expect(sentences, event.id).toBeLessThanOrEqual(2);
    }
  });

  it('is written in canonical form', () => {
    expect(text).toBe(canonicalJson(index));
  });
});

describe('default index rules on pages of our own', () => {
  const matcher = compileIndex(index);
  const found = (page: string, published: string) => matchPage(matcher, { text: page, published }).map((m) => m.id);

  const cases: [string, string, string, string[]][] = [
    ['the leaked call, English', '2025-11-26',
      'Bloomberg published a transcript of an October call in which Steve Witkoff advised Yuri Ushakov on how Putin should talk to Trump.',
      ['witkoff-ushakov-call']],
    ['the leaked call, Russian', '2025-11-26',
      'Блумберг опубликовал запись телефонного разговора Уиткоффа с Юрием Ушаковым: спецпосланник советовал, как Путину говорить с Трампом.',
      ['witkoff-ushakov-call']],
    ['the leaked call, Ukrainian', '2025-11-26',
      'Bloomberg оприлюднив стенограму розмови Віткоффа з Ушаковим: спецпосланець радив помічнику Путіна, як привітати Трампа.',
      ['witkoff-ushakov-call']],
    ['the leaked call, Polish', '2025-11-26',
      'Bloomberg opublikował zapis rozmowy telefonicznej. Witkoff miał udzielać rad Uszakowowi, doradcy Putina.',
      ['witkoff-ushakov-call']],
    ['the Kremlin meeting in December, Russian', '2025-12-03',
      'Путин принял Уиткоффа и Кушнера в Кремле. Переговоры продолжались около пяти часов, сообщил Ушаков, компромисса пока нет.',
      ['witkoff-moscow-dec']],
    ['the Miami meetings', '2025-11-21',
      'In late October, Witkoff and Kushner hosted Kirill Dmitriev in Miami for three days of meetings that produced the draft of the peace plan. Dmitriev, who is under US sanctions, needed a waiver.',
      ['witkoff-dmitriev']],
    ['the 28-point plan, German', '2025-11-21', 'Der 28-Punkte-Plan der USA sorgt in Kiew für Unruhe.', ['peace-plan-28']],
    ['the Trump-Putin call', '2025-10-17',
      'Trump said his phone call with Putin lasted more than two hours; Putin congratulated him on the Gaza deal and they discussed Tomahawk missiles.',
      ['trump-putin-call-oct16', 'gaza-peace-deal']], // the Gaza deal is named: a mention
    ['Operation Sindoor, Hindi', '2025-05-07', 'भारत ने ऑपरेशन सिंदूर के तहत पाकिस्तान में आतंकी ठिकानों पर हमला किया।', ['operation-sindoor']],
    ['Yoon removed, Korean', '2025-04-04', '헌법재판소는 윤석열 대통령 탄핵을 만장일치로 인용하며 파면을 선고했다.', ['yoon-removed-from-office']],
    ['Trump and Xi in Busan, Traditional Chinese', '2025-10-30', '特朗普與習近平在釜山會面，雙方就關稅、大豆及稀土達成協議。', ['trump-xi-busan']],
    ['Tai Po fire, Traditional Chinese', '2025-11-27', '大埔宏福苑五級火，多人死亡，警方以誤殺罪拘捕三人。', ['tai-po-fire']],
    ['Kamchatka, Japanese', '2025-07-30', 'カムチャツカ半島沖でマグニチュード8.8の地震、太平洋沿岸に津波警報、避難指示。', ['kamchatka-earthquake']],
    ['Nepal, Nepali', '2025-09-09', 'जेनजी आन्दोलनपछि प्रधानमन्त्री ओलीले दिए पदबाट राजीनामा, संसद भवनमा आगजनी।', ['nepal-genz-protests']],
    ['Le Pen, French', '2025-03-31',
      "Marine Le Pen a été reconnue coupable de détournement de fonds publics et condamnée à cinq ans d'inéligibilité avec exécution provisoire.",
      ['le-pen-conviction']],
    ['3I/ATLAS, Portuguese', '2025-11-20', 'A Nasa divulgou novas imagens do cometa interestelar 3I/ATLAS.', ['interstellar-comet-3i-atlas']],
    // Look-alikes: the same people or words, another story.
    ['another leaked recording', '2025-11-27',
      'A leaked recording of a phone call between two European ministers was published by Bloomberg. Putin and Trump were mentioned.', []],
    ['Witkoff and Putin, nothing more', '2025-11-28',
      'Steve Witkoff met Vladimir Putin again. The envoy and the Russian president talked about Ukraine, and Witkoff called the conversation productive.', []],
    ['the leak, on a page older than the leak', '2025-10-20',
      'A leaked recording shows that Steve Witkoff advised Yuri Ushakov in a phone call, according to a transcript.', []],
    ['leaders named by office: the US president for Trump', '2025-10-18',
      'Zelensky met the US president at the White House on Friday but left without the Tomahawk missiles he had asked for.',
      ['zelensky-white-house-oct17']],
    ['leaders named by office, Russian', '2025-10-17',
      'Президент США и российский президент провели телефонный разговор, который длился более двух часов, и договорились о встрече в Будапеште.',
      ['trump-putin-call-oct16', 'budapest-summit']],
    ['an idea in the words of a shared concept: "sworn in" (took-office)', '2025-10-21',
      'Sanae Takaichi was sworn in after the Diet backed her coalition.',
      ['takaichi-prime-minister']],
    ['an idea written as a compound: "Zollpaket" (tariffs)', '2025-04-03',
      'Trump verkündete im Rosengarten ein reziprokes Zollpaket für Dutzende Handelspartner.',
      ['liberation-day-tariffs']],
    ['28 points in basketball', '2025-11-21', 'LeBron James scored 28 points as the Lakers won; the plan worked, said the coach.', []],
    ['Takaichi on Taiwan, not her election', '2025-11-10',
      "Japan's first female prime minister Sanae Takaichi told parliament that a Taiwan emergency could threaten Japan's survival; China protested.", []],
    ['Lee hosting APEC, not his election', '2025-10-31', 'South Korean President Lee Jae-myung hosted the APEC summit in Gyeongju and welcomed foreign leaders.', []],
  ];

  it.each(cases)('%s', (_name, published, page, expected) => {
    expect(found(page, published)).toEqual(expected);
  });
});
