import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestByScore } from '../../../lib/matcher/match-page';
import { scanText } from '../../../lib/matcher/scan';
import { compileIndex, matchPage, type EventMatch, type PageInput } from '../../../lib/matcher/index';
import { sampleIndex } from './sample-index';

const m = compileIndex(sampleIndex());
const ids = (page: PageInput | string) => matchPage(m, typeof page === 'string' ? { text: page } : page).map((e) => e.id);
const find = (text: string, id: string): EventMatch | undefined => matchPage(m, { text }).find((e) => e.id === id);

describe('matchPage: names across languages, inflection, transliteration', () => {
  it.each([
    ['English', 'Bloomberg published a leaked recording of a phone call between Steve Witkoff and Yuri Ushakov.'],
    ['Russian, inflected names', 'Опубликована запись разговора Уиткоффа с Ушаковым: утечка обсуждается в Кремле.'],
    ['Russian, other spelling', 'Стенограмма: Виткофф советовал Ушакову, как говорить с Трампом. Слив появился во вторник.'],
    ['Ukrainian', 'Запис розмови Віткоффа з Ушаковим: витік стенограма показує, як Віткофф радив Ушакову.'],
    ['Polish, transliterated and inflected', 'Wyciek nagrania: rozmowa Witkoffa z Uszakowem trwała pięć minut.'],
    ['German transliteration', 'Der Leak einer Aufnahme (audio) zeigt, wie Witkoff mit Uschakow sprach.'],
    ['French transliteration', "La fuite d'un enregistrement montre Witkoff conseillant Iouri Ouchakov."],
    ['Polish instrumental case', 'Nagranie (audio) ujawnia rozmowę, którą Witkoffem i Uszakowem połączył wyciek.'],
  ])('%s', (_label, text) => {
    expect(ids(text)).toContain('leaked-call');
  });

  it('tolerates one typo in a long name but not in a short one', () => {
    expect(ids('A leaked recording shows Witkof talking with Ushakov.')).toContain('leaked-call');
    expect(ids('A leaked recording shows Witkofff talking with Ushakov.')).toContain('leaked-call');
    expect(ids('A leaked recording shows Wiktoff talking with Ushakov.')).toContain('leaked-call');
    // Two typos are too many.
    expect(ids('A leaked recording shows Wiktof talking with Ushkaov.')).not.toContain('leaked-call');
    // Short names never match fuzzily: "Kin" is not "Kim".
    expect(ids('Kin attended the summit in Seoul.')).not.toContain('seoul-summit');
    expect(ids('Kim attended the summit in Seoul.')).toContain('seoul-summit');
  });

  it('never matches lowercase common words fuzzily', () => {
    // "witkoffs" lowercase still matches by stem; but a lowercase look-alike of a long name does not.
    expect(ids('a leaked recording of uschakowish talk with witkof')).not.toContain('leaked-call');
  });

  it('unifies look-alike letters from another script inside a word', () => {
    // Cyrillic "В" and "о" planted inside Latin names.
    const text = 'A leaked recording: \u0412itkoff spoke to Ushak\u043ev on the phone call.';
    expect(ids(text)).toContain('leaked-call');
  });

  it('ignores diacritics, case, zero-width characters, soft hyphens and compatibility forms', () => {
    expect(ids('LEAKED RECORDING of WITKOFF and USHAKOV')).toContain('leaked-call');
    expect(ids('A leaked re\u00adcording of Wit\u200bkoff and Ushákov')).toContain('leaked-call');
    expect(ids('Ａ leaked ｒｅｃｏｒｄｉｎｇ of Ｗｉｔｋｏｆｆ and Ｕｓｈａｋｏｖ')).toContain('leaked-call');
  });

  it('matches names in scripts without spaces inside longer runs', () => {
    expect(ids('Kim 서울에서 정상회담')).toContain('seoul-summit');
  });
});

describe('matchPage: event rules', () => {
  it('does not flag a page that only shares the people', () => {
    expect(ids('Witkoff and Ushakov spoke about the weather and football.')).toEqual([]);
    expect(ids('Witkoff met Putin for talks. Ushakov attended.')).not.toContain('leaked-call');
  });

  it('tells related events with the same cast apart', () => {
    const moscow = 'Witkoff met Putin in the Kremlin for five hours of talks, Ushakov told reporters in Moscow.';
    expect(ids(moscow)).toEqual(['moscow-visit']);
    const leak = 'A leaked recording of the phone call between Witkoff and Ushakov was published.';
    expect(ids(leak)).toEqual(['leaked-call']);
  });

  it('needs the names and terms close together', () => {
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(60);
    expect(ids(`Witkoff said nothing.${filler} A leaked recording surfaced.${filler} Ushakov declined to comment.`)).toEqual([]);
  });

  it('counts each context group once: two words of the same group do not meet the rule', () => {
    // Names and one idea in one sentence are at most a passing mention (passing-mention.ts).
    const found = matchPage(m, { text: 'Witkoff and Ushakov: the recording, the transcript, the audio.' });
    expect(found.map((e) => [e.id, e.prominence, e.score])).toEqual([['leaked-call', 'mention', 0.55]]);
    expect(ids('Witkoff and Ushakov met. The recording, the transcript and the audio came much later, in another story entirely.')).toEqual([]);
  });

  it('flags an event on a distinctive phrase alone', () => {
    expect(ids('Everyone is talking about the Witkoff–Ushakov call.')).toEqual(['leaked-call']);
  });

  it('does not flag events that became public after the page was published', () => {
    const text = 'A leaked recording of the phone call between Witkoff and Ushakov was published.';
    expect(ids({ text, published: '2025-11-25' })).toEqual(['leaked-call']);
    expect(ids({ text, published: '2025-11-24' })).toEqual(['leaked-call']); // one day of time-zone slack
    expect(ids({ text, published: '2025-11-20' })).toEqual([]);
    // A scheduled event may be mentioned from its announcement on.
    const moscow = 'Witkoff will meet Putin in the Kremlin for talks in Moscow next week.';
    expect(ids({ text: moscow, published: '2025-11-27' })).toEqual(['moscow-visit']);
    expect(ids({ text: moscow, published: '2025-11-01' })).toEqual([]);
  });

  it('counts the page URL and links to sources as evidence', () => {
    const own = matchPage(m, { text: 'No names here.', url: 'http://meduza.io/feature/2025/11/26/zapisi/?utm_source=x#top' });
    expect(own.map((e) => e.id)).toEqual(['leaked-call']);
    expect(own[0]!.score).toBe(1);
    expect(own[0]!.evidence).toContainEqual({ kind: 'page-url', url: 'http://meduza.io/feature/2025/11/26/zapisi/?utm_source=x#top' });
    const linked = matchPage(m, { text: 'See also.', links: ['https://polsatnews.pl/wiadomosc/2025-11-26/witkoff'] });
    expect(linked.map((e) => e.id)).toEqual(['leaked-call']);
    expect(linked[0]!.evidence[0]!.kind).toBe('link');
  });

  it('counts a canonical on the same site as the page\'s address, and not as a link', () => {
    const source = 'https://meduza.io/feature/2025/11/26/zapisi';
    const amp = matchPage(m, { text: 'No names here.', url: 'https://amp.meduza.io/amp/feature/x', canonicalUrl: `${source}#x`, links: [source] });
    expect(amp.map((e) => [e.id, e.score])).toEqual([['leaked-call', 1]]);
    expect(amp[0]!.evidence).toEqual([{ kind: 'page-url', url: `${source}#x` }]);
    const other = matchPage(m, { text: 'No names here.', url: `${source}?page=2` });
    expect(other).toEqual([]);
  });

  it('never takes a canonical on another site for the page\'s address: it is at most a link', () => {
    // A page anywhere naming an event's source as its canonical (or og:url) does not become it.
    const source = 'https://meduza.io/feature/2025/11/26/zapisi';
    for (const url of ['https://mirror.example.org/a', 'http://127.0.0.1:8080/lorem', 'https://meduza.io.example.org/x']) {
      const spoof = matchPage(m, { text: 'Lorem ipsum dolor sit amet.', url, canonicalUrl: source });
      expect(spoof.map((e) => e.id)).toEqual(['leaked-call']);
      expect(spoof[0]!.score).toBeLessThan(1);
      expect(spoof[0]!.evidence).toEqual([{ kind: 'link', url: source }]);
    }
    // Without the real address there is nothing for it to refine.
    const bare = matchPage(m, { text: 'Lorem ipsum.', canonicalUrl: source });
    expect(bare[0]!.evidence.map((e) => e.kind)).toEqual(['link']);
  });

  it('scores more evidence higher, and sorts best first', () => {
    const weak = find('Witkoff and Ushakov: a leaked recording.', 'leaked-call')!;
    const strong = find('Witkoff and Ushakov: a leaked recording of the phone call, the Witkoff-Ushakov call.', 'leaked-call')!;
    expect(weak.score).toBeGreaterThanOrEqual(0.5);
    expect(strong.score).toBeGreaterThan(weak.score);
    expect(strong.score).toBeLessThanOrEqual(1);
  });
});

describe('matchPage: evidence', () => {
  it('points at the words as written on the page', () => {
    const text = 'Агентство опубликовало запись разговора Уиткоффа с Ушаковым; утечка наделала шуму.';
    const match = find(text, 'leaked-call')!;
    for (const ev of match.evidence) {
      if (ev.kind === 'entity' || ev.kind === 'context' || ev.kind === 'phrase') {
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      }
    }
    const names = match.evidence.filter((e) => e.kind === 'entity').map((e) => (e as { text: string }).text);
    expect(names).toEqual(['Уиткоффа', 'Ушаковым']);
  });

  it('keeps offsets right after astral characters and combining marks', () => {
    const text = '𝐀 🎧 leaked recording: Witkoff and Ushako\u0301v.';
    const match = find(text, 'leaked-call')!;
    const ush = match.evidence.find((e) => e.kind === 'entity' && e.entity === 'ushakov') as { text: string; start: number; end: number };
    expect(text.slice(ush.start, ush.end)).toBe('Ushako\u0301v');
  });

  it('shows a name once when a longer form of it matched', () => {
    const match = find('A leaked recording: Steve Witkoff and Yuri Ushakov.', 'leaked-call')!;
    const names = match.evidence.filter((e) => e.kind === 'entity').map((e) => (e as { text: string }).text);
    expect(names).toEqual(['Steve Witkoff', 'Yuri Ushakov']);
  });
});

describe('matchPage: hostile input', () => {
  it('handles empty, huge-token and binary-ish text without throwing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('x'.repeat(200_000))).toEqual([]);
    expect(ids('\u0000\uffff\ud800\udc00\ud800 leak')).toEqual([]);
    expect(ids('Witkoff'.repeat(10_000))).toEqual([]);
  });
});

describe('matchPage: index words that are inflected forms of others', () => {
  it('an inflected form used in one pattern still matches the base name elsewhere', () => {
    const doc = sampleIndex();
    // A phrase of another event uses the genitive "Уиткоффа": the page's "Уиткоффа" must still be Witkoff.
    doc.events[1]!.match.phrases = ['визит Уиткоффа в Кремль'];
    const m2 = compileIndex(doc);
    const text = 'Опубликована запись разговора Уиткоффа с Ушаковым; утечка обсуждается.';
    expect(matchPage(m2, { text }).map((e) => e.id)).toContain('leaked-call');
  });
});

describe('matchPage: required context groups', () => {
  const doc = sampleIndex();
  doc.events.push({
    id: 'museum-heist', title: 'Heist', summary: 'Jewels stolen.', dates: { start: '2025-10-19' },
    match: { all: ['louvre'], context: [['theft', 'stolen', 'heist'], ['jewels', 'crown'], ['gallery']], minContext: 2, requireContext: [0] },
    sources: [{ url: 'https://example.org/heist', outlet: 'Example', language: 'en', kind: 'coverage' }],
  });
  doc.entities.push({ id: 'louvre', kind: 'place', label: 'Louvre', names: { en: ['Louvre'] } });
  const m3 = compileIndex(doc);
  const heist = (text: string) => matchPage(m3, { text }).map((e) => e.id);

  it('does not flag the event without a word of the required group', () => {
    expect(heist('At the Louvre, the gallery shows the crown jewels to visitors.')).toEqual([]);
  });
  it('flags it when the required group is there', () => {
    expect(heist('At the Louvre, the crown jewels were stolen from the gallery.')).toEqual(['museum-heist']);
  });
});

describe('matchPage: Arabic clitics, Turkish and Czech endings', () => {
  const doc = sampleIndex();
  doc.entities.push(
    { id: 'iran', kind: 'place', label: 'Iran', names: { ar: ['إيران'], tr: ['İran'], cs: ['Írán'] } },
    { id: 'knesset', kind: 'organization', label: 'Knesset', names: { ar: ['الكنيست'] } },
  );
  doc.events.push({
    id: 'strikes', title: 'Strikes', summary: 'Strikes on nuclear sites.', dates: { start: '2025-06-22' },
    match: { all: ['iran'], context: [['ضربة', 'saldırı', 'útok'], ['نووي', 'nükleer', 'jaderný'], ['peace', 'السلام', 'barış', 'mírový plán']], minContext: 2 },
    sources: [{ url: 'https://example.org/strikes', outlet: 'Example', language: 'en', kind: 'coverage' }],
  });
  doc.events.push({
    id: 'speech', title: 'Speech', summary: 'A speech.', dates: { start: '2025-10-13' },
    match: { all: ['knesset'], context: [['خطاب'], ['السلام']], minContext: 2 },
    sources: [{ url: 'https://example.org/speech', outlet: 'Example', language: 'en', kind: 'coverage' }],
  });
  const m4 = compileIndex(doc);
  const found = (text: string) => matchPage(m4, { text }).map((e) => e.id);

  it('takes off و ف ب ل and the article, and puts the article back for لل', () => {
    expect(found('الضربة على المنشآت النووية في الحرب بين إسرائيل وإيران')).toContain('strikes');
    expect(found('ألقى خطابا في الكنيست من أجل السلام')).toContain('speech');
    expect(found('خطاب بالكنيست للسلام')).toContain('speech');
    expect(found('خطاب في كنيست عن السلام')).toContain('speech');
  });
  /** The sample index with a Hebrew event: Iran, a strike, the nuclear programme. */
  const hebrewMatcher = () => {
    const doc2 = sampleIndex();
    doc2.entities.push({ id: 'iran-he', kind: 'place', label: 'Iran', names: { he: ['איראן'] } });
    doc2.events.push({
      id: 'strikes-he', title: 'Strikes', summary: 'Strikes.', dates: { start: '2025-06-22' },
      match: { all: ['iran-he'], context: [['תקיפה'], ['גרעין']], minContext: 2 },
      sources: [{ url: 'https://example.org/he', outlet: 'Example', language: 'he', kind: 'coverage' }],
    });
    return compileIndex(doc2);
  };
  it('takes off Hebrew prefixes (in, and, the)', () => {
    const m5 = hebrewMatcher();
    expect(matchPage(m5, { text: 'התקיפה באיראן פגעה בתוכנית הגרעין' }).map((e) => e.id)).toContain('strikes-he');
  });
  it('finds every occurrence of a word with clitics, and of one after a repeated word that is no key', () => {
    // A word whose clitic-free forms are no key is remembered for the page; one that has a key is
    // looked up (and found) each time.
    const text = 'ותקיפה ושלום. ותקיפה ושלום. באיראן ושלום, ותקיפה באיראן';
    const hits = scanText(hebrewMatcher(), text);
    const tokensOf = (word: string) => {
      const out = new Set<number>();
      for (let i = 0; i < hits.n; i++) if (text.slice(hits.start[i], hits.end[i]) === word) out.add(hits.tok[i]!);
      return out.size;
    };
    expect(tokensOf('ותקיפה')).toBe(3);
    expect(tokensOf('באיראן')).toBe(2);
    expect(tokensOf('ושלום')).toBe(0);
  });

  it('reads Greek name endings', () => {
    const doc2 = sampleIndex();
    doc2.entities.push({ id: 'francis', kind: 'person', label: 'Francis', names: { el: ['Φραγκίσκος'] } });
    doc2.events.push({
      id: 'pope-death', title: 'Death', summary: 'Death.', dates: { start: '2025-04-21' },
      match: { all: ['francis'], context: [['θάνατος', 'πέθανε'], ['Πάσχα']], minContext: 2 },
      sources: [{ url: 'https://example.org/el', outlet: 'Example', language: 'el', kind: 'coverage' }],
    });
    const m5 = compileIndex(doc2);
    expect(matchPage(m5, { text: 'Ο θάνατος του Πάπα Φραγκίσκου τη Δευτέρα του Πάσχα' }).map((e) => e.id)).toContain('pope-death');
  });

  it('reads Turkish case suffixes on Turkish pages only', () => {
    const text = 'İran\'a yönelik saldırıları ve nükleer tesisleri';
    expect(matchPage(m4, { text, lang: 'tr' }).map((e) => e.id)).toContain('strikes');
    expect(matchPage(m4, { text, lang: 'en' }).map((e) => e.id)).not.toContain('strikes');
  });
  it('reads Czech adjective endings', () => {
    expect(found('Útok na Írán a jaderného programu; amerického mírového plánu')).toContain('strikes');
  });
});

describe('matchPage: Indic scripts and Hungarian endings', () => {
  const doc = sampleIndex();
  doc.entities.push(
    { id: 'pakistan', kind: 'place', label: 'Pakistan', names: { hi: ['पाकिस्तान'] } },
    { id: 'trump-hi', kind: 'person', label: 'Trump', names: { hi: ['ट्रंप'], hu: ['Trump'] } },
  );
  doc.events.push({
    id: 'strikes-pk', title: 'Strikes', summary: 'Strikes in Pakistan.', dates: { start: '2025-05-07' },
    match: { all: ['pakistan'], context: [['सेना'], ['भारत']], minContext: 2 },
    sources: [{ url: 'https://example.org/pk', outlet: 'Example', language: 'hi', kind: 'coverage' }],
  });
  doc.events.push({
    id: 'trump-call', title: 'Call', summary: 'A call.', dates: { start: '2025-10-16' },
    match: { all: ['trump-hi'], context: [['बुडापेस्ट', 'Budapest'], ['संभाषण', 'telefon']], minContext: 2 },
    sources: [{ url: 'https://example.org/call', outlet: 'Example', language: 'hi', kind: 'coverage' }],
  });
  const mi = compileIndex(doc);
  const found = (text: string, lang?: string) => matchPage(mi, { text, lang }).map((e) => e.id);

  it('meets a Hindi name and Hindi terms in Gujarati and Bengali script, with case endings', () => {
    expect(found('ભારતની સેનાએ પાકિસ્તાનમાં હુમલો કર્યો', 'gu')).toContain('strikes-pk');
    expect(found('ভারতের সেনা পাকিস্তানে হামলা চালিয়েছে', 'bn')).toContain('strikes-pk');
    expect(found('भारताने पाकिस्तानातील तळांवर हल्ला केला, असे सेना दलाने सांगितले', 'mr')).toContain('strikes-pk');
  });
  it('reads Telugu final viramas and suffixes after a ZWNJ', () => {
    expect(found('ట్రంప్\u200cతో ఫోన్\u200c సంభాషణ, బుడాపెస్ట్\u200cలో భేటీ', 'te')).toContain('trump-call');
  });
  it('reads Tamil nouns in -ம் with -த்த- before their case ending', () => {
    // நிலநடுக்கம் (earthquake) on the index; நிலநடுக்கத்தில் (in the earthquake) on the page.
    const quake = compileIndex({
      ...doc,
      events: doc.events.map((e) => (e.id === 'strikes-pk'
        ? { ...e, match: { all: ['pakistan'], context: [['நிலநடுக்கம்'], ['சேதம்']], minContext: 2 } } : e)),
    });
    const ids = (text: string) => matchPage(quake, { text, lang: 'ta' }).map((e) => e.id);
    expect(ids('பாகிஸ்தானில் ஏற்பட்ட நிலநடுக்கத்தில் பெரும் சேதம்')).toContain('strikes-pk');
    expect(ids('பாகிஸ்தானின் நிலநடுக்கத்தை அடுத்து பெரும் சேதம் தெரியவந்தது')).toContain('strikes-pk');
  });
  it('does not take a shared script for a shared word', () => {
    // पाकिस्तान without any term of the rule: no match, whatever the script.
    expect(found('পাকিস্তান ক্রিকেট দল আজ খেলবে', 'bn')).not.toContain('strikes-pk');
  });
  it('reads Hungarian case suffixes (a doubled consonant before -al included) on Hungarian pages only', () => {
    const text = 'Trumppal telefonon beszélt Budapestről';
    expect(found(text, 'hu')).toContain('trump-call');
    expect(found(text, 'en')).not.toContain('trump-call');
  });
  it('reads Swedish, Danish and Norwegian definite forms (telefonsamtalet, Budapesten) on those pages only', () => {
    const text = 'Trump och telefonsamtalet om toppmötet i Budapesten';
    const withDefinite = compileIndex({
      ...doc,
      events: doc.events.map((e) => (e.id === 'trump-call'
        ? { ...e, match: { all: ['trump-hi'], context: [['Budapest'], ['telefonsamtal']], minContext: 2 } } : e)),
    });
    const ids = (lang: string) => matchPage(withDefinite, { text, lang }).map((e) => e.id);
    expect(ids('sv')).toContain('trump-call');
    expect(ids('nb')).toContain('trump-call');
    expect(ids('en')).not.toContain('trump-call');
  });
});

describe('bestByScore (the events whose place on a crowded page is measured)', () => {
  // The definition: sort by score, best first, the first found first among equals; keep k.
  const bySorting = (scores: number[], k: number) =>
    new Set(scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s || a.i - b.i).slice(0, k).map((x) => x.i));

  it('keeps the k best scores, the first found among equals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0.5, 0.55, 0.73, 0.85, 0.98, 1), { minLength: 2, maxLength: 300 }),
        fc.integer({ min: 1, max: 299 }),
        (scores, k0) => {
          const k = Math.min(k0, scores.length - 1);
          const out = scores.map((score, i): EventMatch => ({ id: `ev-${i}`, score, prominence: 'mention', evidence: [] }));
          expect([...bestByScore(out, k)].sort((a, b) => a - b)).toEqual([...bySorting(scores, k)].sort((a, b) => a - b));
        },
      ),
    );
  });
});
